import { PENDING_ATTEMPT_STORAGE_KEY } from './callbackParameters';

/**
 * The one-time record of a redirect sign-in in progress, written just before the app sends the
 * browser to BetaSeries and consumed by the first page load that follows. The live API has been
 * seen to drop OAuth's `state`, so this record is what ties a callback to a sign-in the app
 * started: a callback with no live record is rejected. The record contains no secret.
 */

/** The two sign-in methods that leave the app and come back through a callback. */
export type RedirectSignInMethod = 'authorizationCode' | 'memberKey';

export interface PendingAttempt {
  /** 32 random hex digits, so two attempts (two tabs, a retry) are never confused. */
  id: string;
  method: RedirectSignInMethod;
  /** The `redirect_uri` sent to `/authorize`, which the code exchange must repeat; null for the key flow. */
  redirectUri: string | null;
  /** Wall-clock times in ms since the epoch. */
  createdAt: number;
  expiresAt: number;
}

/** The part of the Web Storage API the record needs; `sessionStorage` in the app. */
export type AttemptStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

export { PENDING_ATTEMPT_STORAGE_KEY };

/**
 * How long a member may stay on the BetaSeries pages. 10 minutes is the maximum lifetime that
 * RFC 6749 section 4.1.2 recommends for the authorization code that comes back.
 */
export const PENDING_ATTEMPT_LIFETIME_MS = 10 * 60_000;

export interface AttemptClock {
  now: () => number;
  /** Fills the array with random bytes; `crypto.getRandomValues` in the app. */
  randomBytes?: (bytes: Uint8Array) => Uint8Array;
}

/** The reason no attempt could be consumed. `unreadable` covers a record from another app version or a tampered one. */
export type ConsumeFailure = 'none' | 'expired' | 'unreadable';

export type ConsumeResult = { ok: true; attempt: PendingAttempt } | { ok: false; reason: ConsumeFailure };

function defaultRandomBytes(bytes: Uint8Array): Uint8Array {
  return crypto.getRandomValues(bytes);
}

function toHex(bytes: Uint8Array): string {
  let hex = '';
  for (let index = 0; index < bytes.length; index += 1) {
    hex += (bytes[index] as number).toString(16).padStart(2, '0');
  }

  return hex;
}

/**
 * Records a new attempt, replacing any earlier one, and returns it. Throws when the storage
 * rejects the write (Safari's private mode, a full quota): a sign-in whose callback would be
 * rejected must not start.
 */
export function startPendingAttempt(
  storage: AttemptStorage,
  method: RedirectSignInMethod,
  redirectUri: string | null,
  clock: AttemptClock,
): PendingAttempt {
  const createdAt = clock.now();
  const attempt: PendingAttempt = {
    id: toHex((clock.randomBytes ?? defaultRandomBytes)(new Uint8Array(16))),
    method,
    redirectUri,
    createdAt,
    expiresAt: createdAt + PENDING_ATTEMPT_LIFETIME_MS,
  };

  storage.setItem(PENDING_ATTEMPT_STORAGE_KEY, JSON.stringify(attempt));
  return attempt;
}

function isMethod(value: unknown): value is RedirectSignInMethod {
  return value === 'authorizationCode' || value === 'memberKey';
}

/** Reads a stored record, or returns null when any field is missing or of the wrong type. */
function parseAttempt(text: string): PendingAttempt | null {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return null;
  }

  if (typeof raw !== 'object' || raw === null) {
    return null;
  }

  const record = raw as Record<string, unknown>;
  const { id, method, redirectUri, createdAt, expiresAt } = record;
  if (typeof id !== 'string' || !/^[0-9a-f]{32}$/.test(id) || !isMethod(method)) {
    return null;
  }

  if (redirectUri !== null && typeof redirectUri !== 'string') {
    return null;
  }

  if (typeof createdAt !== 'number' || typeof expiresAt !== 'number' || !(createdAt < expiresAt)) {
    return null;
  }

  return { id, method, redirectUri, createdAt, expiresAt };
}

/**
 * Removes the stored attempt and returns it when it is still live. The record is removed on
 * every path, readable or not, so a callback is accepted at most once, and a reload or a forged
 * callback after it finds nothing. A record dated in the future (the clock went back) counts
 * as expired, because its age cannot be judged.
 */
export function consumePendingAttempt(storage: AttemptStorage, clock: Pick<AttemptClock, 'now'>): ConsumeResult {
  const text = storage.getItem(PENDING_ATTEMPT_STORAGE_KEY);
  storage.removeItem(PENDING_ATTEMPT_STORAGE_KEY);

  if (text === null) {
    return { ok: false, reason: 'none' };
  }

  const attempt = parseAttempt(text);
  if (!attempt) {
    return { ok: false, reason: 'unreadable' };
  }

  const now = clock.now();
  if (now >= attempt.expiresAt || now < attempt.createdAt) {
    return { ok: false, reason: 'expired' };
  }

  return { ok: true, attempt };
}

/** Forgets the attempt, for a member who cancels before leaving or a redirect that failed to start. */
export function discardPendingAttempt(storage: AttemptStorage): void {
  storage.removeItem(PENDING_ATTEMPT_STORAGE_KEY);
}
