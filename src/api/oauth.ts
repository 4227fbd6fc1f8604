import type { ApiClient } from './client';
import { OAuthError } from './oauthError';
import { invalidShape, requireText, toInt, toTextOrNull, toUrlOrNull } from './parse';
import type { DeviceCode } from './types';

/** RFC 8628 section 3.2: a client must wait 5 s between polls when the server sends no interval. */
const DEFAULT_INTERVAL_SECONDS = 5;

/**
 * BetaSeries sends `expires_in: 1800`. RFC 8628 makes the field required, so this default only
 * serves a server that breaks the standard.
 */
const DEFAULT_EXPIRES_IN_SECONDS = 1800;

function positiveIntOr(value: unknown, fallback: number): number {
  const number = toInt(value, fallback);

  return number > 0 ? number : fallback;
}

/**
 * Asks for a device code (`POST /oauth/device`). Accepts BetaSeries' `verification_url` and
 * RFC 8628's `verification_uri`. Throws `InvalidResponseError` when the code, the user code or
 * an http(s) verification address is missing.
 */
export async function requestDeviceCode(client: ApiClient, signal?: AbortSignal): Promise<DeviceCode> {
  const reply = await client.request({
    method: 'POST',
    path: '/oauth/device',
    params: { client_id: client.config.apiKey },
    signal,
  });

  const context = 'POST /oauth/device';
  const deviceCode = requireText(reply, 'device_code', context);
  const userCode = requireText(reply, 'user_code', context);

  const verificationUrl = toUrlOrNull(reply.verification_url) ?? toUrlOrNull(reply.verification_uri);
  if (verificationUrl === null) {
    throw invalidShape(context, 'verification_url', 'is missing or not an http(s) URL');
  }

  return {
    deviceCode,
    userCode,
    verificationUrl,
    verificationUrlComplete: toUrlOrNull(reply.verification_uri_complete),
    expiresInSeconds: positiveIntOr(reply.expires_in, DEFAULT_EXPIRES_IN_SECONDS),
    intervalSeconds: positiveIntOr(reply.interval, DEFAULT_INTERVAL_SECONDS),
  };
}

/**
 * Polls the token endpoint once for a device code and returns the access token. The request
 * goes to `config.tokenUrl`, which is the API or a relay that adds the secret, and carries
 * `client_secret` only when the build embeds one. BetaSeries wants no `grant_type` here.
 *
 * Throws `ApiError` 2001 while the member has not typed the code yet, `OAuthError` for an RFC
 * 8628 style `{"error": …}` reply, and `InvalidResponseError` when a success has no token.
 */
export async function exchangeDeviceCode(client: ApiClient, deviceCode: string, signal?: AbortSignal): Promise<string> {
  const config = client.config;

  const reply = await client.request({
    method: 'POST',
    path: '/oauth/access_token',
    url: config.tokenUrl,
    params: {
      client_id: config.apiKey,
      client_secret: config.clientSecret || undefined,
      code: deviceCode,
    },
    signal,
    acceptFormEncodedToken: true,
    // BetaSeries returns error 2001 at every poll until the member types the code.
    expectedErrorCodes: [2001],
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
