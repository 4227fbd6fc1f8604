import type { DeviceCode } from '../api/types';
import type { DeviceFlowProvider, ReadyCode } from './types';

/**
 * How long a code from the head start stays usable. A handed-over code is dated from its arrival,
 * so its deadline stays true. The limit keeps a stale head start away from a screen that came late.
 */
export const HEAD_START_MAX_AGE_MS = 5_000;

export interface HeadStartProvider extends DeviceFlowProvider {
  /** Resolves once the head start's request has settled, with a code or with a failure. */
  readonly settled: Promise<void>;
}

/**
 * Wraps `provider` so that its first code request starts at once, before the pairing screen has
 * rendered. On a TV the request's connection setup and round trip then run while the app's
 * code loads and React renders, instead of after. A code that has arrived by the time the
 * pairing engine is created is handed over by `takeReadyCode`, so the screen's first render shows
 * it. Otherwise the first `requestCode` call gets the head start's outcome, a failure too, which
 * the engine retries as any other. Later calls send a request of their own, and so does a first
 * call made after `HEAD_START_MAX_AGE_MS`. Aborting the first call's signal aborts the head start.
 */
export function withHeadStart(provider: DeviceFlowProvider, now: () => number = Date.now): HeadStartProvider {
  const headStart = new AbortController();
  const startedAt = now();
  let pending: Promise<DeviceCode> | null = provider.requestCode(headStart.signal);
  let ready: ReadyCode | null = null;

  // A rejection reaches the first caller. Until one comes, it must not count as unhandled.
  const settled = pending.then(
    (code) => {
      ready = { code, receivedAt: now() };
    },
    () => undefined,
  );

  return {
    name: provider.name,
    settled,
    poll: (deviceCode, signal) => provider.poll(deviceCode, signal),

    takeReadyCode() {
      const arrived = ready;
      if (!pending || !arrived || now() - arrived.receivedAt > HEAD_START_MAX_AGE_MS) {
        return null;
      }

      pending = null;
      ready = null;
      return arrived;
    },

    requestCode(signal) {
      const headStartRequest = pending;
      pending = null;
      ready = null;

      if (!headStartRequest || now() - startedAt > HEAD_START_MAX_AGE_MS) {
        headStart.abort();
        return provider.requestCode(signal);
      }

      if (signal.aborted) {
        headStart.abort();
      } else {
        signal.addEventListener('abort', () => headStart.abort());
      }

      return headStartRequest;
    },
  };
}
