/**
 * Texts of the member screens, one module per area, loaded with the signed-in part of the app by
 * `loadMemberScreenTexts`. Each area module exports `<area>Fr` (the reference) and
 * `<area>En: Record<keyof typeof <area>Fr, string>`, and its keys start with the area name
 * (`home.`, `shows.`). Add one line to each spread below per new module, or to
 * `firstScreenTexts.ts` for a text that a screen of the first load shows. The on-screen
 * keyboard's texts come in this part for Search and in the sign-in part for the password screen.
 */
import { actionsEn, actionsFr } from './messages/actions';
import { episodeEn, episodeFr } from './messages/episode';
import { homeEn, homeFr } from './messages/home';
import { keyboardEn, keyboardFr } from './messages/keyboard';
import { moviesEn, moviesFr } from './messages/movies';
import { notificationsEn, notificationsFr } from './messages/notifications';
import { profileEn, profileFr } from './messages/profile';
import { searchEn, searchFr } from './messages/search';
import { showEn, showFr } from './messages/show';
import { showsEn, showsFr } from './messages/shows';
import { toWatchEn, toWatchFr } from './messages/toWatch';
import { watchedEn, watchedFr } from './messages/watched';

export const memberScreenTextsFr = {
  ...actionsFr,
  ...moviesFr,
  ...notificationsFr,
  ...profileFr,
  ...searchFr,
  ...showFr,
  ...showsFr,
  ...watchedFr,
  ...homeFr,
  ...episodeFr,
  ...toWatchFr,
  ...keyboardFr,
};

export const memberScreenTextsEn: Record<keyof typeof memberScreenTextsFr, string> = {
  ...actionsEn,
  ...moviesEn,
  ...notificationsEn,
  ...profileEn,
  ...searchEn,
  ...showEn,
  ...showsEn,
  ...watchedEn,
  ...homeEn,
  ...episodeEn,
  ...toWatchEn,
  ...keyboardEn,
};
