import { createLogger } from '../logger';
import type { ApiRequest } from './client';
import { AbortedError, ApiError, InvalidResponseError } from './errors';

const log = createLogger('api');

export interface FailureLog {
  /** Logs one failed request with its method, path, error kind, status and API code. */
  failed(req: ApiRequest, error: unknown, durationMs: number): void;
  /** Ends a series of identical failures, so the next failure is logged in full again. */
  succeeded(): void;
}

function isPowerOfTwo(count: number): boolean {
  return (count & (count - 1)) === 0;
}

/**
 * Creates the failure log of one client. A run of identical failures, such as an offline TV
 * that keeps polling, is logged at warn level only at its 1st, 2nd, 4th, 8th… occurrence, with
 * a `repeats` count, and at debug level otherwise. At one poll every 5 s, 30 minutes offline
 * would otherwise push 360 identical lines through the logger's 500-entry ring buffer. Aborts
 * and the error codes a request lists as expected are logged at debug level and leave the run
 * unchanged.
 */
export function createFailureLog(): FailureLog {
  let runSignature = '';
  let runLength = 0;

  function failed(req: ApiRequest, error: unknown, durationMs: number): void {
    const data: Record<string, unknown> = {
      method: req.method,
      path: req.path,
      kind: error instanceof Error ? error.name : typeof error,
      durationMs,
    };

    if (error instanceof ApiError || error instanceof InvalidResponseError) {
      data.status = error.status;
    }

    if (error instanceof ApiError) {
      data.code = error.code;
    }

    if (error instanceof AbortedError) {
      log.debug('request aborted', data);
      return;
    }

    if (error instanceof ApiError && req.expectedErrorCodes && req.expectedErrorCodes.indexOf(error.code) !== -1) {
      log.debug('request ended with an expected API error', data);
      return;
    }

    const signature = [data.method, data.path, data.kind, data.status, data.code].join(' ');
    if (signature === runSignature) {
      runLength += 1;
    } else {
      runSignature = signature;
      runLength = 1;
    }

    if (runLength > 1) {
      data.repeats = runLength;
    }

    if (!isPowerOfTwo(runLength)) {
      log.debug('request failed again', data);
      return;
    }

    log.warn('request failed', data);
  }

  function succeeded(): void {
    runSignature = '';
    runLength = 0;
  }

  return { failed, succeeded };
}
