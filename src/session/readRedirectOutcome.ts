import type { ApiClient } from '../api/client';
import { createLogger } from '../logger';
import { hasCallbackParameters, PENDING_ATTEMPT_STORAGE_KEY } from '../signin/callbackParameters';
import type { RedirectOutcome } from './finishRedirectSignIn';
import type { RedirectReturn } from './redirectReturn';

const log = createLogger('session');

/**
 * Returns what this page load means for a redirect sign-in. Most loads carry no callback: they
 * only discard the tab's pending attempt, as `finishRedirectSignIn` would, so an abandoned
 * sign-in never accepts a later callback. The code that reads a callback is downloaded only for
 * an address that carries one, which keeps it out of the pairing screen's first load.
 */
export async function readRedirectOutcome(returned: RedirectReturn | null, client: ApiClient, now: () => number): Promise<RedirectOutcome> {
  if (!returned) {
    return { kind: 'none' };
  }

  if (!hasCallbackParameters(returned.pageUrl)) {
    discardAttempt(returned);
    return { kind: 'none' };
  }

  try {
    const { finishRedirectSignIn } = await import('./finishRedirectSignIn');
    return finishRedirectSignIn(returned, client, now);
  } catch (error) {
    // The callback stays in the address and its attempt stays stored, so a reload tries again.
    log.warn('loading the sign-in callback code failed', { error: error instanceof Error ? error.name : typeof error });
    return { kind: 'notice', notice: 'signInFailed' };
  }
}

function discardAttempt(returned: RedirectReturn): void {
  try {
    returned.attemptStorage?.removeItem(PENDING_ATTEMPT_STORAGE_KEY);
  } catch (error) {
    log.warn('discarding the pending sign-in attempt failed', { error: error instanceof Error ? error.name : typeof error });
  }
}
