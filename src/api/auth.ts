import type { ApiClient } from './client';
import { ApiError } from './errors';
import { OAuthError } from './oauthError';
import { invalidShape, requireRecord, requireText, toInt, toText, toTextOrNull } from './parse';

/** The member `members/auth` returns: its `user` object, without the stats of `members/infos`. */
export interface AuthenticatedMember {
  id: number;
  login: string;
  xp: number;
}

export interface PasswordSignIn {
  token: string;
  member: AuthenticatedMember;
}

/** The key of the "key then redirect" flow, for BetaSeries' `/oauth?key=` page. */
export interface MemberOAuthKey {
  key: string;
  /** Where BetaSeries will send the browser back (configured for the API key), or null when the reply has none. */
  callbackUrl: string | null;
}

/** 4002 (no such member) and 4003 (wrong password), from the older API documentation. */
const WRONG_CREDENTIALS_CODES: readonly number[] = [4002, 4003];

const MD5_HEX = /^[0-9a-f]{32}$/;

/**
 * True when `members/auth` rejected the login or the password. Both get the same message, so a
 * screen does not tell a stranger which logins exist.
 */
export function isWrongCredentials(error: unknown): boolean {
  return error instanceof ApiError && WRONG_CREDENTIALS_CODES.indexOf(error.code) !== -1;
}

/**
 * Signs a member in with `POST /members/auth`, sending `login` (name or e-mail address) and
 * `password` as the lowercase hex MD5 of the password (see `md5Hex`). The parameters travel in
 * the POST body, never in the address. Returns the token from `token` (this reply has no
 * `access_token`) and the member from `user`.
 *
 * Throws `ApiError` 4002 or 4003 for a wrong login or password (`isWrongCredentials`),
 * `InvalidResponseError` when the reply has no token or member id, and `TypeError` before any
 * request when `passwordMd5` is not a lowercase hex MD5. That message never quotes the value,
 * because a caller that forgot to hash would pass the password itself.
 */
export async function signInWithPassword(client: ApiClient, login: string, passwordMd5: string, signal?: AbortSignal): Promise<PasswordSignIn> {
  if (!MD5_HEX.test(passwordMd5)) {
    throw new TypeError('signInWithPassword() expects the lowercase hex MD5 of the password (32 characters 0-9a-f): hash it with md5Hex().');
  }

  const trimmedLogin = login.trim();
  if (trimmedLogin === '') {
    throw new TypeError('signInWithPassword() needs a login or e-mail address: the value is empty.');
  }

  const reply = await client.request({
    method: 'POST',
    path: '/members/auth',
    params: { login: trimmedLogin, password: passwordMd5 },
    signal,
    expectedErrorCodes: WRONG_CREDENTIALS_CODES,
  });

  const context = 'POST /members/auth';
  const token = requireText(reply, 'token', context);
  const user = requireRecord(reply, 'user', context);

  const id = toInt(user.id);
  if (id <= 0) {
    throw invalidShape(context, 'user.id', 'is missing or not a positive number');
  }

  return { token, member: { id, login: toText(user.login), xp: toInt(user.xp) } };
}

/** Asks for a key with `POST /members/oauth`. Throws `InvalidResponseError` when `oauth.key` is missing. */
export async function requestMemberOAuthKey(client: ApiClient, signal?: AbortSignal): Promise<MemberOAuthKey> {
  const reply = await client.request({ method: 'POST', path: '/members/oauth', signal });

  const context = 'POST /members/oauth';
  const oauth = requireRecord(reply, 'oauth', context);

  return {
    key: requireText(oauth, 'key', `${context} oauth`),
    callbackUrl: toTextOrNull(oauth.callback),
  };
}

/**
 * Exchanges an authorization code from the `/authorize` redirect on `oauth/access_token` and
 * returns the member token. The request goes to `config.tokenUrl` (the API, or a relay that adds
 * the secret) with `client_id`, `redirect_uri`, `code`, and `client_secret` only when the build
 * embeds one. `redirectUri` must be the exact string sent to `/authorize`.
 *
 * Throws `ApiError` when the API rejects the code (the sandbox returns 3004 for an unknown,
 * expired or reused code and for a different `redirect_uri`), `OAuthError` for a standard OAuth
 * error reply, and `InvalidResponseError` when a success has no token.
 */
export async function exchangeAuthorizationCode(client: ApiClient, code: string, redirectUri: string, signal?: AbortSignal): Promise<string> {
  const config = client.config;

  const reply = await client.request({
    method: 'POST',
    path: '/oauth/access_token',
    url: config.tokenUrl,
    params: {
      client_id: config.apiKey,
      client_secret: config.clientSecret || undefined,
      redirect_uri: redirectUri,
      code,
    },
    signal,
    acceptFormEncodedToken: true,
  });

  const accessToken = toTextOrNull(reply.access_token);
  if (accessToken !== null) {
    return accessToken;
  }

  // A 2xx reply with an OAuth `error` field and no token means the same as that error on a 400.
  const errorCode = toTextOrNull(reply.error);
  if (errorCode !== null) {
    throw new OAuthError(errorCode, toTextOrNull(reply.error_description), 200);
  }

  throw invalidShape('POST /oauth/access_token', 'access_token', 'is missing or empty');
}
