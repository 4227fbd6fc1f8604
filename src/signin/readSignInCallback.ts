import { createLogger } from '../logger';
import { parseCallback, type InvalidCallbackReason } from './parseCallback';
import { consumePendingAttempt, type AttemptClock, type AttemptStorage, type RedirectSignInMethod } from './pendingAttempt';

const log = createLogger('signin');

/** The reason a callback was rejected. Each one means the sign-in did not complete and the member may start again. */
export type CallbackRejection =
  | InvalidCallbackReason
  /** No sign-in was started in this tab, or the callback was already used (a reload, a replay). */
  | 'noPendingAttempt'
  /** The member took longer than the attempt's lifetime, or the clock went back. */
  | 'expired'
  | 'unreadableAttempt'
  /** A `code` came back to a key-flow attempt, or a `token` to an authorization-code attempt. */
  | 'wrongMethod';

export type SignInCallback =
  /** An ordinary start of the app. Any pending attempt was discarded. */
  | { kind: 'none' }
  /** An authorization code to exchange with the `redirectUri` the attempt sent. */
  | { kind: 'code'; code: string; redirectUri: string }
  /** A member token from the key flow. */
  | { kind: 'token'; token: string }
  /** BetaSeries reported an error for this attempt, such as `access_denied` when the member refused. */
  | { kind: 'error'; method: RedirectSignInMethod; error: string; description: string | null }
  | { kind: 'rejected'; reason: CallbackRejection };

function reject(reason: CallbackRejection, method: RedirectSignInMethod | null): SignInCallback {
  log.warn('sign-in callback rejected', { reason, method });
  return { kind: 'rejected', reason };
}

/**
 * Decides what the page load at `pageUrl` means for sign-in, consuming the pending attempt
 * whatever the outcome. A callback is accepted only with a live attempt of the same method, so a
 * forged, replayed or late callback is rejected without `state`, which the live API drops.
 *
 * Call it once per page load, before anything renders (React StrictMode runs effects twice, and
 * the second call would find no attempt). Then remove the parameters from the address with
 * `removeCallbackParameters`.
 */
export function readSignInCallback(pageUrl: string, storage: AttemptStorage, clock: Pick<AttemptClock, 'now'>): SignInCallback {
  const callback = parseCallback(pageUrl);
  const consumed = consumePendingAttempt(storage, clock);

  if (callback.kind === 'none') {
    return { kind: 'none' };
  }

  const method = consumed.ok ? consumed.attempt.method : null;

  if (callback.kind === 'invalid') {
    return reject(callback.reason, method);
  }

  if (!consumed.ok) {
    const reasons = { none: 'noPendingAttempt', expired: 'expired', unreadable: 'unreadableAttempt' } as const;
    return reject(reasons[consumed.reason], null);
  }

  const attempt = consumed.attempt;

  if (callback.kind === 'error') {
    log.info('sign-in callback reports an error', { method: attempt.method, error: callback.error });
    return { kind: 'error', method: attempt.method, error: callback.error, description: callback.description };
  }

  if (callback.kind === 'code') {
    if (attempt.method !== 'authorizationCode' || attempt.redirectUri === null) {
      return reject('wrongMethod', attempt.method);
    }

    log.info('sign-in callback accepted', { method: attempt.method });
    return { kind: 'code', code: callback.code, redirectUri: attempt.redirectUri };
  }

  if (attempt.method !== 'memberKey') {
    return reject('wrongMethod', attempt.method);
  }

  log.info('sign-in callback accepted', { method: attempt.method });
  return { kind: 'token', token: callback.token };
}
