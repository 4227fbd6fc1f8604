/**
 * Computes the wait in milliseconds before the next try after `failures` transient failures in a
 * row (1 for the first failure).
 *
 * The wait doubles from `baseSeconds` (5, 10, 20, 40 s from a 5 s interval) up to `maxBackoffMs`,
 * but never drops below `baseSeconds`, because polling faster than the server's interval breaks
 * RFC 8628 even after many `slow_down` replies. A server's `Retry-After` wins when it is longer.
 */
export function computeRetryDelayMs(
  baseSeconds: number,
  failures: number,
  maxBackoffMs: number,
  retryAfterSeconds: number | null,
): number {
  const baseMs = baseSeconds * 1000;
  const doubledMs = baseMs * 2 ** Math.max(0, failures - 1);
  const backoffMs = Math.max(baseMs, Math.min(doubledMs, maxBackoffMs));

  if (retryAfterSeconds === null) {
    return backoffMs;
  }

  return Math.max(backoffMs, retryAfterSeconds * 1000);
}
