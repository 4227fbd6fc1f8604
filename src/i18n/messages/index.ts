/**
 * Texts of the member screens, one module per area, so each area's texts sit beside each other
 * and several people can add texts without editing the same lines. Each module exports
 * `<area>Fr` (the reference) and `<area>En: Record<keyof typeof <area>Fr, string>`, and keys start
 * with the area name (`home.`, `shows.`). Add one line to each spread below per new module.
 */
import { actionsEn, actionsFr } from './actions';
import { moviesEn, moviesFr } from './movies';
import { navigationEn, navigationFr } from './navigation';
import { notificationsEn, notificationsFr } from './notifications';
import { profileEn, profileFr } from './profile';
import { searchEn, searchFr } from './search';
import { showEn, showFr } from './show';
import { showsEn, showsFr } from './shows';
import { watchedEn, watchedFr } from './watched';
import { homeEn, homeFr } from './home';
import { episodeEn, episodeFr } from './episode';
import { keyboardEn, keyboardFr } from './keyboard';
import { membersEn, membersFr } from './members';
import { signinEn, signinFr } from './signin';

export const areaMessagesFr = {
  ...actionsFr,
  ...navigationFr,
  ...keyboardFr,
  ...membersFr,
  ...signinFr,
  ...moviesFr,
  ...notificationsFr,
  ...profileFr,
  ...searchFr,
  ...showFr,
  ...showsFr,
  ...watchedFr,
  ...homeFr,
  ...episodeFr,
};

export const areaMessagesEn: Record<keyof typeof areaMessagesFr, string> = {
  ...actionsEn,
  ...navigationEn,
  ...keyboardEn,
  ...membersEn,
  ...signinEn,
  ...moviesEn,
  ...notificationsEn,
  ...profileEn,
  ...searchEn,
  ...showEn,
  ...showsEn,
  ...watchedEn,
  ...homeEn,
  ...episodeEn,
};
