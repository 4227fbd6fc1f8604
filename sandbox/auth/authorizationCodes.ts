import { randomBytes } from 'node:crypto';

/**
 * Authorization codes of the OAuth 2.0 redirect flow: issued by the `/authorize` page when a
 * member allows access, exchanged once on `oauth/access_token`. Expiry is judged by the
 * sandbox's clock, so tests can jump past it.
 */

/** RFC 6749 section 4.1.2 recommends a lifetime of at most 10 minutes for an authorization code. */
export const AUTHORIZATION_CODE_LIFETIME_MS = 10 * 60_000;

export interface AuthorizationCodeRecord {
  /** A sequence number for logs, so no part of the code itself is ever logged. */
  serial: number;
  code: string;
  memberId: number;
  /** The `redirect_uri` of the `/authorize` request, which the exchange must repeat exactly. */
  redirectUri: string;
  expiresAt: number;
  /** The token the first exchange issued, or null while the code is unused. */
  issuedToken: string | null;
}

/** The outcome of one exchange attempt, before any token is issued. */
export type CodeExchangeOutcome =
  | { kind: 'valid'; record: AuthorizationCodeRecord }
  | { kind: 'unknown' }
  | { kind: 'expired'; record: AuthorizationCodeRecord }
  | { kind: 'redeemed'; record: AuthorizationCodeRecord }
  | { kind: 'redirectMismatch'; record: AuthorizationCodeRecord };

export class AuthorizationCodeStore {
  private readonly byCode = new Map<string, AuthorizationCodeRecord>();
  private readonly now: () => number;
  private lastSerial = 0;

  constructor(now: () => number) {
    this.now = now;
  }

  issue(memberId: number, redirectUri: string): AuthorizationCodeRecord {
    this.lastSerial += 1;

    const record: AuthorizationCodeRecord = {
      serial: this.lastSerial,
      code: randomBytes(20).toString('hex'),
      memberId,
      redirectUri,
      expiresAt: this.now() + AUTHORIZATION_CODE_LIFETIME_MS,
      issuedToken: null,
    };

    this.byCode.set(record.code, record);
    return record;
  }

  has(code: string): boolean {
    return this.byCode.has(code);
  }

  /**
   * Judges one exchange. Reuse is checked first because it is the sign of a stolen code, then
   * expiry, then the `redirect_uri`. A rejected attempt leaves an unused code usable.
   */
  check(code: string, redirectUri: string): CodeExchangeOutcome {
    const record = this.byCode.get(code);
    if (!record) {
      return { kind: 'unknown' };
    }

    if (record.issuedToken !== null) {
      return { kind: 'redeemed', record };
    }

    if (this.now() >= record.expiresAt) {
      return { kind: 'expired', record };
    }

    if (record.redirectUri !== redirectUri) {
      return { kind: 'redirectMismatch', record };
    }

    return { kind: 'valid', record };
  }

  markRedeemed(record: AuthorizationCodeRecord, token: string): void {
    record.issuedToken = token;
  }
}
