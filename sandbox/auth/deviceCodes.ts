import { randomBytes, randomInt } from 'node:crypto';
import { normalizeUserCode } from './userCode';

/**
 * Device codes of the "identification by code" flow, from issue to the one exchange for a
 * token. Expiry is judged by the sandbox's clock, so tests can jump past it.
 */

export type DeviceCodeStatus = 'waiting' | 'approved' | 'denied' | 'redeemed';

export interface DeviceCodeRecord {
  /** 40 hex digits, what the TV sends back when it polls. */
  deviceCode: string;
  /** `NNN-NNN`, what the member types. */
  userCode: string;
  createdAt: number;
  expiresAt: number;
  status: DeviceCodeStatus;
  /** The member who approved, once approved. */
  memberId: number | null;
}

/** The outcome of one poll of `oauth/access_token` for a device code. */
export type RedeemOutcome =
  | { kind: 'token'; memberId: number }
  | { kind: 'waiting' }
  | { kind: 'denied' }
  | { kind: 'expired' }
  | { kind: 'redeemed' }
  | { kind: 'unknown' };

/** The reason a typed code cannot be approved or refused. */
export type LookupFailure = 'invalid' | 'unknown' | 'expired' | 'decided';

export type LookupResult = { ok: true; record: DeviceCodeRecord } | { ok: false; reason: LookupFailure };

/** Random draws before giving up. With 900,000 possible codes, a sandbox never gets near that. */
const USER_CODE_ATTEMPTS = 1_000;

/** Returns a short, non-secret label for logs: the first 6 hex digits of the device code. */
export function deviceCodeLabel(record: Pick<DeviceCodeRecord, 'deviceCode'>): string {
  return record.deviceCode.slice(0, 6);
}

export class DeviceCodeStore {
  private readonly byDevice = new Map<string, DeviceCodeRecord>();
  private readonly byUser = new Map<string, DeviceCodeRecord>();
  private readonly now: () => number;

  constructor(now: () => number) {
    this.now = now;
  }

  issue(lifetimeSeconds: number): DeviceCodeRecord {
    const createdAt = this.now();
    const record: DeviceCodeRecord = {
      deviceCode: randomBytes(20).toString('hex'),
      userCode: this.freshUserCode(),
      createdAt,
      expiresAt: createdAt + lifetimeSeconds * 1_000,
      status: 'waiting',
      memberId: null,
    };

    this.byDevice.set(record.deviceCode, record);
    this.byUser.set(record.userCode, record);
    return record;
  }

  /** Finds a code a member typed, in any accepted spelling, that still awaits a decision. */
  findWaiting(typed: string): LookupResult {
    const userCode = normalizeUserCode(typed);
    if (!userCode) {
      return { ok: false, reason: 'invalid' };
    }

    const record = this.byUser.get(userCode);
    if (!record) {
      return { ok: false, reason: 'unknown' };
    }

    if (this.isExpired(record)) {
      return { ok: false, reason: 'expired' };
    }

    if (record.status !== 'waiting') {
      return { ok: false, reason: 'decided' };
    }

    return { ok: true, record };
  }

  /** Records the member's decision on the phone: approval for `memberId`, or refusal when null. */
  decide(typed: string, memberId: number | null): LookupResult {
    const found = this.findWaiting(typed);
    if (!found.ok) {
      return found;
    }

    found.record.status = memberId === null ? 'denied' : 'approved';
    found.record.memberId = memberId;
    return found;
  }

  isExpired(record: DeviceCodeRecord): boolean {
    return this.now() >= record.expiresAt;
  }

  /** Codes a member could still type: waiting and not expired. */
  waitingCodes(): DeviceCodeRecord[] {
    return [...this.byDevice.values()].filter((record) => record.status === 'waiting' && !this.isExpired(record));
  }

  /** Ends the life of every code not yet redeemed (the `expireCodes` fault). Returns how many. */
  expireAll(): number {
    const now = this.now();
    let count = 0;

    for (const record of this.byDevice.values()) {
      if (record.status !== 'redeemed' && record.expiresAt > now) {
        record.expiresAt = now;
        count += 1;
      }
    }

    return count;
  }

  /**
   * Decides one poll. Expiry wins over every other state, an approved code gives its token
   * once, and a redeemed code never gives another.
   */
  redeem(deviceCode: string): RedeemOutcome {
    const record = this.byDevice.get(deviceCode);
    if (!record) {
      return { kind: 'unknown' };
    }

    if (record.status === 'redeemed') {
      return { kind: 'redeemed' };
    }

    if (this.isExpired(record)) {
      return { kind: 'expired' };
    }

    if (record.status === 'denied') {
      return { kind: 'denied' };
    }

    if (record.status === 'waiting' || record.memberId === null) {
      return { kind: 'waiting' };
    }

    record.status = 'redeemed';
    return { kind: 'token', memberId: record.memberId };
  }

  findByDeviceCode(deviceCode: string): DeviceCodeRecord | undefined {
    return this.byDevice.get(deviceCode);
  }

  private freshUserCode(): string {
    for (let attempt = 0; attempt < USER_CODE_ATTEMPTS; attempt += 1) {
      const digits = String(randomInt(100_000, 1_000_000));
      const userCode = `${digits.slice(0, 3)}-${digits.slice(3)}`;
      if (!this.byUser.has(userCode)) {
        return userCode;
      }
    }

    throw new Error(`No free user code after ${USER_CODE_ATTEMPTS} attempts: call reset() to forget old codes.`);
  }
}
