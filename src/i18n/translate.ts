import type { Catalog, MessageKey, MessageParams } from './catalog';
import type { Locale } from './locale';
import { createLogger } from '../logger';

const log = createLogger('i18n');

const PLACEHOLDER = /\{(\w+)\}/g;

/**
 * Number formatters by locale and options. Building an `Intl.NumberFormat` costs far more than
 * formatting with one. Built per number, with a date formatter per date, the labels under My
 * shows' posters took about 34 ms of each key press in a Chromium profile at 4× CPU throttling.
 * Two locales and a few option sets keep the map small.
 */
const numberFormats = new Map<string, Intl.NumberFormat>();

/** Returns the shared `Intl.NumberFormat` for `locale` and `options`, built on the first call. */
export function getNumberFormat(locale: Locale, options?: Intl.NumberFormatOptions): Intl.NumberFormat {
  const cacheKey = options ? `${locale} ${JSON.stringify(options)}` : locale;
  const cached = numberFormats.get(cacheKey);

  if (cached) {
    return cached;
  }

  const created = new Intl.NumberFormat(locale, options);
  numberFormats.set(cacheKey, created);

  return created;
}

/** The names of the `{name}` placeholders in `text`, sorted, each once. */
export function listPlaceholders(text: string): string[] {
  const names = new Set<string>();
  // A fresh regex per call: a shared global regex keeps `lastIndex` between `exec` calls.
  // `matchAll` would read better but needs Chrome 73, newer than 2018-2020 TV engines.
  const pattern = new RegExp(PLACEHOLDER.source, 'g');

  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    names.add(match[1] as string);
  }

  return Array.from(names).sort();
}

/**
 * Fills the placeholders of `catalog[key]`. Numbers get the locale's digit grouping. A missing
 * parameter stays visible as `{name}` and is logged, so the gap shows up on screen in testing.
 * A key whose texts are not loaded yet (see `loadTexts.ts`) shows as the key itself, logged too.
 */
export function translate(catalog: Readonly<Partial<Catalog>>, locale: Locale, key: MessageKey, params?: MessageParams): string {
  const text = catalog[key];

  if (text === undefined) {
    log.warn('a text is not loaded: load its part before rendering its screen', { key, locale });
    return key;
  }

  if (!params) {
    return text;
  }

  return text.replace(PLACEHOLDER, (placeholder, name: string) => {
    const value = params[name];

    if (value === undefined) {
      log.warn('a text is missing a parameter', { key, name });
      return placeholder;
    }

    return typeof value === 'number' ? getNumberFormat(locale).format(value) : value;
  });
}
