import { getDateTimeFormat } from '../../i18n/format';
import type { Locale } from '../../i18n/locale';

/** The wording of an air date on a card: relative while it is close, a date after that. */
export type AiringDay =
  | { kind: 'today' }
  | { kind: 'tomorrow' }
  | { kind: 'inDays'; days: number }
  | { kind: 'date'; date: string }
  | { kind: 'unknown' };

/** Up to this many days ahead, "in 5 days" reads faster than a date. */
const RELATIVE_DAYS = 6;

const DAY_MS = 86_400_000;

/**
 * Returns how far `date` (`YYYY-MM-DD`, a calendar day) is from `today`, counted in the TV's
 * local calendar, so an episode airing tomorrow reads "tomorrow" whatever the time of day.
 * A past date reads as today (the list only holds episodes not aired yet by the API's clock).
 */
export function describeAiringDay(date: string | null, today: Date): AiringDay {
  const match = date ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(date) : null;
  if (!match || !date) {
    return { kind: 'unknown' };
  }

  // Noon on both days keeps daylight-saving changes from shifting the count by one.
  const airNoon = new Date(Number(match[1]), Number(match[2]) - 1, Number(match[3]), 12).getTime();
  const todayNoon = new Date(today.getFullYear(), today.getMonth(), today.getDate(), 12).getTime();
  const days = Math.round((airNoon - todayNoon) / DAY_MS);

  if (days <= 0) {
    return { kind: 'today' };
  }

  if (days === 1) {
    return { kind: 'tomorrow' };
  }

  if (days <= RELATIVE_DAYS) {
    return { kind: 'inDays', days };
  }

  return { kind: 'date', date };
}

/** Formats a `YYYY-MM-DD` day short enough for a card: "Dec 11" / "11 déc.". Returns '' for an unreadable date. */
export function formatShortDay(date: string, locale: Locale): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!match) {
    return '';
  }

  const day = new Date(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
  return getDateTimeFormat(locale, { day: 'numeric', month: 'short' }).format(day);
}
