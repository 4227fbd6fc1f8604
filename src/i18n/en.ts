import type { Catalog } from './catalog';
import { firstScreenTextsEn } from './firstScreenTexts';
import { memberScreenTextsEn } from './memberScreenTexts';
import { signInMethodTextsEn } from './signInMethodTexts';
import { whoIsWatchingTextsEn } from './whoIsWatchingTexts';

/**
 * Every English text. Same keys and placeholders as the French catalog (a unit test compares
 * them). Like `fr.ts`, imported by tests and tools, not by the app.
 */
export const en: Catalog = {
  ...firstScreenTextsEn,
  ...signInMethodTextsEn,
  ...whoIsWatchingTextsEn,
  ...memberScreenTextsEn,
};
