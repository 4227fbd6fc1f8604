import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ApiError, NetworkError } from '../../../src/api/errors';
import { addLogSink, type LogEntry } from '../../../src/logger';
import { createDeviceFlow, type DeviceFlow } from '../../../src/pairing/deviceFlow';
import type { PairingState } from '../../../src/pairing/types';
import { createScriptedProvider, makeDeviceCode, type ScriptedProvider } from './scriptedProvider';

const START = new Date('2025-03-01T20:00:00Z').getTime();
const HOUR_MS = 3_600_000;

let provider: ScriptedProvider;
let flow: DeviceFlow;

/** Seconds since the flow started, the time each recorded call was made. */
function secondsOf(calls: { at: number }[]): number[] {
  return calls.map((call) => (call.at - START) / 1000);
}

async function advanceSeconds(seconds: number): Promise<void> {
  await vi.advanceTimersByTimeAsync(seconds * 1000);
}

function status(): PairingState['status'] {
  return flow.getState().status;
}

function isOffline(): boolean {
  const state = flow.getState();
  return (state.status === 'waiting' || state.status === 'requesting') && state.offline;
}

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

describe('polling schedule', () => {
  it('polls 359 times over a 1800 s code', async () => {
    flow.start();
    await advanceSeconds(1800);

    // Polls at 5, 10, ... 1795 s. The timer after the last one is cut to 1800 s, the deadline,
    // where the code is judged expired instead of polled.
    expect(provider.polls).toHaveLength(359);
    expect(secondsOf(provider.polls).at(-1)).toBe(1795);
    expect(status()).toBe('expired');
  });

  it('sends no poll before the interval', async () => {
    flow.start();
    await vi.advanceTimersByTimeAsync(4_999);

    expect(status()).toBe('waiting');
    expect(provider.polls).toHaveLength(0);

    await vi.advanceTimersByTimeAsync(1);

    expect(provider.polls).toHaveLength(1);
  });

  it('waits the interval after each reply', async () => {
    provider.codeReplies.push({ value: makeDeviceCode(1, { intervalSeconds: 7 }) });

    flow.start();
    await advanceSeconds(30);

    expect(secondsOf(provider.polls)).toEqual([7, 14, 21, 28]);
  });

  it('uses 5 s for a code without a usable interval', async () => {
    provider.codeReplies.push({ value: makeDeviceCode(1, { intervalSeconds: 0 }) });

    flow.start();
    await advanceSeconds(12);

    expect(secondsOf(provider.polls)).toEqual([5, 10]);
  });

  it('adds 5 s per slow_down for the rest of the code', async () => {
    provider.pollReplies.push(
      { value: { kind: 'slowDown' } },
      { value: { kind: 'slowDown' } },
      { value: { kind: 'pending' } },
    );

    flow.start();
    await advanceSeconds(50);

    // 5 s, then 10 s after the first slow_down, then 15 s after the second, and 15 s again.
    expect(secondsOf(provider.polls)).toEqual([5, 15, 30, 45]);
  });

  it('cuts the last wait to the deadline', async () => {
    provider.codeReplies.push({ value: makeDeviceCode(1, { expiresInSeconds: 12 }) });

    flow.start();
    await vi.advanceTimersByTimeAsync(11_999);

    expect(status()).toBe('waiting');

    await vi.advanceTimersByTimeAsync(1);

    expect(status()).toBe('expired');
    expect(secondsOf(provider.polls)).toEqual([5, 10]);

    await advanceSeconds(60);

    expect(provider.polls).toHaveLength(2);
  });

  it('never sends two requests to a slow server', async () => {
    for (let i = 0; i < 5; i += 1) {
      provider.pollReplies.push({ afterMs: 12_000, value: { kind: 'pending' } });
    }

    flow.start();
    await advanceSeconds(60);

    // Each poll takes 12 s and the next one waits 5 s after its reply.
    expect(secondsOf(provider.polls)).toEqual([5, 22, 39, 56]);
    expect(provider.maxInFlight).toBe(1);
  });

  it('starts once when start() is called twice', async () => {
    flow.start();
    flow.start();
    await advanceSeconds(1);

    expect(provider.codeRequests).toHaveLength(1);
  });
});

describe('outcomes', () => {
  it('stops polling once authorized', async () => {
    provider.pollReplies.push({ value: { kind: 'pending' } }, { value: { kind: 'authorized', accessToken: 'member-token' } });

    flow.start();
    await advanceSeconds(10);

    expect(flow.getState()).toEqual({ status: 'authorized', accessToken: 'member-token' });

    await advanceSeconds(HOUR_MS / 1000);

    expect(provider.polls).toHaveLength(2);
    expect(provider.codeRequests).toHaveLength(1);
  });

  it('fails with denied on denial', async () => {
    provider.pollReplies.push({ value: { kind: 'denied' } });

    flow.start();
    await advanceSeconds(5);

    expect(flow.getState()).toEqual({ status: 'failed', reason: 'denied', error: null });

    await advanceSeconds(600);

    expect(provider.polls).toHaveLength(1);
  });

  it('fails with the error of a final reply', async () => {
    const error = new ApiError(2005, 'Unexpected', 400);
    provider.pollReplies.push({ value: { kind: 'failed', error } });

    flow.start();
    await advanceSeconds(5);

    expect(flow.getState()).toEqual({ status: 'failed', reason: 'error', error });

    await advanceSeconds(600);

    expect(provider.polls).toHaveLength(1);
  });

  it('fails when a provider throws a final error', async () => {
    const error = new ApiError(1001, 'Invalid key', 400);
    provider.pollReplies.push({ error });

    flow.start();
    await advanceSeconds(5);

    expect(flow.getState()).toEqual({ status: 'failed', reason: 'error', error });
  });

  it('fails when the code request gets a final error', async () => {
    const error = new ApiError(1001, 'Invalid key', 400);
    provider.codeReplies.push({ error });

    flow.start();
    await advanceSeconds(60);

    expect(flow.getState()).toEqual({ status: 'failed', reason: 'error', error });
    expect(provider.codeRequests).toHaveLength(1);
  });

  it('treats a server expiry like the deadline', async () => {
    provider.pollReplies.push({ value: { kind: 'expired' } });

    flow.start();
    await advanceSeconds(5);

    expect(status()).toBe('expired');

    await advanceSeconds(600);

    expect(provider.polls).toHaveLength(1);
    expect(provider.codeRequests).toHaveLength(1);
  });
});

describe('a code that arrived before the screen', () => {
  function flowWithReadyCode(receivedAt: number): DeviceFlow {
    const ready = { code: makeDeviceCode(7), receivedAt };
    let handedOver = false;

    return createDeviceFlow({
      provider: {
        ...provider,
        requestCode: (signal) => provider.requestCode(signal),
        poll: (deviceCode, signal) => provider.poll(deviceCode, signal),
        takeReadyCode() {
          if (handedOver) {
            return null;
          }

          handedOver = true;
          return ready;
        },
      },
    });
  }

  it('shows the handed-over code before it starts, dated from its arrival', () => {
    flow = flowWithReadyCode(START - 2_000);

    expect(flow.getState()).toMatchObject({
      status: 'waiting',
      code: { userCode: makeDeviceCode(7).userCode },
      expiresAt: START - 2_000 + makeDeviceCode(7).expiresInSeconds * 1000,
    });
  });

  it('polls the handed-over code without requesting another', async () => {
    flow = flowWithReadyCode(START);

    flow.start();
    await advanceSeconds(11);

    expect(provider.codeRequests).toHaveLength(0);
    expect(secondsOf(provider.polls)).toEqual([5, 10]);
    expect(provider.polls[0]?.deviceCode).toBe(makeDeviceCode(7).deviceCode);
  });

  it('requests a new code when started again after a stop', async () => {
    flow = flowWithReadyCode(START);
    flow.start();
    flow.stop();

    flow.start();
    await advanceSeconds(1);

    expect(provider.codeRequests).toHaveLength(1);
    expect(flow.getState()).toMatchObject({ status: 'waiting', code: { deviceCode: makeDeviceCode(1).deviceCode } });
  });
});

describe('network failures', () => {
  it('keeps the code and backs off 5/10/20/40/60', async () => {
    for (let i = 0; i < 6; i += 1) {
      provider.pollReplies.push({ value: { kind: 'transient', retryAfterSeconds: null, error: new NetworkError('offline') } });
    }

    flow.start();
    await advanceSeconds(5);

    expect(status()).toBe('waiting');
    expect(isOffline()).toBe(true);

    await advanceSeconds(195);

    // Waits after each failure: 5, 10, 20, 40, 60, 60 s. The poll at 200 s succeeds.
    expect(secondsOf(provider.polls)).toEqual([5, 10, 20, 40, 80, 140, 200]);
    expect(isOffline()).toBe(false);

    await advanceSeconds(5);

    // The first success resets the wait to the interval.
    expect(secondsOf(provider.polls).at(-1)).toBe(205);
  });

  it('caps the backoff at maxBackoffMs', async () => {
    flow = createDeviceFlow({ provider, maxBackoffMs: 15_000 });
    for (let i = 0; i < 4; i += 1) {
      provider.pollReplies.push({ value: { kind: 'transient', retryAfterSeconds: null, error: new NetworkError('offline') } });
    }

    flow.start();
    await advanceSeconds(60);

    expect(secondsOf(provider.polls)).toEqual([5, 10, 20, 35, 50, 55, 60]);
  });

  it('treats a thrown network error as transient', async () => {
    provider.pollReplies.push({ error: new NetworkError('connection reset') });

    flow.start();
    await advanceSeconds(5);

    expect(status()).toBe('waiting');
    expect(isOffline()).toBe(true);

    await advanceSeconds(5);

    expect(provider.polls).toHaveLength(2);
    expect(isOffline()).toBe(false);
  });

  it('honours a longer Retry-After', async () => {
    provider.pollReplies.push(
      { value: { kind: 'transient', retryAfterSeconds: 30, error: new NetworkError('busy') } },
      { value: { kind: 'transient', retryAfterSeconds: 2, error: new NetworkError('busy') } },
    );

    flow.start();
    await advanceSeconds(100);

    // 30 s beats the first 5 s backoff, and 2 s loses to the second 10 s backoff.
    expect(secondsOf(provider.polls).slice(0, 4)).toEqual([5, 35, 45, 50]);
  });

  it('retries a failed code request with backoff', async () => {
    for (let i = 0; i < 3; i += 1) {
      provider.codeReplies.push({ error: new NetworkError('offline') });
    }

    flow.start();
    await advanceSeconds(1);

    expect(flow.getState()).toEqual({
      status: 'requesting',
      attempt: 1,
      offline: true,
      retry: { cause: 'network', nextTryAt: START + 5_000 },
    });

    await advanceSeconds(40);

    expect(secondsOf(provider.codeRequests)).toEqual([0, 5, 15, 35]);
    expect(flow.getState()).toMatchObject({ status: 'waiting', offline: false });
  });
});

describe('expiry and renewal', () => {
  it('renews an expired code without a key press', async () => {
    flow.start();
    await advanceSeconds(100);
    flow.noteActivity();
    await advanceSeconds(1700);

    expect(secondsOf(provider.codeRequests)).toEqual([0, 1800]);
    expect(flow.getState()).toMatchObject({ status: 'waiting', code: { deviceCode: 'device-code-secret-2' } });
  });

  it('stops after one code when nobody is there', async () => {
    flow.start();
    await advanceSeconds(1800);

    expect(status()).toBe('expired');

    const polls = provider.polls.length;
    await advanceSeconds(6 * HOUR_MS / 1000);

    expect(provider.polls).toHaveLength(polls);
    expect(provider.codeRequests).toHaveLength(1);
  });

  it('requires activity during the current code', async () => {
    flow.start();
    await advanceSeconds(10);
    flow.noteActivity();
    await advanceSeconds(1790);

    // The second code saw no key press, so it is not renewed.
    await advanceSeconds(1800);

    expect(provider.codeRequests).toHaveLength(2);
    expect(flow.getState()).toMatchObject({ status: 'expired', code: { deviceCode: 'device-code-secret-2' } });
  });

  it('renews an expired code on renew()', async () => {
    flow.start();
    await advanceSeconds(1800);
    flow.renew();
    await advanceSeconds(5);

    expect(secondsOf(provider.codeRequests)).toEqual([0, 1800]);
    expect(provider.polls.at(-1)?.deviceCode).toBe('device-code-secret-2');
  });

  it('renews a failed pairing on renew()', async () => {
    provider.pollReplies.push({ value: { kind: 'denied' } });

    flow.start();
    await advanceSeconds(5);
    flow.renew();
    await advanceSeconds(1);

    expect(provider.codeRequests).toHaveLength(2);
    expect(status()).toBe('waiting');
  });

  it('aborts a poll in flight on renew()', async () => {
    provider.pollReplies.push({ afterMs: 10_000, value: { kind: 'pending' } });

    flow.start();
    await advanceSeconds(6);
    flow.renew();
    await advanceSeconds(1);

    expect(provider.polls[0]?.signal.aborted).toBe(true);
    expect(provider.codeRequests).toHaveLength(2);
    expect(provider.maxInFlight).toBe(1);
  });

  it('ignores renew() while a code request is in flight', async () => {
    provider.codeReplies.push({ afterMs: 3_000, value: makeDeviceCode(1) });

    flow.start();
    await advanceSeconds(1);
    flow.renew();
    await advanceSeconds(3);

    expect(provider.codeRequests).toHaveLength(1);
    expect(status()).toBe('waiting');
  });
});

describe('suspend', () => {
  it('sends one code request on wake after activity', async () => {
    flow.start();
    await advanceSeconds(12);
    flow.noteActivity();
    const pollsBeforeSleep = provider.polls.length;

    // The TV sleeps for three hours. The wall clock jumps, but no timer fires meanwhile.
    vi.setSystemTime(Date.now() + 3 * HOUR_MS);
    await advanceSeconds(5);

    expect(provider.polls).toHaveLength(pollsBeforeSleep);
    expect(provider.codeRequests).toHaveLength(2);
    expect(status()).toBe('waiting');
  });

  it('sends nothing on wake without activity', async () => {
    flow.start();
    await advanceSeconds(12);
    const pollsBeforeSleep = provider.polls.length;

    vi.setSystemTime(Date.now() + 3 * HOUR_MS);
    await advanceSeconds(5);

    expect(provider.polls).toHaveLength(pollsBeforeSleep);
    expect(provider.codeRequests).toHaveLength(1);
    expect(status()).toBe('expired');
  });

  it('judges expiry on checkDeadline() before the timer', async () => {
    flow.start();
    await advanceSeconds(12);
    flow.noteActivity();
    const pollsBeforeSleep = provider.polls.length;

    vi.setSystemTime(Date.now() + 3 * HOUR_MS);
    flow.checkDeadline();
    await vi.advanceTimersByTimeAsync(0);

    expect(provider.codeRequests).toHaveLength(2);
    expect(provider.polls).toHaveLength(pollsBeforeSleep);

    // The old code's timer was cleared, so the next poll is the new code's, 5 s later.
    await advanceSeconds(5);

    expect(provider.polls).toHaveLength(pollsBeforeSleep + 1);
    expect(provider.polls.at(-1)?.deviceCode).toBe('device-code-secret-2');
  });

  it('leaves a live code alone on checkDeadline()', async () => {
    flow.start();
    await advanceSeconds(12);
    flow.checkDeadline();
    await advanceSeconds(3);

    expect(status()).toBe('waiting');
    expect(provider.codeRequests).toHaveLength(1);
    expect(secondsOf(provider.polls)).toEqual([5, 10, 15]);
  });
});

describe('stop', () => {
  it('aborts a code request and ignores its late reply', async () => {
    provider.codeReplies.push({ afterMs: 3_000, value: makeDeviceCode(1), ignoresAbort: true });

    flow.start();
    await advanceSeconds(1);
    flow.stop();

    expect(provider.codeRequests[0]?.signal.aborted).toBe(true);

    await advanceSeconds(HOUR_MS / 1000);

    expect(status()).toBe('requesting');
    expect(provider.codeRequests).toHaveLength(1);
    expect(provider.polls).toHaveLength(0);
  });

  it('aborts a poll in flight and ignores its late reply', async () => {
    provider.pollReplies.push({ afterMs: 3_000, value: { kind: 'authorized', accessToken: 'late' }, ignoresAbort: true });

    flow.start();
    await advanceSeconds(6);
    flow.stop();

    expect(provider.polls[0]?.signal.aborted).toBe(true);

    await advanceSeconds(HOUR_MS / 1000);

    expect(status()).toBe('waiting');
    expect(provider.polls).toHaveLength(1);
  });

  it('sends nothing after a stop during a wait', async () => {
    flow.start();
    await advanceSeconds(7);
    flow.stop();
    await advanceSeconds(HOUR_MS / 1000);

    expect(provider.polls).toHaveLength(1);
    expect(provider.codeRequests).toHaveLength(1);
  });

  it('sends nothing after a stop during a retry wait', async () => {
    provider.codeReplies.push({ error: new NetworkError('offline') });

    flow.start();
    await advanceSeconds(1);
    flow.stop();
    await advanceSeconds(HOUR_MS / 1000);

    expect(provider.codeRequests).toHaveLength(1);
  });

  it('ignores renew() and checkDeadline() after stop', async () => {
    flow.start();
    await advanceSeconds(1);
    flow.stop();
    flow.renew();
    vi.setSystemTime(Date.now() + HOUR_MS);
    flow.checkDeadline();
    await advanceSeconds(60);

    expect(provider.codeRequests).toHaveLength(1);
    expect(provider.polls).toHaveLength(0);
  });

  it('restarts with a new code after stop', async () => {
    flow.start();
    await advanceSeconds(1);
    flow.stop();
    flow.start();
    await advanceSeconds(5);

    expect(provider.codeRequests).toHaveLength(2);
    expect(provider.polls).toHaveLength(1);
    expect(provider.polls[0]?.deviceCode).toBe('device-code-secret-2');
  });
});

describe('logs', () => {
  it('logs every poll without secrets', async () => {
    const entries: LogEntry[] = [];
    const removeSink = addLogSink((entry) => entries.push(entry));
    provider.pollReplies.push(
      { value: { kind: 'pending' } },
      { value: { kind: 'transient', retryAfterSeconds: null, error: new NetworkError('offline') } },
      { value: { kind: 'slowDown' } },
      { value: { kind: 'authorized', accessToken: 'member-access-token' } },
    );

    try {
      flow.start();
      await advanceSeconds(60);
    } finally {
      removeSink();
    }

    const polls = entries.filter((entry) => entry.scope === 'pairing' && entry.message === 'poll outcome');

    expect(polls.map((entry) => entry.data?.outcome)).toEqual(['pending', 'transient', 'slowDown', 'authorized']);
    expect(polls.map((entry) => entry.data?.poll)).toEqual([1, 2, 3, 4]);
    expect(polls.map((entry) => entry.data?.sinceCodeSeconds)).toEqual([5, 10, 15, 25]);
    expect(polls.map((entry) => entry.data?.nextWaitSeconds)).toEqual([5, 5, 10, null]);
    expect(polls.map((entry) => entry.data?.codeNumber)).toEqual([1, 1, 1, 1]);

    const everything = JSON.stringify(entries);

    expect(everything).not.toContain('device-code-secret');
    expect(everything).not.toContain('member-access-token');
  });
});
