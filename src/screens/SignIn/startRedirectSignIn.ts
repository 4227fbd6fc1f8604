import { requestMemberOAuthKey } from '../../api/auth';
import type { ApiClient } from '../../api/client';
import { createLogger } from '../../logger';
import { discardPendingAttempt, startPendingAttempt, type AttemptStorage, type RedirectSignInMethod } from '../../signin/pendingAttempt';
import { buildAuthorizeUrl, buildMemberKeyUrl, redirectUriForPage } from '../../signin/redirectUrls';

const log = createLogger('signin');

/** The browser around a redirect sign-in; the app passes `location` and `sessionStorage`, tests their own. */
export interface RedirectEnvironment {
  pageUrl: string;
  attemptStorage: AttemptStorage | null;
  /** Leaves the app for `url` (`location.assign`). */
  navigate: (url: string) => void;
  now: () => number;
}

function requireStorage(environment: RedirectEnvironment): AttemptStorage {
  if (!environment.attemptStorage) {
    throw new Error('sessionStorage is not available in this browser, so the sign-in could not be checked on return: use a code on your phone.');
  }

  return environment.attemptStorage;
}

/** Records the pending attempt, then leaves; the attempt is discarded when leaving fails. */
function leave(environment: RedirectEnvironment, storage: AttemptStorage, method: RedirectSignInMethod, redirectUri: string | null, url: string): void {
  startPendingAttempt(storage, method, redirectUri, { now: environment.now });

  try {
    log.info('leaving for a BetaSeries sign-in page', { method });
    environment.navigate(url);
  } catch (error) {
    discardPendingAttempt(storage);
    throw error;
  }
}

/**
 * Sends the browser to BetaSeries' OAuth 2.0 `/authorize` page, with the page's own address as
 * `redirect_uri` and no `state`. Throws when the page cannot be returned to or has no storage.
 */
export function startAuthorizationCodeSignIn(client: ApiClient, webBaseUrl: string, environment: RedirectEnvironment): void {
  const storage = requireStorage(environment);
  const redirectUri = redirectUriForPage(environment.pageUrl);
  if (redirectUri === null) {
    throw new Error(`This page (${environment.pageUrl}) cannot be returned to from BetaSeries: it is not an http(s) address.`);
  }

  leave(environment, storage, 'authorizationCode', redirectUri, buildAuthorizeUrl(webBaseUrl, client.config.apiKey, redirectUri));
}

/**
 * Gets a key from `members/oauth`, then sends the browser to BetaSeries' `/oauth?key=` page,
 * which returns with `?token=` to the callback configured for the API key.
 */
export async function startMemberKeySignIn(client: ApiClient, webBaseUrl: string, environment: RedirectEnvironment, signal?: AbortSignal): Promise<void> {
  const storage = requireStorage(environment);
  const { key } = await requestMemberOAuthKey(client, signal);

  leave(environment, storage, 'memberKey', null, buildMemberKeyUrl(webBaseUrl, key));
}
