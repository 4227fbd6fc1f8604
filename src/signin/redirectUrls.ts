import { CALLBACK_PARAMETERS } from './callbackParameters';

/**
 * Addresses of the redirect sign-ins: where the app sends the browser (BetaSeries' `/authorize`
 * and `/oauth?key=` pages) and where it comes back (the app's own page). `webBaseUrl` is the
 * origin of those pages, such as `https://www.betaseries.com`, or the sandbox's origin.
 */

function parseHttpUrl(value: string): URL | null {
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url : null;
  } catch {
    return null;
  }
}

function requireWebBase(webBaseUrl: string): string {
  if (!parseHttpUrl(webBaseUrl)) {
    throw new Error(`The BetaSeries web address is invalid: "${webBaseUrl}". Set an absolute http(s) URL, such as the sandbox's origin.`);
  }

  return webBaseUrl.replace(/\/+$/, '');
}

/**
 * True when the page can leave for BetaSeries and be loaded again from the callback: an
 * `http(s)` page. A packaged webOS or Tizen app runs from `file://`, which no callback can reach.
 */
export function canRedirectToSignIn(pageUrl: string): boolean {
  return parseHttpUrl(pageUrl) !== null;
}

/**
 * Returns the app's callback address for `pageUrl`: its origin and path, without the query or
 * the fragment (RFC 6749 section 3.1.2 forbids a fragment). The code exchange must send this
 * same string. Returns null for a page that cannot be redirected to.
 */
export function redirectUriForPage(pageUrl: string): string | null {
  const url = parseHttpUrl(pageUrl);
  if (!url) {
    return null;
  }

  return `${url.origin}${url.pathname}`;
}

/** Returns the OAuth 2.0 authorization address: `<web>/authorize?client_id=…&redirect_uri=…`, with no `state`. */
export function buildAuthorizeUrl(webBaseUrl: string, clientId: string, redirectUri: string): string {
  const query = new URLSearchParams();
  query.set('client_id', clientId);
  query.set('redirect_uri', redirectUri);

  return `${requireWebBase(webBaseUrl)}/authorize?${query.toString()}`;
}

/** Returns the key flow's sign-in address: `<web>/oauth?key=…`. */
export function buildMemberKeyUrl(webBaseUrl: string, key: string): string {
  const query = new URLSearchParams();
  query.set('key', key);

  return `${requireWebBase(webBaseUrl)}/oauth?${query.toString()}`;
}

/**
 * Returns `pageUrl` without the callback parameters (`code`, `token`, `error`,
 * `error_description`, `state`), for `history.replaceState`, so a code or token does not stay
 * in the address bar or the history. Other parameters and the fragment are kept.
 */
export function removeCallbackParameters(pageUrl: string): string {
  const url = parseHttpUrl(pageUrl);
  if (!url) {
    return pageUrl;
  }

  const remaining = new URLSearchParams();
  url.searchParams.forEach((value, name) => {
    if (CALLBACK_PARAMETERS.indexOf(name) === -1) {
      remaining.append(name, value);
    }
  });

  const query = remaining.toString();
  return `${url.origin}${url.pathname}${query === '' ? '' : `?${query}`}${url.hash}`;
}
