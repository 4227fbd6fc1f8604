/**
 * Reads the query string BetaSeries adds when it sends the browser back to the app: `code` (OAuth
 * 2.0 authorization code), `token` (key flow), or `error` with an optional `error_description`.
 * A `state` parameter is ignored, because the live API has been seen to drop it.
 */

export type ParsedCallback =
  /** No sign-in parameter: an ordinary start of the app. */
  | { kind: 'none' }
  | { kind: 'code'; code: string }
  | { kind: 'token'; token: string }
  | { kind: 'error'; error: string; description: string | null }
  /** Sign-in parameters that no honest server sends, so the app rejects the callback. */
  | { kind: 'invalid'; reason: InvalidCallbackReason };

/**
 * `conflicting`: more than one of `code`, `token` and `error`. `repeated`: one of them twice.
 * `malformed`: empty, too long, or with characters the value cannot contain.
 */
export type InvalidCallbackReason = 'conflicting' | 'repeated' | 'malformed';

export { CALLBACK_PARAMETERS } from './callbackParameters';

/**
 * A code or token: visible ASCII without space (%x21-7E), which covers the sandbox's hex values.
 * NOTE: the live API's formats are unknown. The 512-character limit is a guess, far above the
 * sandbox's 32 and 40 characters, that keeps a forged address from carrying a large payload.
 */
const CREDENTIAL_VALUE = /^[\x21-\x7e]{1,512}$/;

/** RFC 6749 section 4.1.2.1 allows only %x20-21 / %x23-5B / %x5D-7E in `error` and `error_description`. */
const ERROR_VALUE = /^[\x20\x21\x23-\x5b\x5d-\x7e]{1,128}$/;
const ERROR_DESCRIPTION_VALUE = /^[\x20\x21\x23-\x5b\x5d-\x7e]{1,1024}$/;

function readSearch(url: string | URL): URLSearchParams | null {
  try {
    return new URL(String(url)).searchParams;
  } catch {
    return null;
  }
}

/** Parses the callback parameters of `url` (usually `location.href`). Never throws. */
export function parseCallback(url: string | URL): ParsedCallback {
  const search = readSearch(url);
  if (!search) {
    return { kind: 'none' };
  }

  const codes = search.getAll('code');
  const tokens = search.getAll('token');
  const errors = search.getAll('error');
  const kinds = [codes, tokens, errors].filter((values) => values.length > 0).length;

  if (kinds === 0) {
    return { kind: 'none' };
  }

  if (kinds > 1) {
    return { kind: 'invalid', reason: 'conflicting' };
  }

  if (codes.length > 1 || tokens.length > 1 || errors.length > 1 || search.getAll('error_description').length > 1) {
    return { kind: 'invalid', reason: 'repeated' };
  }

  const [code] = codes;
  if (code !== undefined) {
    return CREDENTIAL_VALUE.test(code) ? { kind: 'code', code } : { kind: 'invalid', reason: 'malformed' };
  }

  const [token] = tokens;
  if (token !== undefined) {
    return CREDENTIAL_VALUE.test(token) ? { kind: 'token', token } : { kind: 'invalid', reason: 'malformed' };
  }

  const error = errors[0] ?? '';
  const description = search.get('error_description');
  if (!ERROR_VALUE.test(error) || (description !== null && !ERROR_DESCRIPTION_VALUE.test(description))) {
    return { kind: 'invalid', reason: 'malformed' };
  }

  return { kind: 'error', error, description };
}
