import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startSandbox, type RunningSandbox } from '../../sandbox/server';
import { createApiClient, type ApiClient } from '../../src/api/client';
import type { ApiConfig } from '../../src/api/config';
import {
  AbortedError,
  ApiError,
  InvalidResponseError,
  isSessionOver,
  isTransient,
  NetworkError,
  TimeoutError,
} from '../../src/api/errors';
import { listUnwatched } from '../../src/api/episodes';
import { destroyToken, getMemberInfos, isTokenActive } from '../../src/api/members';
import { exchangeDeviceCode, requestDeviceCode } from '../../src/api/oauth';
import { OAuthError } from '../../src/api/oauthError';

const TIMEOUT_MS = 1_000;

let running: RunningSandbox;

beforeAll(async () => {
  running = await startSandbox({ port: 0, pollIntervalSeconds: 1, log: () => undefined });
});

afterAll(async () => {
  await running.close();
});

beforeEach(() => {
  running.sandbox.reset();
  running.sandbox.requests.clear();
});

afterEach(() => {
  running.sandbox.faults.clear();
});

function sandboxConfig(overrides: Partial<ApiConfig> = {}): ApiConfig {
  return {
    baseUrl: running.url,
    apiKey: 'sandbox-demo-key',
    clientSecret: 'sandbox-demo-secret',
    tokenUrl: `${running.url}/oauth/access_token`,
    getLocale: () => 'fr',
    timeoutMs: TIMEOUT_MS,
    ...overrides,
  };
}

function sandboxClient(overrides: Partial<ApiConfig> = {}): ApiClient {
  return createApiClient(sandboxConfig(overrides));
}

async function rejectionOf(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected the call to fail');
}

describe('device code sign-in', () => {
  it('pairs after the member approves', async () => {
    const client = sandboxClient();

    const code = await requestDeviceCode(client);

    expect(code.userCode).toMatch(/^\d{3}-\d{3}$/);
    expect(code.verificationUrl).toBe(`${running.url}/device`);
    expect(code.verificationUrlComplete).toBeNull();
    expect(code.intervalSeconds).toBe(1);
    expect(code.expiresInSeconds).toBe(1800);

    const waiting = await rejectionOf(exchangeDeviceCode(client, code.deviceCode));
    expect(waiting).toBeInstanceOf(ApiError);
    expect((waiting as ApiError).code).toBe(2001);

    running.sandbox.approve(code.userCode, 'demo');
    const token = await exchangeDeviceCode(client, code.deviceCode);

    expect(token.length).toBeGreaterThan(0);
    const member = await getMemberInfos(client, token);
    expect(member.login).toBe('demo');
    expect(member.id).toBeGreaterThan(0);
  });

  it('fails after the member refuses', async () => {
    const client = sandboxClient();
    const code = await requestDeviceCode(client);

    running.sandbox.deny(code.userCode);
    const error = await rejectionOf(exchangeDeviceCode(client, code.deviceCode));

    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).code).not.toBe(2001);
  });

  it('fails for an expired code', async () => {
    const client = sandboxClient();
    const code = await requestDeviceCode(client);
    running.sandbox.faults.set({ path: '/oauth/access_token', kind: 'expireCodes', times: 1 });

    const error = await rejectionOf(exchangeDeviceCode(client, code.deviceCode));

    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).code).not.toBe(2001);
  });

  it('fails with a wrong secret', async () => {
    const client = sandboxClient({ clientSecret: 'not-the-secret' });
    const code = await requestDeviceCode(client);
    running.sandbox.approve(code.userCode, 'demo');

    const error = await rejectionOf(exchangeDeviceCode(client, code.deviceCode));

    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).code).toBe(3004);
  });

  it('accepts a form-encoded token', async () => {
    const client = sandboxClient();
    const code = await requestDeviceCode(client);
    running.sandbox.approve(code.userCode, 'demo');
    running.sandbox.faults.set({ path: '/oauth/access_token', kind: 'formEncodedToken', times: 1 });

    const token = await exchangeDeviceCode(client, code.deviceCode);

    await expect(isTokenActive(client, token)).resolves.toBe(true);
  });

  it('reports slow_down as OAuthError', async () => {
    const client = sandboxClient();
    const code = await requestDeviceCode(client);
    running.sandbox.faults.set({ path: '/oauth/access_token', kind: 'slowDown', times: 1 });

    const error = await rejectionOf(exchangeDeviceCode(client, code.deviceCode));

    expect(error).toBeInstanceOf(OAuthError);
    expect((error as OAuthError).errorCode).toBe('slow_down');
  });

  it('rejects a wrong API key with 1001', async () => {
    const error = await rejectionOf(requestDeviceCode(sandboxClient({ apiKey: 'wrong-key' })));

    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).code).toBe(1001);
  });
});

describe('session calls', () => {
  it('revokes a token on destroy', async () => {
    const client = sandboxClient();
    const token = running.sandbox.createToken('demo');

    await expect(isTokenActive(client, token)).resolves.toBe(true);
    await destroyToken(client, token);

    await expect(isTokenActive(client, token)).resolves.toBe(false);
    const error = await rejectionOf(getMemberInfos(client, token));
    expect(isSessionOver(error)).toBe(true);
    await expect(destroyToken(client, token)).resolves.toBeUndefined();
  });

  it('reads member infos', async () => {
    const member = await getMemberInfos(sandboxClient(), running.sandbox.createToken('demo'));

    expect(member.login).toBe('demo');
    expect(member.stats.shows).toBeGreaterThan(0);
    expect(member.stats.episodesToWatch).toBeGreaterThan(0);
    expect(Number.isInteger(member.xp)).toBe(true);
  });

  it('reports a rejected token as session over', async () => {
    const client = sandboxClient();
    const token = running.sandbox.createToken('demo');
    running.sandbox.faults.set({ kind: 'tokenRejected' });

    await expect(isTokenActive(client, token)).resolves.toBe(false);
    const error = await rejectionOf(listUnwatched(client, token));
    expect(isSessionOver(error)).toBe(true);
  });

  it('sends the locale for error texts', async () => {
    const token = 'not-a-token';

    const french = await rejectionOf(getMemberInfos(sandboxClient({ getLocale: () => 'fr' }), token));
    const english = await rejectionOf(getMemberInfos(sandboxClient({ getLocale: () => 'en' }), token));

    expect((french as ApiError).code).toBe((english as ApiError).code);
    expect((french as ApiError).text).not.toBe((english as ApiError).text);
  });
});

describe('transport faults', () => {
  it('treats an HTML 502 as transient', async () => {
    running.sandbox.faults.set({ path: '/episodes/list', kind: 'html5xx', status: 502, times: 1 });

    const error = await rejectionOf(listUnwatched(sandboxClient(), running.sandbox.createToken('demo')));

    expect(error).toBeInstanceOf(InvalidResponseError);
    expect((error as InvalidResponseError).status).toBe(502);
    expect(isTransient(error)).toBe(true);
  });

  it('treats a 429 as transient', async () => {
    running.sandbox.faults.set({ path: '/members/infos', kind: 'status', status: 429, retryAfterSeconds: 3, times: 1 });

    const error = await rejectionOf(getMemberInfos(sandboxClient(), running.sandbox.createToken('demo')));

    expect(error).toBeInstanceOf(InvalidResponseError);
    expect(isTransient(error)).toBe(true);
  });

  it('rejects malformed JSON', async () => {
    running.sandbox.faults.set({ path: '/episodes/list', kind: 'malformedJson', times: 1 });

    const error = await rejectionOf(listUnwatched(sandboxClient(), running.sandbox.createToken('demo')));

    expect(error).toBeInstanceOf(InvalidResponseError);
    expect((error as Error).message).toMatch(/Malformed JSON/);
  });

  it('rejects a reply of the wrong shape', async () => {
    running.sandbox.faults.set({ path: '/episodes/list', kind: 'wrongShape', times: 1 });

    const error = await rejectionOf(listUnwatched(sandboxClient(), running.sandbox.createToken('demo')));

    expect(error).toBeInstanceOf(InvalidResponseError);
    expect((error as Error).message).toContain('"shows"');
    expect(isTransient(error)).toBe(false);
  });

  it('times out a slow reply', async () => {
    running.sandbox.faults.set({ path: '/members/is_active', kind: 'latency', ms: TIMEOUT_MS * 3, times: 1 });

    const started = Date.now();
    const error = await rejectionOf(isTokenActive(sandboxClient(), running.sandbox.createToken('demo')));

    expect(error).toBeInstanceOf(TimeoutError);
    expect(Date.now() - started).toBeLessThan(TIMEOUT_MS * 2);
    expect(running.sandbox.requests.count('/members/is_active')).toBe(1);
  });

  it('reports a dropped connection', async () => {
    running.sandbox.faults.set({ path: '/oauth/device', kind: 'drop', times: 1 });

    const error = await rejectionOf(requestDeviceCode(sandboxClient()));

    expect(error).toBeInstanceOf(NetworkError);
    expect(isTransient(error)).toBe(true);
  });

  it('aborts a poll in flight', async () => {
    const client = sandboxClient();
    const code = await requestDeviceCode(client);
    running.sandbox.faults.set({ path: '/oauth/access_token', kind: 'latency', ms: 500, times: 1 });
    const controller = new AbortController();

    const pending = exchangeDeviceCode(client, code.deviceCode, controller.signal);
    setTimeout(() => controller.abort(), 50);

    await expect(pending).rejects.toBeInstanceOf(AbortedError);
  });

  it('recovers once a fault is used up', async () => {
    const client = sandboxClient();
    const token = running.sandbox.createToken('demo');
    running.sandbox.faults.set({ path: '/members/is_active', kind: 'html5xx', status: 503, times: 1 });

    await expect(isTokenActive(client, token)).rejects.toBeInstanceOf(InvalidResponseError);
    await expect(isTokenActive(client, token)).resolves.toBe(true);
  });
});
