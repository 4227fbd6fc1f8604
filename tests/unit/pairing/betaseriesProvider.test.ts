import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createApiClient } from '../../../src/api/client';
import { AbortedError, ApiError } from '../../../src/api/errors';
import { createBetaSeriesProvider } from '../../../src/pairing/betaseriesProvider';
import type { DeviceFlowProvider } from '../../../src/pairing/types';
import { startScriptedHttpServer, type ScriptedHttpServer } from './scriptedHttpServer';

let server: ScriptedHttpServer;
let provider: DeviceFlowProvider;

beforeEach(async () => {
  server = await startScriptedHttpServer();
  const client = createApiClient({
    baseUrl: server.url,
    apiKey: 'test-key',
    clientSecret: 'test-secret',
    tokenUrl: `${server.url}/oauth/access_token`,
    getLocale: () => 'fr',
    timeoutMs: 2_000,
  });
  provider = createBetaSeriesProvider(client);
});

afterEach(async () => {
  await server.close();
});

function apiError(code: number): { status: number; body: unknown } {
  return { status: 400, body: { errors: [{ code, text: 'Erreur' }] } };
}

function poll() {
  return provider.poll('device-code-value', new AbortController().signal);
}

describe('betaseriesProvider', () => {
  it('requests a code with verification_url', async () => {
    server.replies.push({
      status: 200,
      body: { device_code: 'device-code-value', user_code: '975-820', verification_url: 'http://127.0.0.1/device', expires_in: 1800, interval: 5, errors: [] },
    });

    const code = await provider.requestCode(new AbortController().signal);

    expect(server.requests[0]?.path).toMatch(/^\/oauth\/device/);
    expect(code).toMatchObject({ userCode: '975-820', verificationUrl: 'http://127.0.0.1/device', expiresInSeconds: 1800 });
  });

  it('polls with the code and the secret', async () => {
    server.replies.push(apiError(2001));

    await poll();

    const form = server.requests[0]?.form;
    expect(server.requests[0]?.path).toMatch(/^\/oauth\/access_token/);
    expect(form?.get('code')).toBe('device-code-value');
    expect(form?.get('client_id')).toBe('test-key');
    expect(form?.get('client_secret')).toBe('test-secret');
  });

  it('maps 2001 to pending', async () => {
    server.replies.push(apiError(2001));

    expect(await poll()).toEqual({ kind: 'pending' });
  });

  it('maps 2002 to denied', async () => {
    server.replies.push(apiError(2002));

    expect(await poll()).toEqual({ kind: 'denied' });
  });

  it('maps any other API error to failed', async () => {
    server.replies.push(apiError(1001));

    const outcome = await poll();

    expect(outcome.kind).toBe('failed');
    expect(outcome.kind === 'failed' ? outcome.error : null).toBeInstanceOf(ApiError);
  });

  it('returns the access token', async () => {
    server.replies.push({ status: 200, body: { access_token: 'member-access-token', token_type: 'bearer', errors: [] } });

    expect(await poll()).toEqual({ kind: 'authorized', accessToken: 'member-access-token' });
  });

  it('maps an HTML 502 to transient', async () => {
    server.replies.push({ status: 502, body: '<html>Bad gateway</html>' });

    expect(await poll()).toMatchObject({ kind: 'transient', retryAfterSeconds: null });
  });

  it('maps an RFC 8628 slow_down', async () => {
    server.replies.push({ status: 400, body: { error: 'slow_down' } });

    expect(await poll()).toEqual({ kind: 'slowDown' });
  });

  it('rejects with AbortedError when aborted', async () => {
    server.replies.push({ ...apiError(2001), delayMs: 1_000 });
    const controller = new AbortController();

    const pending = provider.poll('device-code-value', controller.signal);
    setTimeout(() => controller.abort(), 50);

    await expect(pending).rejects.toBeInstanceOf(AbortedError);
  });
});
