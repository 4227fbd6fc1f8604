import { createContext, useCallback, useEffect, useMemo, useSyncExternalStore, type ReactNode } from 'react';
import type { MessageKey, MessageParams } from './catalog';
import { formatCountdown, formatDate, formatDuration } from './format';
import type { Locale } from './locale';
import { getLoadedCatalog } from './loadedCatalogs';
import type { LocaleStore } from './localeStore';
import { translate } from './translate';

export interface I18n {
  locale: Locale;
  t(key: MessageKey, params?: MessageParams): string;
  /** Stores the member's language setting; null follows the TV's language again. */
  setLocale(locale: Locale | null): void;
  formatDuration(minutes: number): string;
  formatDate(date: string | Date): string;
  formatCountdown(millisecondsLeft: number): string;
}

export const I18nContext = createContext<I18n | null>(null);

export interface I18nProviderProps {
  store: LocaleStore;
  children: ReactNode;
}

/** Re-renders its tree in the new language whenever the store's locale changes. */
export function I18nProvider({ store, children }: I18nProviderProps) {
  const locale = useSyncExternalStore(store.subscribe, store.getLocale);

  const setLocale = useCallback((next: Locale | null) => store.setOverride(next), [store]);

  // Screen readers pick their voice from the page's language.
  useEffect(() => {
    document.documentElement.lang = locale;
  }, [locale]);

  const value = useMemo<I18n>(() => {
    // Filled in place as later parts arrive, so this `t` finds their texts too.
    const catalog = getLoadedCatalog(locale);

    return {
      locale,
      t: (key, params) => translate(catalog, locale, key, params),
      setLocale,
      formatDuration: (minutes) => formatDuration(minutes, locale),
      formatDate: (date) => formatDate(date, locale),
      formatCountdown,
    };
  }, [locale, setLocale]);

  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}
