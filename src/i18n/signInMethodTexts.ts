/**
 * Texts of the other sign-in methods (the chooser and the password screen with its on-screen
 * keyboard), loaded with those screens by `loadSignInMethodTexts`. vite.config.ts puts this
 * module in the sign-in file.
 */
import { keyboardEn, keyboardFr } from './messages/keyboard';
import { signInMethodsEn, signInMethodsFr } from './messages/signInMethods';

export const signInMethodTextsFr = {
  ...signInMethodsFr,
  ...keyboardFr,
};

export const signInMethodTextsEn: Record<keyof typeof signInMethodTextsFr, string> = {
  ...signInMethodsEn,
  ...keyboardEn,
};
