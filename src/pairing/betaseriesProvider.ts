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

/** Maps one failed `exchangeDeviceCode` call to what it means for the pairing. */
function pollOutcomeOfError(error: unknown): PollOutcome {
  if (error instanceof ApiError) {
    if (error.code === STILL_WAITING) {
      return { kind: 'pending' };
    }

    if (error.code === DENIED_BY_MEMBER) {
      return { kind: 'denied' };
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

  if (isTransient(error)) {
    // NOTE: the API client does not expose `Retry-After`, so a 429 or 503 from the CDN backs
    // off by the engine's own schedule only.
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
