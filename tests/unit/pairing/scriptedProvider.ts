import { AbortedError } from '../../../src/api/errors';
import type { DeviceCode } from '../../../src/api/types';
import type { DeviceFlowProvider, PollOutcome } from '../../../src/pairing/types';

/** One scripted reply: a value or an error, after a delay measured on the (fake) timers. */
export interface ScriptedReply<T> {
  afterMs?: number;
  value?: T;
  error?: unknown;
  /** Reply even when aborted, as a server whose reply was already on the wire would. */
  ignoresAbort?: boolean;
}

export interface RecordedCall {
  /** `Date.now()` when the call was made. */
  at: number;
  signal: AbortSignal;
  deviceCode?: string;
}

/**
 * A `DeviceFlowProvider` that replays scripted replies and records every call. With an empty
 * script, a code request returns a fresh 1800 s code with a 5 s interval and a poll returns
 * `pending`, both at once.
 */
export interface ScriptedProvider extends DeviceFlowProvider {
  codeReplies: ScriptedReply<DeviceCode>[];
  pollReplies: ScriptedReply<PollOutcome>[];
  codeRequests: RecordedCall[];
  polls: RecordedCall[];
  /** The largest number of calls in flight at the same time. */
  maxInFlight: number;
}

export function makeDeviceCode(number: number, overrides: Partial<DeviceCode> = {}): DeviceCode {
  return {
    deviceCode: `device-code-secret-${number}`,
    userCode: `${100 + number}-${200 + number}`,
    verificationUrl: 'http://127.0.0.1/device',
    verificationUrlComplete: null,
    expiresInSeconds: 1800,
    intervalSeconds: 5,
    ...overrides,
  };
}

export function createScriptedProvider(): ScriptedProvider {
  let inFlight = 0;

  function reply<T>(script: ScriptedReply<T>, signal: AbortSignal): Promise<T> {
    inFlight += 1;
    provider.maxInFlight = Math.max(provider.maxInFlight, inFlight);

    return new Promise<T>((resolve, reject) => {
      let settled = false;

      const settle = (): void => {
        if (settled) {
          return;
        }

        settled = true;
        inFlight -= 1;
        if (script.error !== undefined) {
          reject(script.error);
        } else {
          resolve(script.value as T);
        }
      };

      if (!script.ignoresAbort) {
        signal.addEventListener('abort', () => {
          if (settled) {
            return;
          }

          settled = true;
          inFlight -= 1;
          reject(new AbortedError());
        });
      }

      if (script.afterMs) {
        setTimeout(settle, script.afterMs);
      } else {
        queueMicrotask(settle);
      }
    });
  }

  const provider: ScriptedProvider = {
    name: 'scripted',
    codeReplies: [],
    pollReplies: [],
    codeRequests: [],
    polls: [],
    maxInFlight: 0,

    requestCode(signal) {
      provider.codeRequests.push({ at: Date.now(), signal });
      const script = provider.codeReplies.shift() ?? { value: makeDeviceCode(provider.codeRequests.length) };
      return reply(script, signal);
    },

    poll(deviceCode, signal) {
      provider.polls.push({ at: Date.now(), signal, deviceCode });
      const script = provider.pollReplies.shift() ?? { value: { kind: 'pending' } };
      return reply(script, signal);
    },
  };

  return provider;
}
