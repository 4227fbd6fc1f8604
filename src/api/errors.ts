/**
 * The errors every call in `src/api` can throw. Screens and the pairing engine switch on the
 * class (and on `code` for API errors), never on message text, because BetaSeries localizes
 * its error texts.
 */

/** BetaSeries replied with `{"errors":[{code,text}]}` (HTTP 400 on the real API). */
export class ApiError extends Error {
  readonly code: number;
  readonly text: string;
  readonly status: number;
  /** A 429 or 503 reply's `Retry-After` delay, in seconds, or null without one. */
  readonly retryAfterSeconds: number | null;

  constructor(code: number, text: string, status: number, retryAfterSeconds: number | null = null) {
    super(`BetaSeries error ${code}: ${text}`);
    this.name = 'ApiError';
    this.code = code;
    this.text = text;
    this.status = status;
    this.retryAfterSeconds = retryAfterSeconds;
  }
}

/** The request never got an HTTP answer: no network, DNS failure, connection reset. */
export class NetworkError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'NetworkError';
  }
}

/** No reply within the request's time limit, so the request was aborted. */
export class TimeoutError extends Error {
  readonly timeoutMs: number;

  constructor(timeoutMs: number) {
    super(`No answer from the API within ${timeoutMs} ms`);
    this.name = 'TimeoutError';
    this.timeoutMs = timeoutMs;
  }
}

/**
 * A reply arrived but cannot be used: an HTML error page from the CDN, malformed JSON, or a
 * JSON shape that makes no sense. `status` is the HTTP status; 5xx replies are transient.
 */
export class InvalidResponseError extends Error {
  readonly status: number;
  /** Seconds from the reply's `Retry-After` header (429 and 503 replies), or null. */
  readonly retryAfterSeconds: number | null;

  constructor(message: string, status: number, retryAfterSeconds: number | null = null) {
    super(message);
    this.name = 'InvalidResponseError';
    this.status = status;
    this.retryAfterSeconds = retryAfterSeconds;
  }
}

/** The caller aborted the request (left the screen, cancelled pairing). Never shown to members. */
export class AbortedError extends Error {
  constructor() {
    super('The request was aborted');
    this.name = 'AbortedError';
  }
}

/** Errors worth retrying later with the same input: the network, a timeout, a 5xx page. */
export function isTransient(error: unknown): boolean {
  if (error instanceof NetworkError || error instanceof TimeoutError) {
    return true;
  }

  if (error instanceof InvalidResponseError) {
    return error.status >= 500 || error.status === 429 || error.status === 0;
  }

  return false;
}

/**
 * True when the API reports that the member's token is no longer valid. BetaSeries returns 2001 on
 * data endpoints for a rejected token, and code 0 with `parameter "id" is missing` on endpoints
 * whose `id` defaults to the signed-in member when the token is missing or rejected.
 */
export function isSessionOver(error: unknown): boolean {
  if (!(error instanceof ApiError)) {
    return false;
  }

  if (error.code === 2001) {
    return true;
  }

  return error.code === 0 && /parameter\s+"?id"?\s+is missing/i.test(error.text);
}
