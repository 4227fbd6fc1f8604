/**
 * Texts of "Who's watching?", loaded with its screen by `loadWhoIsWatchingTexts`. vite.config.ts
 * puts this module in the sign-in file, beside the screen.
 */
import { membersEn, membersFr } from './messages/members';

export const whoIsWatchingTextsFr = {
  ...membersFr,
};

export const whoIsWatchingTextsEn: Record<keyof typeof whoIsWatchingTextsFr, string> = {
  ...membersEn,
};
