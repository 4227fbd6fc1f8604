import { ApiError, InvalidResponseError, TimeoutError } from '../api/errors';

/** Cause of the current run of failed polls or code requests, shown on the pairing screen. */
export type RetryCause = 'network' | 'timeout' | 'server' | 'rateLimited';

/** A fault the engine is waiting out: what failed, and when it tries again. */
export interface RetryNotice {
  cause: RetryCause;
  /** Wall-clock time (ms since epoch) of the next try. */
  nextTryAt: number;
}

/**
 * Classifies an error the engine retries. A 429 means the server requests a pause, and any
 * reply with a status (a 5xx page, a JSON 503) means the server replied but is failing. An error
 * without a reply (`NetworkError`, an unexpected `AbortedError`) counts as a lost connection.
 */
export function retryCauseOf(error: unknown): RetryCause {
  if (error instanceof TimeoutError) {
    return 'timeout';
  }

  if (error instanceof InvalidResponseError || error instanceof ApiError) {
    return error.status === 429 ? 'rateLimited' : 'server';
  }

  return 'network';
}
