import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AbortedError, InvalidResponseError, isTransient, NetworkError, TimeoutError } from '../../../src/api/errors';
import { OAuthError } from '../../../src/api/oauthError';
import { HttpStatusError } from '../../../src/pairing/httpStatusError';
import { createRfc8628Provider, type Rfc8628Options } from '../../../src/pairing/rfc8628Provider';
import type { PollOutcome } from '../../../src/pairing/types';
import { startScriptedHttpServer, type ScriptedHttpServer } from './scriptedHttpServer';

const CODE_REPLY = {
  device_code: 'device-code-value',
  user_code: '123-456',
  verification_uri: 'http://127.0.0.1/device',
  verification_uri_complete: 'http://127.0.0.1/device?user_code=123-456',
  expires_in: 600,
  interval: 3,
};

let server: ScriptedHttpServer;

beforeEach(async () => {
  server = await startScriptedHttpServer();
});

afterEach(async () => {
  await server.close();
});

function createProvider(overrides: Partial<Rfc8628Options> = {}) {
  return createRfc8628Provider({
    deviceAuthorizationUrl: `${server.url}/device/auth`,
    tokenUrl: `${server.url}/token`,
    clientId: 'tv app',
    ...overrides,
  });
}

function poll(overrides: Partial<Rfc8628Options> = {}): Promise<PollOutcome> {
  return createProvider(overrides).poll('device-code-value', new AbortController().signal);
}

describe('rfc8628Provider requestCode', () => {
  it('posts client_id and scope as a form', async () => {
    server.replies.push({ status: 200, body: CODE_REPLY });

    await createProvider({ scope: 'openid offline_access' }).requestCode(new AbortController().signal);

    const request = server.requests[0];
    expect(request?.method).toBe('POST');
    expect(request?.path).toBe('/device/auth');
    expect(request?.headers['content-type']).toContain('application/x-www-form-urlencoded');
    expect(request?.form.get('client_id')).toBe('tv app');
    expect(request?.form.get('scope')).toBe('openid offline_access');
    expect(request?.headers.authorization).toBeUndefined();
  });

  it('reads every field of the reply', async () => {
    server.replies.push({ status: 200, body: CODE_REPLY });

    const code = await createProvider().requestCode(new AbortController().signal);

    expect(code).toEqual({
      deviceCode: 'device-code-value',
      userCode: '123-456',
      verificationUrl: 'http://127.0.0.1/device',
      verificationUrlComplete: 'http://127.0.0.1/device?user_code=123-456',
      expiresInSeconds: 600,
      intervalSeconds: 3,
    });
  });

  it('defaults the interval to 5 s', async () => {
    const { interval: _interval, verification_uri_complete: _complete, ...reply } = CODE_REPLY;
    server.replies.push({ status: 200, body: reply });

    const code = await createProvider().requestCode(new AbortController().signal);

    expect(code.intervalSeconds).toBe(5);
    expect(code.verificationUrlComplete).toBeNull();
  });

  it('rejects a reply without verification_uri', async () => {
    const { verification_uri: _uri, ...reply } = CODE_REPLY;
    server.replies.push({ status: 200, body: reply });

    const error = await createProvider().requestCode(new AbortController().signal).catch((caught: unknown) => caught);

    expect(error).toBeInstanceOf(InvalidResponseError);
    expect(isTransient(error)).toBe(false);
  });

  it('rejects a reply without expires_in', async () => {
    const { expires_in: _expiresIn, ...reply } = CODE_REPLY;
    server.replies.push({ status: 200, body: reply });

    const error = await createProvider().requestCode(new AbortController().signal).catch((caught: unknown) => caught);

    expect(error).toBeInstanceOf(InvalidResponseError);
  });

  it('keeps Retry-After of a 429', async () => {
    server.replies.push({ status: 429, headers: { 'Retry-After': '30' }, body: 'Too many requests' });

    const error = await createProvider().requestCode(new AbortController().signal).catch((caught: unknown) => caught);

    expect(error).toBeInstanceOf(HttpStatusError);
    expect((error as HttpStatusError).retryAfterSeconds).toBe(30);
    expect(isTransient(error)).toBe(true);
  });

  it('rejects an OAuth error as final', async () => {
    server.replies.push({ status: 401, body: { error: 'invalid_client', error_description: 'client authentication failed' } });

    const error = await createProvider().requestCode(new AbortController().signal).catch((caught: unknown) => caught);

    expect(error).toBeInstanceOf(OAuthError);
    expect((error as OAuthError).errorCode).toBe('invalid_client');
    expect(isTransient(error)).toBe(false);
  });
});

describe('rfc8628Provider poll', () => {
  it('posts the device_code grant', async () => {
    server.replies.push({ status: 400, body: { error: 'authorization_pending' } });

    await poll();

    const form = server.requests[0]?.form;
    expect(server.requests[0]?.path).toBe('/token');
    expect(form?.get('grant_type')).toBe('urn:ietf:params:oauth:grant-type:device_code');
    expect(form?.get('device_code')).toBe('device-code-value');
    expect(form?.get('client_id')).toBe('tv app');
    expect(form?.has('client_secret')).toBe(false);
  });

  it.each([
    ['authorization_pending', 'pending'],
    ['slow_down', 'slowDown'],
    ['expired_token', 'expired'],
    ['access_denied', 'denied'],
    ['invalid_grant', 'failed'],
    ['invalid_client', 'failed'],
  ])('maps %s to %s', async (errorCode, kind) => {
    server.replies.push({ status: 400, body: { error: errorCode } });

    const outcome = await poll();

    expect(outcome.kind).toBe(kind);
  });

  it('returns the access token', async () => {
    server.replies.push({ status: 200, body: { access_token: 'member-access-token', token_type: 'Bearer', expires_in: 3600 } });

    expect(await poll()).toEqual({ kind: 'authorized', accessToken: 'member-access-token' });
  });

  it('fails on a success without a token', async () => {
    server.replies.push({ status: 200, body: { token_type: 'Bearer' } });

    const outcome = await poll();

    expect(outcome.kind).toBe('failed');
  });

  it('maps an error code sent with HTTP 200', async () => {
    server.replies.push({ status: 200, body: { error: 'slow_down' } });

    expect(await poll()).toEqual({ kind: 'slowDown' });
  });

  it('keeps Retry-After seconds of a 429', async () => {
    server.replies.push({ status: 429, headers: { 'Retry-After': '7' }, body: { error: 'slow_down' } });

    const outcome = await poll();

    expect(outcome).toMatchObject({ kind: 'transient', retryAfterSeconds: 7 });
  });

  it('keeps a Retry-After date of a 503', async () => {
    const inTwoMinutes = new Date(Date.now() + 120_000).toUTCString();
    server.replies.push({ status: 503, headers: { 'Retry-After': inTwoMinutes }, body: '<html>Service unavailable</html>' });

    const outcome = await poll();

    expect(outcome.kind).toBe('transient');
    const seconds = outcome.kind === 'transient' ? outcome.retryAfterSeconds : null;
    expect(seconds).toBeGreaterThanOrEqual(118);
    expect(seconds).toBeLessThanOrEqual(120);
  });

  it('treats an HTML 502 as transient', async () => {
    server.replies.push({ status: 502, body: '<html>Bad gateway</html>' });

    expect(await poll()).toMatchObject({ kind: 'transient', retryAfterSeconds: null });
  });

  it('treats a refused connection as transient', async () => {
    const closedUrl = server.url;
    await server.close();

    const outcome = await createRfc8628Provider({
      deviceAuthorizationUrl: `${closedUrl}/device/auth`,
      tokenUrl: `${closedUrl}/token`,
      clientId: 'tv app',
    }).poll('device-code-value', new AbortController().signal);

    expect(outcome.kind).toBe('transient');
    expect(outcome.kind === 'transient' ? outcome.error : null).toBeInstanceOf(NetworkError);

    server = await startScriptedHttpServer();
  });

  it('treats a timeout as transient', async () => {
    server.replies.push({ status: 400, delayMs: 1_000, body: { error: 'authorization_pending' } });

    const outcome = await poll({ timeoutMs: 100 });

    expect(outcome.kind).toBe('transient');
    expect(outcome.kind === 'transient' ? outcome.error : null).toBeInstanceOf(TimeoutError);
  });

  it('rejects with AbortedError when aborted', async () => {
    server.replies.push({ status: 400, delayMs: 1_000, body: { error: 'authorization_pending' } });
    const controller = new AbortController();

    const pending = createProvider().poll('device-code-value', controller.signal);
    setTimeout(() => controller.abort(), 50);

    await expect(pending).rejects.toBeInstanceOf(AbortedError);
  });
});

describe('rfc8628Provider client authentication', () => {
  it('sends the secret with HTTP Basic by default', async () => {
    server.replies.push({ status: 400, body: { error: 'authorization_pending' } });

    await poll({ clientSecret: 'secret with spaces&more' });

    const header = server.requests[0]?.headers.authorization ?? '';
    const decoded = Buffer.from(header.replace(/^Basic /, ''), 'base64').toString('utf8');
    expect(header.startsWith('Basic ')).toBe(true);
    expect(decoded).toBe('tv+app:secret+with+spaces%26more');
    expect(server.requests[0]?.form.has('client_secret')).toBe(false);
  });

  it('sends the secret in the form with client_secret_post', async () => {
    server.replies.push({ status: 400, body: { error: 'authorization_pending' } });

    await poll({ clientSecret: 'the-secret', tokenEndpointAuthMethod: 'client_secret_post' });

    expect(server.requests[0]?.form.get('client_secret')).toBe('the-secret');
    expect(server.requests[0]?.headers.authorization).toBeUndefined();
  });
});
