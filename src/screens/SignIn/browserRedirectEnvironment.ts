import { browserAttemptStorage } from '../../session/redirectReturn';
import type { RedirectEnvironment } from './startRedirectSignIn';

/** Returns the real browser around a redirect sign-in: this page, its tab's storage, `location.assign`. */
export function browserRedirectEnvironment(): RedirectEnvironment {
  return {
    pageUrl: window.location.href,
    attemptStorage: browserAttemptStorage(),
    navigate: (url) => window.location.assign(url),
    now: Date.now,
  };
}
