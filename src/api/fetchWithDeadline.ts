import { AbortedError, NetworkError, TimeoutError } from './errors';
import type { RawReply } from './parseReply';

export interface DeadlineOptions {
  /** `METHOD /path`, for error messages. */
  label: string;
  /** Time limit in milliseconds for the whole exchange, body included. */
  timeoutMs: number;
  /** The caller's signal. Its abort wins over the time limit. */
  signal?: AbortSignal;
}

/** Returns the most specific reason a fetch failed. Node's undici puts `ECONNRESET` and the like in `cause.code`. */
function describeFailure(error: unknown): string {
  if (!(error instanceof Error)) {
    return String(error);
  }

  const cause = (error as { cause?: unknown }).cause;
  if (cause instanceof Error) {
    const code = (cause as { code?: unknown }).code;
    return typeof code === 'string' ? `${error.message} (${code})` : `${error.message} (${cause.message})`;
  }

  return error.message;
}

/**
 * Parses an HTTP `Retry-After` header (RFC 9110 section 10.2.3) into whole seconds from `nowMs`.
 * The header is a number of seconds or an HTTP date. Returns null when the header is missing
 * or unreadable, and 0 for a date in the past.
 */
export function parseRetryAfterHeader(header: string | null, nowMs: number): number | null {
  if (header === null) {
    return null;
  }

  const trimmed = header.trim();
  if (/^\d+$/.test(trimmed)) {
    return Number(trimmed);
  }

  // Every HTTP date format starts with a day name. Without this check, Date.parse would read
  // "-5" as the year -5.
  if (!/^[A-Za-z]{3}/.test(trimmed)) {
    return null;
  }

  const dateMs = Date.parse(trimmed);
  if (Number.isNaN(dateMs)) {
    return null;
  }

  return Math.max(0, Math.ceil((dateMs - nowMs) / 1000));
}

/**
 * Settles like `promise`, or rejects as soon as `signal` aborts. Chrome added abortable fetch in
 * version 66, so on older TV engines an AbortController polyfill aborts the signal but the
 * native fetch ignores it. Racing the signal keeps the time limit and cancelling working for the
 * caller there, although the HTTP request itself runs on until the server ends it.
 */
function untilAborted<T>(promise: Promise<T>, signal: AbortSignal): Promise<T> {
  const aborted = new Promise<never>((_resolve, reject) => {
    // The abort event fires once, so a signal that is already aborted must reject here.
    if (signal.aborted) {
      reject(new Error('aborted'));
      return;
    }

    signal.addEventListener('abort', () => reject(new Error('aborted')));
  });

  return Promise.race([promise, aborted]);
}

/**
 * Runs one fetch and reads its body as text and its `Retry-After` header as seconds, under a
 * time limit combined with the caller's signal. Throws `AbortedError` when the caller aborts
 * (even after the body arrived, so a cancelled caller never acts on a late reply),
 * `TimeoutError` when the limit passes first, and `NetworkError` for any other failure to get
 * or read the reply. The timer and the listener on the caller's signal are removed on every path.
 */
export async function fetchWithDeadline(
  fetchImpl: typeof fetch,
  url: string,
  init: RequestInit,
  options: DeadlineOptions,
): Promise<RawReply> {
  const callerSignal = options.signal;
  if (callerSignal?.aborted) {
    throw new AbortedError();
  }

  // AbortSignal.any and AbortSignal.timeout are missing before Chrome 116 and 103, so the two
  // sources are joined by hand into one controller.
  const controller = new AbortController();
  let timedOut = false;

  const onCallerAbort = (): void => controller.abort();
  callerSignal?.addEventListener('abort', onCallerAbort);

  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, options.timeoutMs);

  const toTransportError = (error: unknown): Error => {
    if (callerSignal?.aborted) {
      return new AbortedError();
    }

    if (timedOut) {
      return new TimeoutError(options.timeoutMs);
    }

    return new NetworkError(`Request ${options.label} failed: ${describeFailure(error)}`, { cause: error });
  };

  try {
    let response: Response;
    try {
      response = await untilAborted(fetchImpl(url, { ...init, signal: controller.signal }), controller.signal);
    } catch (error) {
      throw toTransportError(error);
    }

    let body: string;
    try {
      body = await untilAborted(response.text(), controller.signal);
    } catch (error) {
      throw toTransportError(error);
    }

    if (callerSignal?.aborted) {
      throw new AbortedError();
    }

    return {
      status: response.status,
      contentType: response.headers.get('content-type') ?? '',
      body,
      retryAfterSeconds: parseRetryAfterHeader(response.headers.get('retry-after'), Date.now()),
    };
  } finally {
    clearTimeout(timer);
    callerSignal?.removeEventListener('abort', onCallerAbort);
  }
}
