// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import {
  consumePendingAttempt,
  discardPendingAttempt,
  PENDING_ATTEMPT_LIFETIME_MS,
  PENDING_ATTEMPT_STORAGE_KEY,
  startPendingAttempt,
} from '../../../src/signin/pendingAttempt';

const START = Date.UTC(2026, 11, 4, 20, 0, 0);

function clockAt(time: number) {
  return { now: () => time };
}

afterEach(() => {
  sessionStorage.clear();
});

describe('pending attempt', () => {
  it('stores an attempt with a random id and an expiry', () => {
    const attempt = startPendingAttempt(sessionStorage, 'authorizationCode', 'http://127.0.0.1:8080/', clockAt(START));

    expect(attempt.id).toMatch(/^[0-9a-f]{32}$/);
    expect(attempt.expiresAt - attempt.createdAt).toBe(PENDING_ATTEMPT_LIFETIME_MS);
    expect(JSON.parse(sessionStorage.getItem(PENDING_ATTEMPT_STORAGE_KEY) ?? 'null')).toEqual(attempt);
  });

  it('draws a new id for each attempt', () => {
    const first = startPendingAttempt(sessionStorage, 'memberKey', null, clockAt(START));
    const second = startPendingAttempt(sessionStorage, 'memberKey', null, clockAt(START));

    expect(first.id).not.toBe(second.id);
  });

  it('is consumed exactly once', () => {
    const attempt = startPendingAttempt(sessionStorage, 'memberKey', null, clockAt(START));

    expect(consumePendingAttempt(sessionStorage, clockAt(START + 1_000))).toEqual({ ok: true, attempt });
    expect(consumePendingAttempt(sessionStorage, clockAt(START + 2_000))).toEqual({ ok: false, reason: 'none' });
    expect(sessionStorage.getItem(PENDING_ATTEMPT_STORAGE_KEY)).toBeNull();
  });

  it('keeps only the latest attempt', () => {
    startPendingAttempt(sessionStorage, 'memberKey', null, clockAt(START));
    const latest = startPendingAttempt(sessionStorage, 'authorizationCode', 'http://127.0.0.1/', clockAt(START + 5_000));

    expect(consumePendingAttempt(sessionStorage, clockAt(START + 6_000))).toEqual({ ok: true, attempt: latest });
  });

  it('expires at the end of its lifetime', () => {
    startPendingAttempt(sessionStorage, 'memberKey', null, clockAt(START));
    const beforeEnd = consumePendingAttempt(sessionStorage, clockAt(START + PENDING_ATTEMPT_LIFETIME_MS - 1));
    expect(beforeEnd.ok).toBe(true);

    startPendingAttempt(sessionStorage, 'memberKey', null, clockAt(START));
    const atEnd = consumePendingAttempt(sessionStorage, clockAt(START + PENDING_ATTEMPT_LIFETIME_MS));
    expect(atEnd).toEqual({ ok: false, reason: 'expired' });
    expect(sessionStorage.getItem(PENDING_ATTEMPT_STORAGE_KEY)).toBeNull();
  });

  it('counts a record from the future as expired', () => {
    startPendingAttempt(sessionStorage, 'memberKey', null, clockAt(START));

    expect(consumePendingAttempt(sessionStorage, clockAt(START - 1))).toEqual({ ok: false, reason: 'expired' });
  });

  it.each([
    ['text that is not JSON', 'not json'],
    ['a JSON string', '"attempt"'],
    ['an id that is not 32 hex digits', JSON.stringify({ id: 'x', method: 'memberKey', redirectUri: null, createdAt: START, expiresAt: START + 1 })],
    ['an unknown method', JSON.stringify({ id: 'a'.repeat(32), method: 'password', redirectUri: null, createdAt: START, expiresAt: START + 1 })],
    ['a numeric redirect address', JSON.stringify({ id: 'a'.repeat(32), method: 'authorizationCode', redirectUri: 1, createdAt: START, expiresAt: START + 1 })],
    ['an expiry before the start', JSON.stringify({ id: 'a'.repeat(32), method: 'memberKey', redirectUri: null, createdAt: START, expiresAt: START - 1 })],
    ['a text time', JSON.stringify({ id: 'a'.repeat(32), method: 'memberKey', redirectUri: null, createdAt: String(START), expiresAt: START + 1 })],
  ])('rejects and removes a record with %s', (_case, text) => {
    sessionStorage.setItem(PENDING_ATTEMPT_STORAGE_KEY, text);

    expect(consumePendingAttempt(sessionStorage, clockAt(START))).toEqual({ ok: false, reason: 'unreadable' });
    expect(sessionStorage.getItem(PENDING_ATTEMPT_STORAGE_KEY)).toBeNull();
  });

  it('is gone after discard', () => {
    startPendingAttempt(sessionStorage, 'memberKey', null, clockAt(START));
    discardPendingAttempt(sessionStorage);

    expect(consumePendingAttempt(sessionStorage, clockAt(START))).toEqual({ ok: false, reason: 'none' });
  });

  it('throws when the storage rejects the write', () => {
    const fullStorage = {
      getItem: () => null,
      removeItem: () => undefined,
      setItem: () => {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      },
    };

    expect(() => startPendingAttempt(fullStorage, 'memberKey', null, clockAt(START))).toThrow(/quota/);
  });

  it('uses the injected random source', () => {
    const attempt = startPendingAttempt(sessionStorage, 'memberKey', null, {
      now: () => START,
      randomBytes: (bytes) => bytes.fill(0xab),
    });

    expect(attempt.id).toBe('ab'.repeat(16));
  });
});
