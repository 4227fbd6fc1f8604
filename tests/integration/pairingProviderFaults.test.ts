import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createApiClient } from '../../src/api/client';
import { ApiError, InvalidResponseError } from '../../src/api/errors';
import { OAuthError } from '../../src/api/oauthError';
import { createBetaSeriesProvider } from '../../src/pairing/betaseriesProvider';
import type { DeviceFlowProvider, PollOutcome } from '../../src/pairing/types';
import { DEMO_API_KEY, DEMO_CLIENT_SECRET, startSandbox, type Fault, type RunningSandbox } from '../../sandbox/server';
import { startScriptedHttpServer, type ScriptedHttpServer } from '../unit/pairing/scriptedHttpServer';

const TOKEN_PATH = '/oauth/access_token';

let running: RunningSandbox;
let scripted: ScriptedHttpServer;

beforeAll(async () => {
  running = await startSandbox({ port: 0, log: () => undefined });
  scripted = await startScriptedHttpServer();
});

afterEach(() => {
  running.sandbox.faults.clear();
  scripted.replies.length = 0;
});

afterAll(async () => {
  await running.close();
  await scripted.close();
});

function providerFor(baseUrl: string, clientSecret = DEMO_CLIENT_SECRET): DeviceFlowProvider {
  const client = createApiClient({
    baseUrl,
    apiKey: DEMO_API_KEY,
    clientSecret,
    tokenUrl: `${baseUrl}${TOKEN_PATH}`,
    getLocale: () => 'en',
    timeoutMs: 2_000,
  });

  return createBetaSeriesProvider(client);
}

/** Requests a real code from the sandbox, then sets `fault` rules and polls once. */
async function pollSandboxWith(faults: Fault[], clientSecret?: string): Promise<PollOutcome> {
  const provider = providerFor(running.url, clientSecret);
  const code = await provider.requestCode(new AbortController().signal);

  for (const fault of faults) {
    running.sandbox.faults.set({ path: TOKEN_PATH, ...fault });
  }

  return provider.poll(code.deviceCode, new AbortController().signal);
}

function pollScripted(): Promise<PollOutcome> {
  return providerFor(scripted.url).poll('device-code-value', new AbortController().signal);
}

function errorOf(outcome: PollOutcome): unknown {
  return outcome.kind === 'transient' || outcome.kind === 'failed' ? outcome.error : null;
}

describe('BetaSeries provider under sandbox faults', () => {
  it('maps an expired code (3004) to expired', async () => {
    const outcome = await pollSandboxWith([{ kind: 'expireCodes', times: 1 }]);

    expect(outcome).toEqual({ kind: 'expired' });
  });

  it('ends the code on a 3004 about client_secret', async () => {
    const outcome = await pollSandboxWith([], 'wrong-secret');

    expect(outcome.kind).toBe('failed');
    expect(errorOf(outcome)).toBeInstanceOf(ApiError);
    expect((errorOf(outcome) as ApiError).code).toBe(3004);
  });

  it('keeps Retry-After of a plain-text 429', async () => {
    const outcome = await pollSandboxWith([{ kind: 'status', status: 429, retryAfterSeconds: 7, times: 1 }]);

    expect(outcome.kind).toBe('transient');
    expect(outcome).toMatchObject({ retryAfterSeconds: 7 });
  });

  it('keeps Retry-After of an HTML 503 page', async () => {
    const outcome = await pollSandboxWith([{ kind: 'html5xx', status: 503, retryAfterSeconds: 20, times: 1 }]);

    expect(outcome.kind).toBe('transient');
    expect(outcome).toMatchObject({ retryAfterSeconds: 20 });
    expect(errorOf(outcome)).toBeInstanceOf(InvalidResponseError);
  });
});

describe('BetaSeries provider on JSON error replies', () => {
  it('maps a JSON 503 with an errors list to transient', async () => {
    scripted.replies.push({ status: 503, body: { errors: [{ code: 0, text: 'Maintenance' }] } });

    const outcome = await pollScripted();

    expect(outcome.kind).toBe('transient');
    expect(errorOf(outcome)).toBeInstanceOf(ApiError);
    expect((errorOf(outcome) as ApiError).status).toBe(503);
  });

  it('maps a JSON 503 OAuth error to transient', async () => {
    scripted.replies.push({ status: 503, body: { error: 'temporarily_unavailable' } });

    const outcome = await pollScripted();

    expect(outcome.kind).toBe('transient');
    expect(errorOf(outcome)).toBeInstanceOf(OAuthError);
  });

  it('maps a JSON 429 with Retry-After to transient', async () => {
    scripted.replies.push({ status: 429, headers: { 'Retry-After': '30' }, body: { error: 'too_many_requests' } });

    const outcome = await pollScripted();

    expect(outcome.kind).toBe('transient');
    expect(errorOf(outcome)).toBeInstanceOf(OAuthError);
    expect((errorOf(outcome) as OAuthError).status).toBe(429);
  });

  it('keeps Retry-After of a JSON 429 OAuth error', async () => {
    scripted.replies.push({ status: 429, headers: { 'Retry-After': '30' }, body: { error: 'too_many_requests' } });

    const outcome = await pollScripted();

    expect(outcome).toMatchObject({ kind: 'transient', retryAfterSeconds: 30 });
  });

  it('keeps Retry-After of a JSON 503 with an errors list', async () => {
    scripted.replies.push({ status: 503, headers: { 'Retry-After': '45' }, body: { errors: [{ code: 0, text: 'Maintenance' }] } });

    const outcome = await pollScripted();

    expect(outcome).toMatchObject({ kind: 'transient', retryAfterSeconds: 45 });
    expect((errorOf(outcome) as ApiError).retryAfterSeconds).toBe(45);
  });
});

describe('OAuthError', () => {
  it('keeps the Retry-After delay it is given', () => {
    const error = new OAuthError('too_many_requests', null, 429, 30);

    expect(error.retryAfterSeconds).toBe(30);
    expect(error.status).toBe(429);
  });

  it('has no delay by default', () => {
    expect(new OAuthError('slow_down', null, 400).retryAfterSeconds).toBeNull();
  });
});
