import type { DeviceCode } from '../api/types';
import type { RetryNotice } from './retryCause';

/**
 * What one poll of the token endpoint meant, as decided by a provider adapter. The engine
 * schedules the next step from it and never looks at raw replies.
 */
export type PollOutcome =
  | { kind: 'authorized'; accessToken: string }
  /** The member has not typed the code yet (BetaSeries 2001, RFC 8628 `authorization_pending`). */
  | { kind: 'pending' }
  /** RFC 8628 `slow_down`: add 5 s to the interval for the rest of this code's life. */
  | { kind: 'slowDown' }
  /** The server says the code is no longer valid (`expired_token`, or an unknown code). */
  | { kind: 'expired' }
  /** The member refused on their phone (`access_denied`). */
  | { kind: 'denied' }
  /** The network, a timeout, a 5xx page or a 429: keep the code and try again later. */
  | { kind: 'transient'; retryAfterSeconds: number | null; error: unknown }
  /** Any other error ends this code. */
  | { kind: 'failed'; error: unknown };

/** A server that runs a device flow: BetaSeries' own, or a standard RFC 8628 one. */
export interface DeviceFlowProvider {
  /** A label for logs, e.g. `betaseries` or `rfc8628`. */
  readonly name: string;
  requestCode(signal: AbortSignal): Promise<DeviceCode>;
  poll(deviceCode: string, signal: AbortSignal): Promise<PollOutcome>;
  /**
   * Hands over, once, a code that arrived before anyone asked for it (`withHeadStart`), so the
   * pairing screen's first render shows it. Sends nothing; null when there is none.
   */
  takeReadyCode?(): ReadyCode | null;
}

/** A code received ahead of the pairing screen, and the wall-clock time (ms) it arrived. */
export interface ReadyCode {
  code: DeviceCode;
  receivedAt: number;
}

export type FailureReason = 'denied' | 'error';

/** `deadline`: the code's lifetime ran out on the TV's clock. `server`: the server rejected it first. */
export type ExpiryCause = 'deadline' | 'server';

/** Every state the pairing screen can show. */
export type PairingState =
  | {
      status: 'requesting';
      attempt: number;
      /** True while code requests fail with a transient error. */
      offline: boolean;
      /** The fault and the time of the next code request, while `offline` is true. */
      retry: RetryNotice | null;
    }
  | {
      status: 'waiting';
      code: DeviceCode;
      /** Wall-clock time (ms since epoch) when this code stops being valid. */
      expiresAt: number;
      /** True while polls fail with a transient error (network, timeout, 5xx, 429). The code stays on screen. */
      offline: boolean;
      /** The fault and the time of the next poll, while `offline` is true. */
      retry: RetryNotice | null;
    }
  | { status: 'expired'; code: DeviceCode; cause: ExpiryCause }
  | { status: 'authorized'; accessToken: string }
  | { status: 'failed'; reason: FailureReason; error: unknown };
