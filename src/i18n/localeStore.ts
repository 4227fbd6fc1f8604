import { detectLocale, isLocale, type Locale } from './locale';
import { createLogger } from '../logger';

const log = createLogger('i18n');

/** The `localStorage` key of the member's language setting. */
export const LOCALE_STORAGE_KEY = 'betaseries-tv.locale';

/**
 * The UI language: the member's stored setting when there is one, else the TV's language. Plain
 * TypeScript, because the API client reads it on every request (`locale=` query) outside React.
 */
export interface LocaleStore {
  getLocale(): Locale;
  /** The stored setting, or null when the app follows the TV's language. */
  getOverride(): Locale | null;
  /** Stores the setting; null forgets it and goes back to the TV's language. */
  setOverride(locale: Locale | null): void;
  subscribe(listener: () => void): () => void;
}

export interface LocaleStoreOptions {
  /** `navigator.language` in the app; a fixed value in tests. */
  systemLanguage: string | null | undefined;
  /** `window.localStorage` in the app; null when the platform has none. */
  storage: Storage | null;
}

function readOverride(storage: Storage | null): Locale | null {
  if (!storage) {
    return null;
  }

  try {
    const stored = storage.getItem(LOCALE_STORAGE_KEY);
    return isLocale(stored) ? stored : null;
  } catch (error) {
    // Some TV browsers throw on localStorage access in private modes.
    log.warn('reading the language setting failed', { error: String(error) });
    return null;
  }
}

function writeOverride(storage: Storage | null, locale: Locale | null): void {
  if (!storage) {
    return;
  }

  try {
    if (locale) {
      storage.setItem(LOCALE_STORAGE_KEY, locale);
    } else {
      storage.removeItem(LOCALE_STORAGE_KEY);
    }
  } catch (error) {
    log.warn('storing the language setting failed', { error: String(error) });
  }
}

export function createLocaleStore(options: LocaleStoreOptions): LocaleStore {
  const systemLocale = detectLocale(options.systemLanguage);
  const listeners = new Set<() => void>();
  let override = readOverride(options.storage);

  return {
    getLocale: () => override ?? systemLocale,
    getOverride: () => override,

    setOverride(locale) {
      if (locale === override) {
        return;
      }

      override = locale;
      writeOverride(options.storage, locale);

      for (const listener of listeners) {
        listener();
      }
    },

    subscribe(listener) {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
  };
}
