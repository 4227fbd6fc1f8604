import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ApiError, InvalidResponseError, NetworkError, TimeoutError } from '../../../src/api/errors';
import { OAuthError } from '../../../src/api/oauthError';
import { createDeviceFlow, type DeviceFlow } from '../../../src/pairing/deviceFlow';
import { retryCauseOf } from '../../../src/pairing/retryCause';
import { createScriptedProvider, makeDeviceCode, type ScriptedProvider } from './scriptedProvider';

const START = new Date('2025-03-01T20:00:00Z').getTime();

let provider: ScriptedProvider;
let flow: DeviceFlow;

beforeEach(() => {
  vi.useFakeTimers();
  vi.setSystemTime(START);
  provider = createScriptedProvider();
  flow = createDeviceFlow({ provider });
});

afterEach(() => {
  flow.stop();
  vi.useRealTimers();
});

describe('retryCauseOf', () => {
  it.each([
    ['a network error', new NetworkError('socket hang up'), 'network'],
    ['a timeout', new TimeoutError(15_000), 'timeout'],
    ['an HTML 502 page', new InvalidResponseError('HTML', 502), 'server'],
    ['a JSON 503 errors list', new ApiError(0, 'Maintenance', 503), 'server'],
    ['a plain 429', new InvalidResponseError('Too Many Requests', 429, 30), 'rateLimited'],
    ['a JSON 429 OAuth error', new OAuthError('too_many_requests', null, 429), 'rateLimited'],
    ['an unknown value', 'boom', 'network'],
  ] as const)('classifies %s', (_name, error, cause) => {
    expect(retryCauseOf(error)).toBe(cause);
  });
});

describe('retry notice of the engine', () => {
  it('gives the cause and time of the next poll', async () => {
    provider.pollReplies.push({ value: { kind: 'transient', retryAfterSeconds: null, error: new InvalidResponseError('HTML', 502) } });

    flow.start();
    await vi.advanceTimersByTimeAsync(5_000);

    // The first failure waits one interval (5 s) from the failed poll at 5 s.
    expect(flow.getState()).toMatchObject({ status: 'waiting', offline: true, retry: { cause: 'server', nextTryAt: START + 10_000 } });
  });

  it('waits as long as Retry-After asks', async () => {
    provider.pollReplies.push({ value: { kind: 'transient', retryAfterSeconds: 20, error: new InvalidResponseError('Busy', 429, 20) } });

    flow.start();
    await vi.advanceTimersByTimeAsync(5_000);

    expect(flow.getState()).toMatchObject({ retry: { cause: 'rateLimited', nextTryAt: START + 25_000 } });

    await vi.advanceTimersByTimeAsync(19_999);
    expect(provider.polls).toHaveLength(1);

    await vi.advanceTimersByTimeAsync(1);
    expect(provider.polls).toHaveLength(2);
  });

  it('moves the next try after each failure', async () => {
    provider.pollReplies.push(
      { value: { kind: 'transient', retryAfterSeconds: null, error: new TimeoutError(15_000) } },
      { value: { kind: 'transient', retryAfterSeconds: null, error: new NetworkError('offline') } },
    );

    flow.start();
    await vi.advanceTimersByTimeAsync(10_000);

    // Second failure at 10 s: the backoff doubles to 10 s.
    expect(flow.getState()).toMatchObject({ retry: { cause: 'network', nextTryAt: START + 20_000 } });
  });

  it('clears the notice after a reply', async () => {
    provider.pollReplies.push({ value: { kind: 'transient', retryAfterSeconds: null, error: new NetworkError('offline') } });

    flow.start();
    await vi.advanceTimersByTimeAsync(10_000);

    expect(flow.getState()).toMatchObject({ status: 'waiting', offline: false, retry: null });
  });

  it('keeps the notice while a code request retries', async () => {
    provider.codeReplies.push({ error: new TimeoutError(15_000) });

    flow.start();
    await vi.advanceTimersByTimeAsync(0);

    expect(flow.getState()).toMatchObject({ status: 'requesting', offline: true, retry: { cause: 'timeout', nextTryAt: START + 5_000 } });

    await vi.advanceTimersByTimeAsync(5_000);

    expect(flow.getState()).toMatchObject({ status: 'waiting', retry: null });
  });
});

describe('expiry cause', () => {
  it('says the deadline ended an idle code', async () => {
    provider.codeReplies.push({ value: makeDeviceCode(1, { expiresInSeconds: 12 }) });

    flow.start();
    await vi.advanceTimersByTimeAsync(12_000);

    expect(flow.getState()).toMatchObject({ status: 'expired', cause: 'deadline' });
  });

  it('says the server ended the code', async () => {
    provider.pollReplies.push({ value: { kind: 'expired' } });

    flow.start();
    await vi.advanceTimersByTimeAsync(5_000);

    expect(flow.getState()).toMatchObject({ status: 'expired', cause: 'server' });
  });
});
