import type { DeviceCode } from '../api/types';
import type { DeviceFlowProvider } from './types';

/**
 * How long a code from the head start stays usable. The pairing engine dates a code from the
 * moment it receives it, so a code that waited longer would show a deadline later than the
 * server's by that much.
 */
export const HEAD_START_MAX_AGE_MS = 5_000;

/**
 * Wraps `provider` so that its first code request starts at once, before the pairing screen has
 * rendered. On a TV the request's connection setup and round trip then run while React renders
 * the screen, instead of after it. The first `requestCode` call gets that request's outcome, a
 * failure too, which the engine retries as any other. Later calls send a request of their own,
 * and so does a first call made after `HEAD_START_MAX_AGE_MS`. Aborting the first call's signal
 * aborts the head start.
 */
export function withHeadStart(provider: DeviceFlowProvider, now: () => number = Date.now): DeviceFlowProvider {
  const headStart = new AbortController();
  const startedAt = now();
  let pending: Promise<DeviceCode> | null = provider.requestCode(headStart.signal);

  // A rejection reaches the first caller. Until one comes, it must not count as unhandled.
  pending.catch(() => undefined);

  return {
    name: provider.name,
    poll: (deviceCode, signal) => provider.poll(deviceCode, signal),

    requestCode(signal) {
      const headStartRequest = pending;
      pending = null;

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
