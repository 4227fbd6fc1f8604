/**
 * Texts of the other sign-in methods (the chooser and the password screen), loaded with those
 * screens by `loadSignInMethodTexts`. vite.config.ts puts this module in the sign-in file.
 */
import { signInMethodsEn, signInMethodsFr } from './messages/signInMethods';

export const signInMethodTextsFr = {
  ...signInMethodsFr,
};

export const signInMethodTextsEn: Record<keyof typeof signInMethodTextsFr, string> = {
  ...signInMethodsEn,
};
