import { InvalidResponseError, isTransient } from '../api/errors';
import { fetchWithDeadline } from '../api/fetchWithDeadline';
import { OAuthError } from '../api/oauthError';
import { requireText, toInt, toTextOrNull, toUrlOrNull, type JsonRecord } from '../api/parse';
import { parseReply, type RawReply } from '../api/parseReply';
import type { DeviceCode } from '../api/types';
import { HttpStatusError } from './httpStatusError';
import { pollOutcomeOfOAuthErrorCode } from './pollOutcomeOfOAuthErrorCode';
import type { DeviceFlowProvider, PollOutcome } from './types';

export interface Rfc8628Options {
  deviceAuthorizationUrl: string;
  tokenUrl: string;
  clientId: string;
  /** Set for a confidential client only. A public client sends just `client_id`. */
  clientSecret?: string;
  /**
   * Client authentication method of a confidential client, as in its registration's
   * `token_endpoint_auth_method`. Default `client_secret_basic`, which RFC 6749 section 2.3.1
   * requires every server to support.
   */
  tokenEndpointAuthMethod?: 'client_secret_basic' | 'client_secret_post';
  /** Space-separated scopes sent with the code request. */
  scope?: string;
  /** Time limit per request in milliseconds, default 15 000. */
  timeoutMs?: number;
  fetchImpl?: typeof fetch;
}

const DEVICE_CODE_GRANT_TYPE = 'urn:ietf:params:oauth:grant-type:device_code';

/** RFC 8628 section 3.2: a client MUST use 5 s when the reply has no `interval`. */
const DEFAULT_INTERVAL_SECONDS = 5;

const DEFAULT_TIMEOUT_MS = 15_000;

/** RFC 6749 section 2.3.1: the id and the secret are form-encoded before Basic encoding. */
function formEncode(value: string): string {
  return encodeURIComponent(value).replace(/%20/g, '+');
}

function isRetryableStatus(status: number): boolean {
  return status === 429 || status >= 500;
}

/**
 * Reads a device authorization reply (RFC 8628 section 3.2). `verification_url` is accepted
 * for servers that predate the RFC's `verification_uri`.
 */
function parseDeviceCode(reply: JsonRecord, context: string): DeviceCode {
  const verificationUrl = toUrlOrNull(reply.verification_uri) ?? toUrlOrNull(reply.verification_url);
  if (verificationUrl === null) {
    throw new InvalidResponseError(`Invalid reply from ${context}: "verification_uri" is missing or not an http(s) URL`, 200);
  }

  const expiresInSeconds = toInt(reply.expires_in, 0);
  if (expiresInSeconds <= 0) {
    throw new InvalidResponseError(`Invalid reply from ${context}: "expires_in" is missing or not a positive number`, 200);
  }

  const intervalSeconds = toInt(reply.interval, DEFAULT_INTERVAL_SECONDS);

  return {
    deviceCode: requireText(reply, 'device_code', context),
    userCode: requireText(reply, 'user_code', context),
    verificationUrl,
    verificationUrlComplete: toUrlOrNull(reply.verification_uri_complete),
    expiresInSeconds,
    intervalSeconds: intervalSeconds > 0 ? intervalSeconds : DEFAULT_INTERVAL_SECONDS,
  };
}

/**
 * Creates a provider for a standard RFC 8628 server: the device authorization request, then
 * the token request with the `device_code` grant at every poll.
 */
export function createRfc8628Provider(options: Rfc8628Options): DeviceFlowProvider {
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const authMethod = options.tokenEndpointAuthMethod ?? 'client_secret_basic';

  // Calling the global fetch detached from `window` throws "Illegal invocation" in browsers.
  const send: typeof fetch = options.fetchImpl ?? ((input, init) => fetch(input, init));

  function buildBody(params: Record<string, string>): URLSearchParams {
    const body = new URLSearchParams(params);
    body.set('client_id', options.clientId);

    if (options.clientSecret !== undefined && authMethod === 'client_secret_post') {
      body.set('client_secret', options.clientSecret);
    }

    return body;
  }

  function buildHeaders(): Record<string, string> {
    const headers: Record<string, string> = {
      Accept: 'application/json',
      'Content-Type': 'application/x-www-form-urlencoded;charset=UTF-8',
    };

    if (options.clientSecret !== undefined && authMethod === 'client_secret_basic') {
      headers.Authorization = `Basic ${btoa(`${formEncode(options.clientId)}:${formEncode(options.clientSecret)}`)}`;
    }

    return headers;
  }

  /**
   * Sends one form POST and returns the raw reply, `Retry-After` included. Throws
   * `AbortedError`, `TimeoutError` or `NetworkError` like the API client.
   */
  function postForm(url: string, params: Record<string, string>, signal: AbortSignal): Promise<RawReply> {
    return fetchWithDeadline(
      send,
      url,
      { method: 'POST', headers: buildHeaders(), body: buildBody(params).toString() },
      { label: `POST ${url}`, timeoutMs, signal },
    );
  }

  async function requestCode(signal: AbortSignal): Promise<DeviceCode> {
    const params: Record<string, string> = {};
    if (options.scope !== undefined) {
      params.scope = options.scope;
    }

    const raw = await postForm(options.deviceAuthorizationUrl, params, signal);

    // A 429 or 5xx keeps its Retry-After so the engine's retry can honour it.
    if (isRetryableStatus(raw.status)) {
      throw new HttpStatusError(options.deviceAuthorizationUrl, raw.status, raw.retryAfterSeconds ?? null);
    }

    const context = `POST ${options.deviceAuthorizationUrl}`;
    return parseDeviceCode(parseReply(raw, { label: context }), context);
  }

  function outcomeOfTokenReply(raw: RawReply): PollOutcome {
    if (isRetryableStatus(raw.status)) {
      const retryAfterSeconds = raw.retryAfterSeconds ?? null;
      return {
        kind: 'transient',
        retryAfterSeconds,
        error: new HttpStatusError(options.tokenUrl, raw.status, retryAfterSeconds),
      };
    }

    let reply: JsonRecord;
    try {
      reply = parseReply(raw, { label: `POST ${options.tokenUrl}` });
    } catch (error) {
      if (error instanceof OAuthError) {
        return pollOutcomeOfOAuthErrorCode(error.errorCode) ?? { kind: 'failed', error };
      }

      return { kind: 'failed', error };
    }

    const accessToken = toTextOrNull(reply.access_token);
    const errorCode = toTextOrNull(reply.error);
    if (accessToken === null && errorCode !== null) {
      // An OAuth `error` in a 2xx reply without a token is read as the same error on a 400.
      const error = new OAuthError(errorCode, toTextOrNull(reply.error_description), raw.status);
      return pollOutcomeOfOAuthErrorCode(errorCode) ?? { kind: 'failed', error };
    }

    if (accessToken === null) {
      return {
        kind: 'failed',
        error: new InvalidResponseError(`Invalid reply from POST ${options.tokenUrl}: "access_token" is missing or empty`, raw.status),
      };
    }

    return { kind: 'authorized', accessToken };
  }

  async function poll(deviceCode: string, signal: AbortSignal): Promise<PollOutcome> {
    let reply: RawReply;
    try {
      reply = await postForm(options.tokenUrl, { grant_type: DEVICE_CODE_GRANT_TYPE, device_code: deviceCode }, signal);
    } catch (error) {
      // Network failures and timeouts keep the code. An AbortedError reaches the engine, which ignores it.
      if (isTransient(error)) {
        return { kind: 'transient', retryAfterSeconds: null, error };
      }

      throw error;
    }

    return outcomeOfTokenReply(reply);
  }

  return { name: 'rfc8628', requestCode, poll };
}
