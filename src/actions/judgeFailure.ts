import { AbortedError, InvalidResponseError, isSessionOver, isTransient } from '../api/errors';
import { OAuthError } from '../api/oauthError';
import type { MemberActionInput } from './memberAction';
import { isAlreadyApplied } from './sendAction';

/** Meaning of a failed send for the action that was sent. */
export type FailureVerdict =
  /** The API reports that the change is already in place, so the action is done. */
  | { kind: 'alreadyApplied' }
  /** The API rejected the member's token: keep the action until the same member signs in again. */
  | { kind: 'sessionOver' }
  /**
   * Keep the action and try again later. `unreadable` marks a reply that arrived but could not be
   * read, so whether the API applied the change is unknown.
   */
  | { kind: 'retry'; retryAfterSeconds: number | null; unreadable: boolean }
  /** The queue aborted the request itself (sign-out, another member, shutdown). */
  | { kind: 'aborted' }
  /** Any other reply: drop the action and tell the screen, which rolls the change back. */
  | { kind: 'rejected' };

/**
 * Decides what an error from `sendAction` means. The checks run in this order, because a 2001 is
 * both an `ApiError` and "session over", and a 503 is both an `InvalidResponseError` and transient.
 */
export function judgeFailure(action: MemberActionInput, error: unknown): FailureVerdict {
  if (error instanceof AbortedError) {
    return { kind: 'aborted' };
  }

  if (isAlreadyApplied(action, error)) {
    return { kind: 'alreadyApplied' };
  }

  if (isSessionOver(error)) {
    return { kind: 'sessionOver' };
  }

  if (isTransient(error)) {
    const retryAfterSeconds = error instanceof InvalidResponseError ? error.retryAfterSeconds : null;
    return { kind: 'retry', retryAfterSeconds, unreadable: false };
  }

  // An OAuth error is an explicit rejection. Any other unusable reply (malformed JSON, an HTML page
  // with a 2xx or 4xx status) may hide a change the API made, so the action is sent again.
  if (error instanceof InvalidResponseError && !(error instanceof OAuthError)) {
    return { kind: 'retry', retryAfterSeconds: null, unreadable: true };
  }

  return { kind: 'rejected' };
}
