import type { DeviceCode } from '../../../src/api/types';
import type { DeviceFlowProvider, PollOutcome } from '../../../src/pairing/types';

export function makeDeviceCode(overrides: Partial<DeviceCode> = {}): DeviceCode {
  return {
    deviceCode: 'device-code-1',
    userCode: '975-820',
    verificationUrl: 'http://127.0.0.1:8080/device',
    verificationUrlComplete: null,
    expiresInSeconds: 1800,
    intervalSeconds: 5,
    ...overrides,
  };
}

export interface ScriptedProvider extends DeviceFlowProvider {
  /** Codes handed out in order; the last one repeats. */
  codes: DeviceCode[];
  /** Poll outcomes handed out in order; `pending` once the script runs out. */
  outcomes: PollOutcome[];
  /** When set, code requests wait until `releaseCode()`. */
  holdCodes: boolean;
  releaseCode(): void;
  codeRequests: number;
  polls: number;
}

/** Creates a device-flow server in memory that replies from a script and never touches the network. */
export function createScriptedProvider(codes: DeviceCode[] = [makeDeviceCode()]): ScriptedProvider {
  let release: (() => void) | null = null;

  const provider: ScriptedProvider = {
    name: 'scripted',
    codes,
    outcomes: [],
    holdCodes: false,
    codeRequests: 0,
    polls: 0,

    releaseCode() {
      release?.();
      release = null;
    },

    async requestCode() {
      const code = provider.codes[Math.min(provider.codeRequests, provider.codes.length - 1)] as DeviceCode;
      provider.codeRequests += 1;

      if (provider.holdCodes) {
        await new Promise<void>((resolve) => {
          release = resolve;
        });
      }

      return code;
    },

    async poll() {
      provider.polls += 1;
      return provider.outcomes.shift() ?? { kind: 'pending' };
    },
  };

  return provider;
}
