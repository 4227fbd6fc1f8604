import type { Catalog } from './catalog';
import { firstScreenTextsEn, firstScreenTextsFr } from './firstScreenTexts';
import type { Locale } from './locale';

/** The texts of one part of the app in both locales, so a language switch needs no download. */
export interface TextPart {
  fr: Partial<Catalog>;
  en: Partial<Catalog>;
}

/**
 * The texts loaded so far, by locale: the first load's texts from the start, and each later
 * part once `addTextPart` receives it. The objects are filled in place, so a catalog read
 * earlier (the `t` of `I18nProvider`) reads the parts added after.
 */
const loadedCatalogs: Record<Locale, Partial<Catalog>> = {
  fr: { ...firstScreenTextsFr },
  en: { ...firstScreenTextsEn },
};

/** Returns the texts of `locale` loaded so far. A key of a part not loaded yet is missing. */
export function getLoadedCatalog(locale: Locale): Readonly<Partial<Catalog>> {
  return loadedCatalogs[locale];
}

/** Adds a part's texts to both locales' catalogs. Adding the same part again changes nothing. */
export function addTextPart(part: TextPart): void {
  Object.assign(loadedCatalogs.fr, part.fr);
  Object.assign(loadedCatalogs.en, part.en);
}
