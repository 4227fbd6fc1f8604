/** Timing of the action queue's retries after failures. */
export interface RetryPolicy {
  /** Wait after the first failure in a row, in ms. It doubles with each further failure. */
  firstRetryMs: number;
  /** Maximum wait between tries, in ms, unless the server's `Retry-After` requests longer. */
  maxRetryMs: number;
  /**
   * Tries of one action whose replies could not be read before it is dropped as rejected. Such a
   * reply never clears, unlike a network failure, so retrying it forever would block the queue.
   */
  maxUnreadableAttempts: number;
}

export const DEFAULT_RETRY_POLICY: RetryPolicy = {
  firstRetryMs: 2_000,
  maxRetryMs: 60_000,
  maxUnreadableAttempts: 5,
};

/**
 * Longest `Retry-After` honoured, in ms. A larger `setTimeout` delay than 2^31 - 1 ms fires at
 * once, so an absurd header would otherwise cause an immediate retry.
 */
const MAX_RETRY_AFTER_MS = 60 * 60 * 1000;

/**
 * Computes the wait in ms before the next try after `failures` failures in a row (1 for the
 * first). A server's `Retry-After` wins when it is longer, up to one hour.
 */
export function computeRetryDelayMs(policy: RetryPolicy, failures: number, retryAfterSeconds: number | null): number {
  const doubledMs = policy.firstRetryMs * 2 ** Math.max(0, failures - 1);
  const backoffMs = Math.min(doubledMs, policy.maxRetryMs);

  if (retryAfterSeconds === null) {
    return backoffMs;
  }

  return Math.max(backoffMs, Math.min(retryAfterSeconds * 1000, MAX_RETRY_AFTER_MS));
}
