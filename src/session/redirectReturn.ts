import type { AttemptStorage } from '../signin/pendingAttempt';

/**
 * The inputs the session reads at start to finish a redirect sign-in: the page address BetaSeries sent
 * the browser back to, the tab's pending attempt, and a way to drop the callback parameters from
 * the address bar.
 */
export interface RedirectReturn {
  pageUrl: string;
  attemptStorage: AttemptStorage | null;
  /** Replaces the address without reloading the page (`history.replaceState`). */
  replaceUrl: (url: string) => void;
}

/**
 * Returns the tab's `sessionStorage`, or null where reading it throws (storage disabled, some
 * private modes). It is per tab, so a callback opened in another tab finds no pending attempt.
 */
export function browserAttemptStorage(): AttemptStorage | null {
  try {
    return typeof window === 'undefined' ? null : window.sessionStorage;
  } catch {
    return null;
  }
}

/** Returns the browser's page, storage and history, or null outside a browser (Node tests). */
export function browserRedirectReturn(): RedirectReturn | null {
  if (typeof window === 'undefined' || !window.location) {
    return null;
  }

  return {
    pageUrl: window.location.href,
    attemptStorage: browserAttemptStorage(),
    replaceUrl: (url) => window.history.replaceState(window.history.state, '', url),
  };
}
