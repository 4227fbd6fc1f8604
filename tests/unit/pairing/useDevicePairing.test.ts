// @vitest-environment jsdom
import { act, renderHook } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useDevicePairing } from '../../../src/pairing/useDevicePairing';
import { createScriptedProvider, type ScriptedProvider } from './scriptedProvider';

const START = new Date('2025-03-01T20:00:00Z').getTime();

let provider: ScriptedProvider;

/**
 * Renders the hook inside `<StrictMode>` at the root. A `<StrictMode>` passed as `wrapper` sits
 * below the testing library's own root, and with React 19.3.1 its effects then ran only once.
 */
function renderPairing() {
  return renderHook(() => useDevicePairing(provider), { reactStrictMode: true });
}

async function advanceSeconds(seconds: number): Promise<void> {
  await act(async () => {
    await vi.advanceTimersByTimeAsync(seconds * 1000);
  });
}

beforeEach(() => {
  vi.useFakeTimers();
  vi.setSystemTime(START);
  provider = createScriptedProvider();
});

afterEach(() => {
  vi.useRealTimers();
});

describe('useDevicePairing', () => {
  it('runs one flow under StrictMode', async () => {
    const { result, unmount } = renderPairing();
    await advanceSeconds(0);

    // StrictMode mounts, unmounts and mounts again, so the first code request is aborted.
    expect(provider.codeRequests).toHaveLength(2);
    expect(provider.codeRequests[0]?.signal.aborted).toBe(true);
    expect(provider.codeRequests[1]?.signal.aborted).toBe(false);
    expect(result.current.state).toMatchObject({ status: 'waiting', code: { deviceCode: 'device-code-secret-2' } });

    await advanceSeconds(60);

    // One flow polls every 5 s, while two flows would have sent 24 polls.
    expect(provider.polls).toHaveLength(12);
    expect(provider.maxInFlight).toBe(1);

    unmount();
  });

  it('sends nothing after unmount', async () => {
    provider.pollReplies.push({ afterMs: 3_000, value: { kind: 'pending' } });
    const { unmount } = renderPairing();
    await advanceSeconds(6);

    unmount();

    expect(provider.polls[0]?.signal.aborted).toBe(true);

    await advanceSeconds(3_600);

    expect(provider.polls).toHaveLength(1);
    expect(provider.codeRequests).toHaveLength(2);
  });

  it('renders the authorized state', async () => {
    provider.pollReplies.push({ value: { kind: 'authorized', accessToken: 'member-token' } });
    const { result, unmount } = renderPairing();
    await advanceSeconds(5);

    expect(result.current.state).toEqual({ status: 'authorized', accessToken: 'member-token' });

    unmount();
  });

  it('renews on visibility after a key press', async () => {
    const { result, unmount } = renderPairing();
    await advanceSeconds(7);
    act(() => result.current.noteActivity());

    vi.setSystemTime(Date.now() + 3 * 3_600_000);
    Object.defineProperty(document, 'visibilityState', { configurable: true, value: 'visible' });
    await act(async () => {
      document.dispatchEvent(new Event('visibilitychange'));
      await vi.advanceTimersByTimeAsync(0);
    });

    expect(provider.codeRequests).toHaveLength(3);
    expect(provider.polls).toHaveLength(1);
    expect(result.current.state).toMatchObject({ status: 'waiting', code: { deviceCode: 'device-code-secret-3' } });

    unmount();
  });

  it('renews on renew()', async () => {
    provider.pollReplies.push({ value: { kind: 'denied' } });
    const { result, unmount } = renderPairing();
    await advanceSeconds(5);

    expect(result.current.state.status).toBe('failed');

    act(() => result.current.renew());
    await advanceSeconds(0);

    expect(result.current.state.status).toBe('waiting');
    expect(provider.codeRequests).toHaveLength(3);

    unmount();
  });
});
