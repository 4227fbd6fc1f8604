import { exchangeAuthorizationCode } from '../api/auth';
import type { ApiClient } from '../api/client';
import { createLogger } from '../logger';
import type { AttemptStorage } from '../signin/pendingAttempt';
import { readSignInCallback } from '../signin/readSignInCallback';
import { removeCallbackParameters } from '../signin/redirectUrls';
import type { RedirectReturn } from './redirectReturn';
import type { SignedOutNotice } from './sessionState';

const log = createLogger('session');

/** The outcome of a page load for sign-in, which the session acts on. */
export type RedirectOutcome =
  /** No callback: an ordinary start. */
  | { kind: 'none' }
  /** The key flow's token, accepted. */
  | { kind: 'token'; token: string }
  /** An accepted authorization code; `exchange` trades it for the token on `oauth/access_token`. */
  | { kind: 'code'; exchange: (signal: AbortSignal) => Promise<string> }
  /** A callback that signs no member in: refused by the member, rejected by the app, or an error. */
  | { kind: 'notice'; notice: SignedOutNotice };

/** Storage for a page without `sessionStorage`: no attempt can be pending, so every callback is rejected. */
const NO_STORAGE: AttemptStorage = {
  getItem: () => null,
  setItem: () => undefined,
  removeItem: () => undefined,
};

/**
 * Reads the sign-in callback of the page BetaSeries sent the browser back to, consuming the
 * tab's pending attempt, and removes the callback parameters from the address bar so a code or
 * token does not stay in the history. Call it once per page load.
 */
export function finishRedirectSignIn(returned: RedirectReturn | null, client: ApiClient, now: () => number): RedirectOutcome {
  if (!returned) {
    return { kind: 'none' };
  }

  const callback = readSignInCallback(returned.pageUrl, returned.attemptStorage ?? NO_STORAGE, { now });

  const cleaned = removeCallbackParameters(returned.pageUrl);
  if (cleaned !== returned.pageUrl) {
    try {
      returned.replaceUrl(cleaned);
    } catch (error) {
      log.warn('removing the sign-in parameters from the address failed', { error: error instanceof Error ? error.name : typeof error });
    }
  }

  switch (callback.kind) {
    case 'none':
      return { kind: 'none' };
    case 'token':
      return { kind: 'token', token: callback.token };
    case 'code':
      return { kind: 'code', exchange: (signal) => exchangeAuthorizationCode(client, callback.code, callback.redirectUri, signal) };
    case 'error':
      return { kind: 'notice', notice: callback.error === 'access_denied' ? 'signInRefused' : 'signInFailed' };
    case 'rejected':
      return { kind: 'notice', notice: 'signInRejected' };
  }
}
