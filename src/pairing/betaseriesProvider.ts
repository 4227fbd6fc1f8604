import type { ApiClient } from '../api/client';
import { AbortedError, ApiError, isTransient } from '../api/errors';
import { exchangeDeviceCode, requestDeviceCode } from '../api/oauth';
import { OAuthError } from '../api/oauthError';
import { readRetryAfterSeconds } from './httpStatusError';
import { pollOutcomeOfOAuthErrorCode } from './pollOutcomeOfOAuthErrorCode';
import type { DeviceFlowProvider, PollOutcome } from './types';

/** BetaSeries error on `/oauth/access_token`: the member has not typed the code yet. */
const STILL_WAITING = 2001;

/**
 * BetaSeries error taken to mean that the member denied the code on their phone.
 * NOTE: the sandbox's assumption. The live API's reply to a denied code is unknown, so a real
 * denial may arrive as another error code and end as a plain failure instead of `denied`.
 */
const DENIED_BY_MEMBER = 2002;

/**
 * BetaSeries "invalid parameter value". On `/oauth/access_token` the sandbox sends it for an
 * expired, unknown or already redeemed device code, and for a wrong `client_secret`.
 * NOTE: the live API's reply to an expired code is unknown, so 3004 as "expired" is the sandbox's
 * assumption too.
 */
const INVALID_PARAMETER = 3004;

/**
 * True for a 3004 about the client secret, which a new code cannot fix. The parameter name is
 * matched because it stays the same in every language, while the rest of the text is localized.
 */
function isClientSecretError(error: ApiError): boolean {
  return /client_secret/.test(error.text);
}

/** True for a 429 or 5xx status: with a BetaSeries `errors` body, the server is overloaded, and the code is not wrong. */
function isTransientStatus(status: number): boolean {
  return status === 429 || status >= 500;
}

/** Maps one failed `exchangeDeviceCode` call to what it means for the pairing. */
function pollOutcomeOfError(error: unknown): PollOutcome {
  if (error instanceof ApiError) {
    if (error.code === STILL_WAITING) {
      return { kind: 'pending' };
    }

    if (error.code === DENIED_BY_MEMBER) {
      return { kind: 'denied' };
    }

    if (isTransientStatus(error.status)) {
      return { kind: 'transient', retryAfterSeconds: error.retryAfterSeconds, error };
    }

    if (error.code === INVALID_PARAMETER && !isClientSecretError(error)) {
      return { kind: 'expired' };
    }

    // BetaSeries documents no other reply for this call, so any other error ends this device code.
    return { kind: 'failed', error };
  }

  // No RFC 8628 reply has been seen from BetaSeries, but a `slow_down` would be honoured.
  if (error instanceof OAuthError) {
    const outcome = pollOutcomeOfOAuthErrorCode(error.errorCode);
    if (outcome !== null) {
      return outcome;
    }
  }

  // An HTML or plain-text 429 or 503 keeps its `Retry-After`, and so does a JSON one with an
  // OAuth `error` field once `parseReply` passes the delay to `OAuthError`.
  if (isTransient(error)) {
    return { kind: 'transient', retryAfterSeconds: readRetryAfterSeconds(error), error };
  }

  return { kind: 'failed', error };
}

/**
 * Creates the provider for BetaSeries' own device flow: `POST /oauth/device`, then
 * `POST /oauth/access_token` with `code=<device_code>` at every poll.
 */
export function createBetaSeriesProvider(client: ApiClient): DeviceFlowProvider {
  return {
    name: 'betaseries',

    requestCode(signal) {
      return requestDeviceCode(client, signal);
    },

    async poll(deviceCode, signal) {
      try {
        const accessToken = await exchangeDeviceCode(client, deviceCode, signal);
        return { kind: 'authorized', accessToken };
      } catch (error) {
        // The engine aborted this poll itself and ignores it.
        if (error instanceof AbortedError) {
          throw error;
        }

        return pollOutcomeOfError(error);
      }
    },
  };
}
