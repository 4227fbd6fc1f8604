/**
 * The names of a sign-in callback's query parameters, apart from the code that reads them, so the
 * app's first load can tell an ordinary start from a callback without carrying that code.
 */

/** The query parameters that make a page load a sign-in callback. */
export const CALLBACK_PARAMETERS: readonly string[] = ['code', 'token', 'error', 'error_description', 'state'];

/** The `sessionStorage` key of the redirect sign-in started in this tab. */
export const PENDING_ATTEMPT_STORAGE_KEY = 'betaseries.signin.pendingAttempt';

/** True when `pageUrl` carries any callback parameter; false for an address that does not parse. */
export function hasCallbackParameters(pageUrl: string): boolean {
  try {
    const search = new URL(pageUrl).searchParams;
    return CALLBACK_PARAMETERS.some((name) => search.has(name));
  } catch {
    return false;
  }
}
