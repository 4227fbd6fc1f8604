/** The UI languages. Equal to `Locale` in `src/api/types.ts`, which `src/i18n` does not import (it sits below the API layer). */
export type Locale = 'fr' | 'en';

export const LOCALES: readonly Locale[] = ['fr', 'en'];

/** French for any `fr*` language tag (`fr`, `fr-FR`, `fr-CA`), English for everything else. */
export function detectLocale(language: string | null | undefined): Locale {
  if (language && /^fr(?:$|[-_])/i.test(language)) {
    return 'fr';
  }

  return 'en';
}

export function isLocale(value: unknown): value is Locale {
  return value === 'fr' || value === 'en';
}
