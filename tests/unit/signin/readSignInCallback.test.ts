// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { clearLog, getLogEntries } from '../../../src/logger';
import { PENDING_ATTEMPT_LIFETIME_MS, PENDING_ATTEMPT_STORAGE_KEY, startPendingAttempt } from '../../../src/signin/pendingAttempt';
import { readSignInCallback } from '../../../src/signin/readSignInCallback';

const APP = 'http://127.0.0.1:8080/';
const START = Date.UTC(2026, 11, 4, 20, 0, 0);
const CODE = '7c1e9f0b2a3d4c5e6f708192a3b4c5d6e7f80912';
const TOKEN = '5f4dcc3b5aa765d61d8327deb882cf99';

function at(time: number) {
  return { now: () => time };
}

function startCodeAttempt(time = START) {
  return startPendingAttempt(sessionStorage, 'authorizationCode', APP, at(time));
}

function startKeyAttempt(time = START) {
  return startPendingAttempt(sessionStorage, 'memberKey', null, at(time));
}

beforeEach(() => {
  clearLog();
});

afterEach(() => {
  sessionStorage.clear();
});

describe('readSignInCallback', () => {
  it('accepts a code for a live authorization-code attempt', () => {
    startCodeAttempt();

    expect(readSignInCallback(`${APP}?code=${CODE}`, sessionStorage, at(START + 30_000))).toEqual({
      kind: 'code',
      code: CODE,
      redirectUri: APP,
    });
  });

  it('accepts a token for a live key-flow attempt', () => {
    startKeyAttempt();

    expect(readSignInCallback(`${APP}?token=${TOKEN}`, sessionStorage, at(START + 30_000))).toEqual({ kind: 'token', token: TOKEN });
  });

  it('rejects a forged callback with no attempt', () => {
    expect(readSignInCallback(`${APP}?code=${CODE}`, sessionStorage, at(START))).toEqual({ kind: 'rejected', reason: 'noPendingAttempt' });
    expect(readSignInCallback(`${APP}?token=${TOKEN}`, sessionStorage, at(START))).toEqual({ kind: 'rejected', reason: 'noPendingAttempt' });
  });

  it('rejects a replayed callback', () => {
    startKeyAttempt();
    const first = readSignInCallback(`${APP}?token=${TOKEN}`, sessionStorage, at(START + 1_000));
    const reload = readSignInCallback(`${APP}?token=${TOKEN}`, sessionStorage, at(START + 2_000));

    expect(first.kind).toBe('token');
    expect(reload).toEqual({ kind: 'rejected', reason: 'noPendingAttempt' });
  });

  it('rejects a late callback', () => {
    startCodeAttempt();

    const late = readSignInCallback(`${APP}?code=${CODE}`, sessionStorage, at(START + PENDING_ATTEMPT_LIFETIME_MS));

    expect(late).toEqual({ kind: 'rejected', reason: 'expired' });
  });

  it('rejects a token sent to an authorization-code attempt', () => {
    startCodeAttempt();

    expect(readSignInCallback(`${APP}?token=${TOKEN}`, sessionStorage, at(START))).toEqual({ kind: 'rejected', reason: 'wrongMethod' });
  });

  it('rejects a code sent to a key-flow attempt', () => {
    startKeyAttempt();

    expect(readSignInCallback(`${APP}?code=${CODE}`, sessionStorage, at(START))).toEqual({ kind: 'rejected', reason: 'wrongMethod' });
  });

  it('uses up the attempt on a rejected callback', () => {
    startKeyAttempt();

    const forged = readSignInCallback(`${APP}?code=${CODE}`, sessionStorage, at(START));
    const honest = readSignInCallback(`${APP}?token=${TOKEN}`, sessionStorage, at(START));

    expect(forged.kind).toBe('rejected');
    expect(honest).toEqual({ kind: 'rejected', reason: 'noPendingAttempt' });
  });

  it('rejects conflicting parameters even with an attempt', () => {
    startKeyAttempt();

    expect(readSignInCallback(`${APP}?code=${CODE}&token=${TOKEN}`, sessionStorage, at(START))).toEqual({
      kind: 'rejected',
      reason: 'conflicting',
    });
    expect(sessionStorage.getItem(PENDING_ATTEMPT_STORAGE_KEY)).toBeNull();
  });

  it('reports a refusal for a live attempt', () => {
    startCodeAttempt();

    expect(readSignInCallback(`${APP}?error=access_denied`, sessionStorage, at(START))).toEqual({
      kind: 'error',
      method: 'authorizationCode',
      error: 'access_denied',
      description: null,
    });
  });

  it('rejects an error with no attempt', () => {
    expect(readSignInCallback(`${APP}?error=access_denied`, sessionStorage, at(START))).toEqual({
      kind: 'rejected',
      reason: 'noPendingAttempt',
    });
  });

  it('discards the attempt on an ordinary start', () => {
    startCodeAttempt();

    expect(readSignInCallback(APP, sessionStorage, at(START))).toEqual({ kind: 'none' });
    expect(readSignInCallback(`${APP}?code=${CODE}`, sessionStorage, at(START))).toEqual({ kind: 'rejected', reason: 'noPendingAttempt' });
  });

  it('ignores state, which the live API drops', () => {
    startCodeAttempt();

    expect(readSignInCallback(`${APP}?code=${CODE}&state=forged`, sessionStorage, at(START)).kind).toBe('code');
  });

  it('logs outcomes without the code or the token', () => {
    startCodeAttempt();
    readSignInCallback(`${APP}?code=${CODE}`, sessionStorage, at(START));
    readSignInCallback(`${APP}?token=${TOKEN}`, sessionStorage, at(START));

    const logged = JSON.stringify(getLogEntries());
    expect(getLogEntries().map((entry) => entry.message)).toEqual(['sign-in callback accepted', 'sign-in callback rejected']);
    expect(logged).not.toContain(CODE);
    expect(logged).not.toContain(TOKEN);
  });
});
