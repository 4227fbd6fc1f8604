/**
 * Texts of the first load: the pairing screen with its links to the other sign-in methods, the
 * notices of a redirect sign-in, and Back with the error screens. The app starts with these texts, so a
 * screen of the first load never shows a text key.
 */
import { navigationEn, navigationFr } from './messages/navigation';
import { signinEn, signinFr } from './messages/signin';
import { startEn, startFr } from './messages/start';

export const firstScreenTextsFr = {
  ...startFr,
  ...navigationFr,
  ...signinFr,
};

export const firstScreenTextsEn: Record<keyof typeof firstScreenTextsFr, string> = {
  ...startEn,
  ...navigationEn,
  ...signinEn,
};
