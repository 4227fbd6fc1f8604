import { useEffect, useMemo, useSyncExternalStore } from 'react';
import { createDeviceFlow } from './deviceFlow';
import type { DeviceFlowProvider, PairingState } from './types';
import { onAppResume } from '../tv/appLifecycle';

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

  // A TV that slept past the deadline judges the code at once when it shows the app again,
  // whether it hid the page or relaunched the app (webOS).
  useEffect(() => {
    if (typeof document === 'undefined') {
      return undefined;
    }

    return onAppResume(() => flow.checkDeadline());
  }, [flow]);

  return { state, renew: flow.renew, noteActivity: flow.noteActivity };
}
