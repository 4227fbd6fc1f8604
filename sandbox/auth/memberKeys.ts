import { randomBytes } from 'node:crypto';

/**
 * Keys of the "key then redirect" flow: `members/oauth` issues one, the `/oauth?key=` page
 * uses it once to send the browser back to the callback with a token.
 */

/**
 * NOTE: the live API's key lifetime is unknown. 10 minutes is a sandbox choice, the same as
 * for authorization codes.
 */
export const MEMBER_KEY_LIFETIME_MS = 10 * 60_000;

export interface MemberKeyRecord {
  /** A sequence number for logs, so no part of the key itself is ever logged. */
  serial: number;
  key: string;
  /** Where the `/oauth` page sends the browser back, with `?token=` or `?error=`. */
  callbackUrl: string;
  expiresAt: number;
  used: boolean;
}

/** The reason a key cannot be used. */
export type MemberKeyFailure = 'missing' | 'unknown' | 'expired' | 'used';

export type MemberKeyLookup = { ok: true; record: MemberKeyRecord } | { ok: false; reason: MemberKeyFailure };

export class MemberKeyStore {
  private readonly byKey = new Map<string, MemberKeyRecord>();
  private readonly now: () => number;
  private lastSerial = 0;

  constructor(now: () => number) {
    this.now = now;
  }

  issue(callbackUrl: string): MemberKeyRecord {
    this.lastSerial += 1;

    const record: MemberKeyRecord = {
      serial: this.lastSerial,
      key: randomBytes(16).toString('hex'),
      callbackUrl,
      expiresAt: this.now() + MEMBER_KEY_LIFETIME_MS,
      used: false,
    };

    this.byKey.set(record.key, record);
    return record;
  }

  /** Finds a key that can still be used: known, not expired and not used. */
  findUsable(key: string | null): MemberKeyLookup {
    if (key === null || key.trim() === '') {
      return { ok: false, reason: 'missing' };
    }

    const record = this.byKey.get(key.trim());
    if (!record) {
      return { ok: false, reason: 'unknown' };
    }

    if (record.used) {
      return { ok: false, reason: 'used' };
    }

    if (this.now() >= record.expiresAt) {
      return { ok: false, reason: 'expired' };
    }

    return { ok: true, record };
  }

  markUsed(record: MemberKeyRecord): void {
    record.used = true;
  }
}
