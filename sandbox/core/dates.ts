/**
 * Calendar days as integers (days since 1970-01-01, UTC), so episode schedules are plain
 * arithmetic. The sandbox ignores time zones and counts days in UTC.
 */

export const DAY_MS = 86_400_000;

export function dayNumber(timeMs: number): number {
  return Math.floor(timeMs / DAY_MS);
}

/** `YYYY-MM-DD`, the format of episode and movie dates in the API. */
export function formatDay(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** `YYYY-MM-DD HH:MM:SS`, the format of `seen_date` and notification dates in the API. */
export function formatDateTime(timeMs: number): string {
  return new Date(timeMs).toISOString().slice(0, 19).replace('T', ' ');
}

export function yearOfDay(day: number): number {
  return new Date(day * DAY_MS).getUTCFullYear();
}

/** The first and last day of a `YYYY-MM` month, or null when the text is not such a month. */
export function monthRange(month: string): { first: number; last: number } | null {
  const match = /^(\d{4})-(\d{2})$/.exec(month);
  if (!match) {
    return null;
  }

  const year = Number(match[1]);
  const monthIndex = Number(match[2]) - 1;
  if (monthIndex < 0 || monthIndex > 11) {
    return null;
  }

  const first = dayNumber(Date.UTC(year, monthIndex, 1));
  const last = dayNumber(Date.UTC(year, monthIndex + 1, 1)) - 1;
  return { first, last };
}
