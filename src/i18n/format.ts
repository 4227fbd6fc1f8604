import { getLoadedCatalog } from './loadedCatalogs';
import type { Locale } from './locale';
import { translate } from './translate';

const MINUTES_PER_HOUR = 60;
const MINUTES_PER_DAY = 24 * MINUTES_PER_HOUR;

const CALENDAR_DATE: Intl.DateTimeFormatOptions = { day: 'numeric', month: 'long', year: 'numeric' };

/** Date formatters by locale and options, because building one costs far more than formatting a date with it. */
const dateTimeFormats = new Map<string, Intl.DateTimeFormat>();

/**
 * Returns the shared `Intl.DateTimeFormat` for `locale` and `options`, built on the first call.
 * The options are part of the key as JSON, so callers should pass them in one fixed order.
 */
export function getDateTimeFormat(locale: Locale, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const cacheKey = `${locale} ${JSON.stringify(options)}`;
  const cached = dateTimeFormats.get(cacheKey);

  if (cached) {
    return cached;
  }

  const created = new Intl.DateTimeFormat(locale, options);
  dateTimeFormats.set(cacheKey, created);

  return created;
}

/**
 * A duration in minutes as the two largest units: "3 j 4 h" / "3 d 4 h", "4 h 12 min", "12 min".
 * Negative or non-finite input reads as 0. Unit letters come from the catalogs because
 * `Intl.NumberFormat`'s `unit` style needs Chrome 77, newer than the 2018-2020 TV engines.
 */
export function formatDuration(totalMinutes: number, locale: Locale): string {
  // The unit texts are part of the first load's texts, so they are always there.
  const catalog = getLoadedCatalog(locale);
  const minutes = Number.isFinite(totalMinutes) && totalMinutes > 0 ? Math.floor(totalMinutes) : 0;

  const days = Math.floor(minutes / MINUTES_PER_DAY);
  const hours = Math.floor((minutes % MINUTES_PER_DAY) / MINUTES_PER_HOUR);
  const rest = minutes % MINUTES_PER_HOUR;

  const parts: string[] = [];

  if (days > 0) {
    parts.push(translate(catalog, locale, 'duration.days', { n: days }));
    if (hours > 0) {
      parts.push(translate(catalog, locale, 'duration.hours', { n: hours }));
    }
    return parts.join(' ');
  }

  if (hours > 0) {
    parts.push(translate(catalog, locale, 'duration.hours', { n: hours }));
    if (rest > 0) {
      parts.push(translate(catalog, locale, 'duration.minutes', { n: rest }));
    }
    return parts.join(' ');
  }

  return translate(catalog, locale, 'duration.minutes', { n: rest });
}

/**
 * A calendar date ("5 mars 2024" / "March 5, 2024"). A `YYYY-MM-DD` string is read as that day
 * in the TV's time zone: `new Date('2024-03-05')` would mean UTC midnight, the day before in the
 * Americas. Returns '' for an unreadable string.
 */
export function formatDate(date: string | Date, locale: Locale): string {
  const value = typeof date === 'string' ? parseCalendarDate(date) : date;

  if (!value || Number.isNaN(value.getTime())) {
    return '';
  }

  return getDateTimeFormat(locale, CALENDAR_DATE).format(value);
}

function parseCalendarDate(text: string): Date | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);

  if (!match) {
    return null;
  }

  return new Date(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
}

/**
 * Time left as `m:ss` (minutes not capped at 59: "30:00"). Rounds up, so the last second shows
 * "0:01" rather than "0:00" while the code is still valid; 0 or less shows "0:00".
 */
export function formatCountdown(millisecondsLeft: number): string {
  const seconds = millisecondsLeft > 0 ? Math.ceil(millisecondsLeft / 1000) : 0;
  const minutesPart = Math.floor(seconds / 60);
  const secondsPart = seconds % 60;

  return `${minutesPart}:${secondsPart < 10 ? '0' : ''}${secondsPart}`;
}
