import { performance } from 'node:perf_hooks';
import { describe, expect, it, type TestContext } from 'vitest';
import { createDeviceFlow, type DeviceFlow } from '../../src/pairing/deviceFlow';
import { createRfc8628Provider } from '../../src/pairing/rfc8628Provider';
import type { PairingState } from '../../src/pairing/types';
import { approveUserCode, denyUserCode } from './oidc/deviceBrowser';
import { startOidcServer, TV_CLIENT_ID, type OidcTestServer, type OidcTestSettings } from './oidc/startOidcServer';

/**
 * RFC 8628 conformance of the device-flow engine and its standard adapter, against oidc-provider
 * 9 on 127.0.0.1 with real timers. The front middleware serves `interval: 1` so a schedule takes
 * seconds, not minutes, and times are measured on the server from the moment it sent the code.
 * Approvals and denials go through oidc-provider's own device pages over HTTP.
 */

/** How far a measured request time may sit from the schedule the engine's rules imply. */
const TOLERANCE_SECONDS = 0.3;

const ACCOUNT_ID = 'member-42';

interface Fixture {
  server: OidcTestServer;
  flow: DeviceFlow;
  /** Every state the flow went through, in order. */
  states: PairingState[];
}

/** Starts a server and a flow for one test, and stops both when that test ends. */
async function setUp(context: TestContext, settings: Partial<OidcTestSettings> = {}): Promise<Fixture> {
  const server = await startOidcServer(settings);
  const flow = createDeviceFlow({
    provider: createRfc8628Provider({
      deviceAuthorizationUrl: server.deviceAuthorizationUrl,
      tokenUrl: server.tokenUrl,
      clientId: TV_CLIENT_ID,
      scope: 'openid',
      timeoutMs: 5_000,
    }),
  });

  const states: PairingState[] = [];
  flow.subscribe((state) => states.push(state));

  // The context's hook, because the global one cannot tell which concurrent test is running.
  context.onTestFinished(async () => {
    flow.stop();
    await server.close();
  });

  return { server, flow, states };
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** Resolves once `condition` holds, checking every 10 ms, and rejects with `what` after `timeoutMs`. */
async function waitUntil(condition: () => boolean, what: string, timeoutMs = 10_000): Promise<void> {
  const deadline = performance.now() + timeoutMs;

  while (!condition()) {
    if (performance.now() > deadline) {
      throw new Error(`Timed out after ${timeoutMs} ms waiting for ${what}`);
    }

    await sleep(10);
  }
}

function waitForStatus(flow: DeviceFlow, status: PairingState['status'], timeoutMs?: number): Promise<void> {
  return waitUntil(() => flow.getState().status === status, `state "${status}" (now "${flow.getState().status}")`, timeoutMs);
}

/** Seconds from the first code's reply to each token request, as the server saw them. */
function pollOffsets(server: OidcTestServer): number[] {
  const issuedAt = server.issuedCodes[0]?.atMs ?? Number.NaN;
  return server.tokenRequests.map((request) => (request.atMs - issuedAt) / 1000);
}

function expectSchedule(actual: number[], expected: number[]): void {
  expect(actual).toHaveLength(expected.length);

  expected.forEach((seconds, index) => {
    expect(actual[index], `request ${index + 1} at ${actual[index]} s, expected ${seconds} s`).toBeGreaterThan(seconds - TOLERANCE_SECONDS);
    expect(actual[index], `request ${index + 1} at ${actual[index]} s, expected ${seconds} s`).toBeLessThan(seconds + TOLERANCE_SECONDS);
  });
}

function postToken(server: OidcTestServer, deviceCode: string): Promise<Response> {
  return fetch(server.tokenUrl, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({
      grant_type: 'urn:ietf:params:oauth:grant-type:device_code',
      device_code: deviceCode,
      client_id: TV_CLIENT_ID,
    }).toString(),
  });
}

function fetchUserinfo(server: OidcTestServer, accessToken: string): Promise<Response> {
  return fetch(server.userinfoUrl, { headers: { Authorization: `Bearer ${accessToken}` } });
}

function accessTokenOf(flow: DeviceFlow): string {
  const state = flow.getState();
  if (state.status !== 'authorized') {
    throw new Error(`Expected an authorized flow, got "${state.status}"`);
  }

  return state.accessToken;
}

describe.concurrent('RFC 8628 device flow against oidc-provider', () => {
  it('reads the device authorization reply', async (context) => {
    const { server, flow } = await setUp(context);

    flow.start();
    await waitForStatus(flow, 'waiting');

    const state = flow.getState();
    const code = state.status === 'waiting' ? state.code : null;
    expect(code?.deviceCode).toBe(server.issuedCodes[0]?.deviceCode);
    expect(code?.userCode).toMatch(/^\d{3}-\d{3}$/);
    expect(code?.verificationUrl).toBe(`${server.issuer}/device`);
    expect(code?.verificationUrlComplete).toBe(`${server.issuer}/device?user_code=${code?.userCode}`);
    expect(code?.expiresInSeconds).toBe(60);
    expect(code?.intervalSeconds).toBe(1);
  });

  it('polls every 5 s when the reply has no interval', async (context) => {
    const { server, flow } = await setUp(context, { intervalSeconds: null });

    flow.start();
    await waitForStatus(flow, 'waiting');
    await sleep(5_500);

    expectSchedule(pollOffsets(server), [5]);
  });

  it('follows pending and slow_down to a token', async (context) => {
    const { server, flow } = await setUp(context);
    server.tokenFaults.push({ kind: 'pass' }, { kind: 'slowDown' }, { kind: 'slowDown' });

    flow.start();
    await waitUntil(() => server.tokenRequests.length === 1, 'the first poll');
    await approveUserCode(server.issuer, server.issuedCodes[0]?.userCode ?? '', ACCOUNT_ID);
    await waitForStatus(flow, 'authorized', 25_000);

    // With interval I = 1 s: pending at I, slow_down at 2I (interval becomes I + 5), slow_down
    // at 3I + 5 (interval becomes I + 10), success at 4I + 15.
    expectSchedule(pollOffsets(server), [1, 2, 8, 19]);
    expect(server.tokenRequests.map((request) => request.error)).toEqual(['authorization_pending', 'slow_down', 'slow_down', null]);

    const userinfo = await fetchUserinfo(server, accessTokenOf(flow));
    expect(userinfo.status).toBe(200);
    expect(await userinfo.json()).toEqual({ sub: ACCOUNT_ID });

    // Nothing is sent after success, so two more intervals pass in silence.
    await sleep(2_500);
    expect(server.tokenRequests).toHaveLength(4);
    expect(server.issuedCodes).toHaveLength(1);
  });

  it('redeems a code once', async (context) => {
    const { server, flow } = await setUp(context);

    flow.start();
    await waitUntil(() => server.issuedCodes.length === 1, 'a device code');
    const issued = server.issuedCodes[0];
    await approveUserCode(server.issuer, issued?.userCode ?? '', ACCOUNT_ID);
    await waitForStatus(flow, 'authorized');
    await sleep(2_500);

    expect(server.tokenRequests).toHaveLength(1);
    expect(server.tokenRequests[0]?.status).toBe(200);

    const accessToken = accessTokenOf(flow);
    expect((await fetchUserinfo(server, accessToken)).status).toBe(200);

    // The engine never presents a used code again. A client that did would lose the grant,
    // because oidc-provider rejects the reuse and revokes the token the first redemption issued.
    const reuse = await postToken(server, issued?.deviceCode ?? '');
    expect(reuse.status).toBe(400);
    expect(await reuse.json()).toMatchObject({ error: 'invalid_grant' });
    expect((await fetchUserinfo(server, accessToken)).status).toBe(401);
  });

  it('reports a denial', async (context) => {
    const { server, flow } = await setUp(context);

    flow.start();
    await waitUntil(() => server.issuedCodes.length === 1, 'a device code');
    await denyUserCode(server.issuer, server.issuedCodes[0]?.userCode ?? '');
    await waitForStatus(flow, 'failed');

    expect(flow.getState()).toMatchObject({ status: 'failed', reason: 'denied' });

    await sleep(2_500);
    expect(server.tokenRequests).toHaveLength(1);
    expect(server.tokenRequests[0]?.error).toBe('access_denied');
  });

  it('expires at expires_in without a poll past it', async (context) => {
    // oidc-provider counts a code's life in whole seconds from a rounded-down issue time, so it
    // may drop a 3 s code up to a second early. Its real lifetime is 5 s here and the reply
    // promises 3 s, so this test pins the engine's own clock.
    const { server, flow } = await setUp(context, { deviceCodeTtlSeconds: 5, advertisedExpiresInSeconds: 3 });

    flow.start();
    await waitForStatus(flow, 'expired');

    // Polls at 1 and 2 s. The wait after the second is cut to the 3 s deadline.
    expectSchedule(pollOffsets(server), [1, 2]);

    const expiredAt = performance.now();
    expect((expiredAt - (server.issuedCodes[0]?.atMs ?? 0)) / 1000).toBeGreaterThan(3 - TOLERANCE_SECONDS);

    // No one pressed a key, so no new code is requested and nothing more is sent.
    await sleep(2_500);
    expect(server.tokenRequests).toHaveLength(2);
    expect(server.issuedCodes).toHaveLength(1);

    // The server agrees that the code is dead.
    const late = await postToken(server, server.issuedCodes[0]?.deviceCode ?? '');
    expect(await late.json()).toMatchObject({ error: 'expired_token' });
  });

  it('expires on expired_token and renews after a key press', async (context) => {
    // The reply promises 30 s, but the server drops the code after 2 s.
    const { server, flow, states } = await setUp(context, { deviceCodeTtlSeconds: 2, advertisedExpiresInSeconds: 30 });

    flow.start();
    await waitForStatus(flow, 'waiting');
    flow.noteActivity();
    await waitUntil(() => server.issuedCodes.length === 2, 'a second device code');

    expect(server.tokenRequests.map((request) => request.error)).toEqual(['authorization_pending', 'expired_token']);
    expect(server.tokenRequests.at(-1)?.deviceCode).toBe(server.issuedCodes[0]?.deviceCode);
    expect(states.map((state) => state.status)).not.toContain('expired');
  });

  it('backs off on 5xx and 429', async (context) => {
    const { server, flow, states } = await setUp(context);
    server.tokenFaults.push(
      { kind: 'status', status: 500 },
      { kind: 'status', status: 503 },
      { kind: 'status', status: 429, retryAfter: '5' },
    );

    flow.start();
    await waitUntil(() => server.tokenRequests.length === 5, 'five polls', 15_000);

    // Waits from I = 1 s: 1 s after the 500, 2 s after the 503, then the 429's 5 s Retry-After
    // beats the 4 s backoff. The pending reply at 9 s restores the 1 s interval.
    expectSchedule(pollOffsets(server), [1, 2, 4, 9, 10]);

    // Each failure sets a new state, because it moves the next try the screen counts down to.
    const waiting = states.filter((state) => state.status === 'waiting');
    expect(waiting.map((state) => state.offline)).toEqual([false, true, true, true, false]);
    expect(waiting.map((state) => state.retry?.cause ?? null)).toEqual([null, 'server', 'server', 'rateLimited', null]);
    expect(flow.getState()).toMatchObject({ status: 'waiting', offline: false });
  });

  it('never overlaps a slow token request', async (context) => {
    const { server, flow } = await setUp(context);
    server.tokenFaults.push({ kind: 'latency', ms: 2_500 });

    flow.start();
    await waitUntil(() => server.tokenRequests.length === 3, 'three polls');

    // The first reply takes 2.5 s, and the next poll waits the interval after it.
    expectSchedule(pollOffsets(server), [1, 4.5, 5.5]);
    expect(server.maxConcurrentTokenRequests).toBe(1);
  });

  it('sends nothing after stop() during a poll', async (context) => {
    const { server, flow } = await setUp(context);
    server.tokenFaults.push({ kind: 'latency', ms: 2_000 });

    flow.start();
    await waitUntil(() => server.issuedCodes.length === 1, 'a device code');
    await sleep(1_500);
    flow.stop();
    const stoppedAt = performance.now();

    await sleep(3_000);

    // The slow poll arrived before stop() and is recorded once its delay ends.
    expect(server.tokenRequests).toHaveLength(1);
    expect(server.tokenRequests.filter((request) => request.atMs > stoppedAt)).toEqual([]);
    expect(server.issuedCodes).toHaveLength(1);
    expect(flow.getState().status).toBe('waiting');
  });

  it('sends nothing after stop() during a wait', async (context) => {
    const { server, flow } = await setUp(context);

    flow.start();
    await waitUntil(() => server.tokenRequests.length === 1, 'the first poll');
    await sleep(300);
    flow.stop();
    const stoppedAt = performance.now();

    await sleep(3_000);

    expect(server.tokenRequests.filter((request) => request.atMs > stoppedAt)).toEqual([]);
    expect(server.tokenRequests).toHaveLength(1);
  });
});
