import { InvalidResponseError } from '../api/errors';

/**
 * An HTTP error status whose body is not a usable OAuth error, such as a 429 or a 5xx page from
 * a proxy. It extends `InvalidResponseError`, so `isTransient` retries it when the status is 429 or 5xx.
 */
export class HttpStatusError extends InvalidResponseError {
  constructor(url: string, status: number, retryAfterSeconds: number | null) {
    super(`HTTP ${status} from ${url}`, status, retryAfterSeconds);
    this.name = 'HttpStatusError';
  }
}

/** Returns the `Retry-After` delay an error carries, or null for any other error. */
export function readRetryAfterSeconds(error: unknown): number | null {
  return error instanceof InvalidResponseError ? error.retryAfterSeconds : null;
}
