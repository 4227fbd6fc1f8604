import type { PollOutcome } from './types';

/**
 * Maps the RFC 8628 section 3.5 error codes of a token reply to poll outcomes. Returns null for
 * any other code, which the caller treats as a failure or by its HTTP status.
 */
export function pollOutcomeOfOAuthErrorCode(errorCode: string): PollOutcome | null {
  switch (errorCode) {
    case 'authorization_pending':
      return { kind: 'pending' };
    case 'slow_down':
      return { kind: 'slowDown' };
    case 'expired_token':
      return { kind: 'expired' };
    case 'access_denied':
      return { kind: 'denied' };
    default:
      return null;
  }
}
