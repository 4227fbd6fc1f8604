import type { DeviceCode } from '../../api/types';
import type { RetryNotice } from '../../pairing/retryCause';
import type { ExpiryCause, PairingState } from '../../pairing/types';

export type PairingStatus = 'requesting' | 'waiting' | 'offline' | 'expired' | 'denied' | 'failed' | 'authorized';

/** Content of the pairing screen for one engine state. */
export interface PairingView {
  status: PairingStatus;
  /** The code on screen: live while waiting, dimmed once expired, absent otherwise. */
  code: DeviceCode | null;
  /** Wall-clock deadline of a live code, for the countdown. */
  expiresAt: number | null;
  /** The code is shown but can no longer be typed. */
  stale: boolean;
  /** No code yet: draw the skeleton of the layout so nothing moves when it arrives. */
  loading: boolean;
  /** Show the "New code" button and focus it. */
  offerNewCode: boolean;
  /** The error behind a `failed` status. */
  error: unknown;
  /** The fault being waited out and the time of the next try, for `offline`. */
  retry: RetryNotice | null;
  /** The cause that ended an `expired` code. */
  expiryCause: ExpiryCause | null;
}

export function describePairingState(state: PairingState): PairingView {
  const base: PairingView = {
    status: 'requesting',
    code: null,
    expiresAt: null,
    stale: false,
    loading: false,
    offerNewCode: false,
    error: null,
    retry: null,
    expiryCause: null,
  };

  switch (state.status) {
    case 'requesting':
      return { ...base, status: state.offline ? 'offline' : 'requesting', loading: true, retry: state.retry };

    case 'waiting':
      return {
        ...base,
        status: state.offline ? 'offline' : 'waiting',
        code: state.code,
        expiresAt: state.expiresAt,
        retry: state.retry,
      };

    case 'expired':
      return { ...base, status: 'expired', code: state.code, stale: true, offerNewCode: true, expiryCause: state.cause };

    case 'authorized':
      return { ...base, status: 'authorized' };

    case 'failed':
      return {
        ...base,
        status: state.reason === 'denied' ? 'denied' : 'failed',
        offerNewCode: true,
        error: state.error,
      };
  }
}

/**
 * Spells the code one character at a time ("9 7 5, 8 2 0"), so a screen reader reads digits
 * rather than "nine hundred seventy-five".
 */
export function spellCode(userCode: string): string {
  return userCode
    .split(/[-\s]+/)
    .filter((group) => group !== '')
    .map((group) => group.split('').join(' '))
    .join(', ');
}
