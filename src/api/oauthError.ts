import { InvalidResponseError } from './errors';

/**
 * A standard OAuth 2.0 error reply (RFC 6749 section 5.2, RFC 8628 section 3.5), such as
 * `{"error":"slow_down"}`, from a server that does not use BetaSeries' `errors` array. It
 * extends `InvalidResponseError`, so `isTransient` still judges it by `status`, and
 * `retryAfterSeconds` carries a 429 or 503 reply's `Retry-After` delay when the caller passes
 * it. RFC 8628 adapters switch on `errorCode` (`authorization_pending`, `slow_down`,
 * `expired_token`, `access_denied`).
 */
export class OAuthError extends InvalidResponseError {
  readonly errorCode: string;
  readonly errorDescription: string | null;

  constructor(errorCode: string, errorDescription: string | null, status: number, retryAfterSeconds: number | null = null) {
    super(`OAuth error "${errorCode}" (HTTP ${status})${errorDescription ? `: ${errorDescription}` : ''}`, status, retryAfterSeconds);
    this.name = 'OAuthError';
    this.errorCode = errorCode;
    this.errorDescription = errorDescription;
  }
}
