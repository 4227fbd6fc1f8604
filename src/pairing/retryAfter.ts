/**
 * Parses an HTTP `Retry-After` header (RFC 9110 section 10.2.3) into whole seconds from `nowMs`.
 * The header is either a number of seconds or an HTTP date. Returns null when the header is
 * missing or unreadable, and 0 for a date in the past.
 */
export function parseRetryAfterSeconds(header: string | null, nowMs: number): number | null {
  if (header === null) {
    return null;
  }

  const trimmed = header.trim();
  if (/^\d+$/.test(trimmed)) {
    return Number(trimmed);
  }

  // Every HTTP date format starts with a day name. Without this check, Date.parse would read
  // "-5" as the year -5.
  const dateMs = /^[A-Za-z]{3}/.test(trimmed) ? Date.parse(trimmed) : Number.NaN;
  if (Number.isNaN(dateMs)) {
    return null;
  }

  return Math.max(0, Math.ceil((dateMs - nowMs) / 1000));
}
