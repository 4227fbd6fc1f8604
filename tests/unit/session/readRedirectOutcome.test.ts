import { describe, expect, it } from 'vitest';
import { readRedirectOutcome } from '../../../src/session/readRedirectOutcome';
import type { RedirectReturn } from '../../../src/session/redirectReturn';
import { hasCallbackParameters } from '../../../src/signin/callbackParameters';
import { PENDING_ATTEMPT_STORAGE_KEY, startPendingAttempt } from '../../../src/signin/pendingAttempt';
import { createMemoryStorage } from './memoryStorage';
import { createSandboxApiClient } from '../../support/sandboxApiClient';

const NOW = 1_700_000_000_000;
const APP_PAGE = 'http://127.0.0.1:5173/';

// No request is sent in these cases: the client only has to exist.
const client = createSandboxApiClient('http://127.0.0.1:9/api');

function returnTo(pageUrl: string, storage: Storage): RedirectReturn & { replaced: string[] } {
  const replaced: string[] = [];
  return { pageUrl, attemptStorage: storage, replaceUrl: (url) => replaced.push(url), replaced };
}

function storageWithKeyAttempt(): Storage {
  const storage = createMemoryStorage();
  startPendingAttempt(storage, 'memberKey', null, { now: () => NOW });
  return storage;
}

describe('readRedirectOutcome', () => {
  it('discards a pending attempt on an ordinary start', async () => {
    const storage = storageWithKeyAttempt();
    const returned = returnTo(APP_PAGE, storage);

    expect(await readRedirectOutcome(returned, client, () => NOW)).toEqual({ kind: 'none' });
    expect(storage.getItem(PENDING_ATTEMPT_STORAGE_KEY)).toBeNull();
    expect(returned.replaced).toEqual([]);
  });

  it('accepts a key-flow token for a live attempt', async () => {
    const storage = storageWithKeyAttempt();
    const returned = returnTo(`${APP_PAGE}?token=0123456789abcdef&lang=fr`, storage);

    expect(await readRedirectOutcome(returned, client, () => NOW + 1_000)).toEqual({ kind: 'token', token: '0123456789abcdef' });
    expect(storage.getItem(PENDING_ATTEMPT_STORAGE_KEY)).toBeNull();
    expect(returned.replaced).toEqual([`${APP_PAGE}?lang=fr`]);
  });

  it('rejects a token with no attempt', async () => {
    const returned = returnTo(`${APP_PAGE}?token=0123456789abcdef`, createMemoryStorage());

    expect(await readRedirectOutcome(returned, client, () => NOW)).toEqual({ kind: 'notice', notice: 'signInRejected' });
    expect(returned.replaced).toEqual([APP_PAGE]);
  });

  it('removes a lone state parameter', async () => {
    const returned = returnTo(`${APP_PAGE}?state=abc`, createMemoryStorage());

    expect(await readRedirectOutcome(returned, client, () => NOW)).toEqual({ kind: 'none' });
    expect(returned.replaced).toEqual([APP_PAGE]);
  });
});

describe('hasCallbackParameters', () => {
  it.each([
    ['code', `${APP_PAGE}?code=abc`, true],
    ['error_description alone', `${APP_PAGE}?error_description=x`, true],
    ['other parameters', `${APP_PAGE}?lang=fr#code=abc`, false],
    ['an address that does not parse', 'not a url', false],
  ])('reads %s', (_case, pageUrl, expected) => {
    expect(hasCallbackParameters(pageUrl)).toBe(expected);
  });
});
