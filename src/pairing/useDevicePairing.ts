import { useEffect, useMemo, useSyncExternalStore } from 'react';
import { createDeviceFlow } from './deviceFlow';
import type { DeviceFlowProvider, PairingState } from './types';

export interface DevicePairing {
  state: PairingState;
  /** Drops the current code and requests a new one (the "New code" button). */
  renew(): void;
  /** Records a remote key press, so an expired code is replaced without asking. */
  noteActivity(): void;
}

/**
 * Runs one device flow while the calling component is mounted. The flow starts on mount and
 * stops on unmount, so StrictMode's mount, unmount and mount leave one running flow whose first
 * request was aborted. A page that becomes visible again (a TV waking up) judges expiry at once.
 *
 * `provider` must keep its identity across renders (create it once), because a new provider
 * stops the current flow and starts pairing again with a new code.
 */
export function useDevicePairing(provider: DeviceFlowProvider): DevicePairing {
  // Creating a flow sends nothing, so a discarded render costs nothing.
  const flow = useMemo(() => createDeviceFlow({ provider }), [provider]);
  const state = useSyncExternalStore(flow.subscribe, flow.getState, flow.getState);

  useEffect(() => {
    flow.start();

    return () => flow.stop();
  }, [flow]);

  useEffect(() => {
    if (typeof document === 'undefined') {
      return undefined;
    }

    const onVisibilityChange = (): void => {
      if (document.visibilityState === 'visible') {
        flow.checkDeadline();
      }
    };

    document.addEventListener('visibilitychange', onVisibilityChange);

    return () => document.removeEventListener('visibilitychange', onVisibilityChange);
  }, [flow]);

  return { state, renew: flow.renew, noteActivity: flow.noteActivity };
}
