import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createApiClient } from '../../../src/api/client';
import { InvalidResponseError, NetworkError } from '../../../src/api/errors';
import { getLogEntries, clearLog } from '../../../src/logger';
import { createSessionController, type SessionController } from '../../../src/session/sessionController';
import { createTokenStorage, MEMBERS_STORAGE_KEY, SESSION_STORAGE_KEY, type StoredMembers } from '../../../src/session/tokenStorage';
import { createMemoryStorage } from './memoryStorage';
import { startMemberEndpointsServer, type MemberEndpointsServer } from './memberEndpointsServer';

const TOKEN = 'token-7f3a9c';

let server: MemberEndpointsServer;
let storage: Storage;
let session: SessionController;

function storeSession(value: object): void {
  storage.setItem(SESSION_STORAGE_KEY, JSON.stringify(value));
}

/** Returns the active member as stored, in the single-member shape these tests were written for, or null. */
function storedSession(): unknown {
  const text = storage.getItem(MEMBERS_STORAGE_KEY);
  if (text === null) {
    return null;
  }

  const stored = JSON.parse(text) as StoredMembers;
  const active = stored.members.find((member) => member.key === stored.activeKey);
  return active ? { token: active.token, memberId: active.memberId, login: active.login } : null;
}

beforeEach(async () => {
  server = await startMemberEndpointsServer();
  storage = createMemoryStorage();
  clearLog();

  const client = createApiClient({
    baseUrl: server.url,
    apiKey: 'test-key',
    tokenUrl: `${server.url}/oauth/access_token`,
    getLocale: () => 'en',
    timeoutMs: 2_000,
  });
  session = createSessionController({ client, storage: createTokenStorage(storage) });
});

afterEach(async () => {
  session.dispose();
  await server.close();
});

describe('session start', () => {
  it('goes to pairing without a stored token', async () => {
    await session.start();

    expect(session.getState()).toEqual({ status: 'signedOut', notice: null });
    expect(server.requests).toHaveLength(0);
  });

  it('lets the member in with a valid stored token', async () => {
    storeSession({ token: TOKEN, memberId: 7, login: 'demo' });

    await session.start();

    expect(session.getState()).toEqual({ status: 'signedIn', token: TOKEN, member: { id: 7, login: 'demo' }, unverified: null });
    expect(server.requests).toEqual([{ method: 'GET', path: '/members/is_active', bearer: TOKEN }]);
  });

  it('shows the checking state while the check runs', async () => {
    storeSession({ token: TOKEN, memberId: null, login: null });
    server.replies.isActive = { delayMs: 50, then: 'ok' };

    const started = session.start();

    expect(session.getState()).toEqual({ status: 'checking' });
    await started;
    expect(session.getState().status).toBe('signedIn');
  });

  it('sends a rejected token back to pairing with the ended notice', async () => {
    storeSession({ token: TOKEN, memberId: 7, login: 'demo' });
    server.replies.isActive = 'tokenRejected';

    await session.start();

    expect(session.getState()).toEqual({ status: 'signedOut', notice: 'sessionEnded' });
    expect(storedSession()).toBeNull();
  });

  it('keeps the token and lets the member in when the network fails', async () => {
    storeSession({ token: TOKEN, memberId: 7, login: 'demo' });
    server.replies.isActive = 'drop';

    await session.start();

    const state = session.getState();
    expect(state.status).toBe('signedIn');
    if (state.status !== 'signedIn') {
      return;
    }
    expect(state.token).toBe(TOKEN);
    expect(state.unverified?.error).toBeInstanceOf(NetworkError);
    expect(storedSession()).toEqual({ token: TOKEN, memberId: 7, login: 'demo' });
  });

  it('treats an HTML 502 page at start as offline, not as signed out', async () => {
    storeSession({ token: TOKEN, memberId: null, login: null });
    server.replies.isActive = 'html502';

    await session.start();

    const state = session.getState();
    expect(state.status).toBe('signedIn');
    expect(state.status === 'signedIn' ? state.unverified?.error : null).toBeInstanceOf(InvalidResponseError);
  });

  it('ignores an unreadable stored value', async () => {
    storage.setItem(SESSION_STORAGE_KEY, '{not json');

    await session.start();

    expect(session.getState()).toEqual({ status: 'signedOut', notice: null });
    expect(storage.getItem(SESSION_STORAGE_KEY)).toBeNull();
  });
});

describe('session retry', () => {
  it('clears the offline notice once the check succeeds', async () => {
    storeSession({ token: TOKEN, memberId: 7, login: 'demo' });
    server.replies.isActive = 'drop';
    await session.start();

    server.replies.isActive = { delayMs: 30, then: 'ok' };
    const retried = session.retryValidation();
    const during = session.getState();
    await retried;

    expect(during.status).toBe('signedIn');
    expect(during.status === 'signedIn' ? during.unverified?.retrying : null).toBe(true);
    expect(session.getState()).toEqual({ status: 'signedIn', token: TOKEN, member: { id: 7, login: 'demo' }, unverified: null });
  });

  it('ends the session when the retry finds the token rejected', async () => {
    storeSession({ token: TOKEN, memberId: 7, login: 'demo' });
    server.replies.isActive = 'drop';
    await session.start();

    server.replies.isActive = 'tokenRejected';
    await session.retryValidation();

    expect(session.getState()).toEqual({ status: 'signedOut', notice: 'sessionEnded' });
  });
});

describe('session sign-in', () => {
  it('stores the token from pairing and then the member', async () => {
    await session.start();

    session.signIn(TOKEN);
    expect(storedSession()).toEqual({ token: TOKEN, memberId: null, login: null });

    session.rememberMember({ id: 7, login: 'demo' });
    expect(storedSession()).toEqual({ token: TOKEN, memberId: 7, login: 'demo' });
    expect(session.getState()).toEqual({ status: 'signedIn', token: TOKEN, member: { id: 7, login: 'demo' }, unverified: null });
  });

  it('ends the session when a query finds the token rejected', async () => {
    await session.start();
    session.signIn(TOKEN);

    session.endSession();

    expect(session.getState()).toEqual({ status: 'signedOut', notice: 'sessionEnded' });
    expect(storedSession()).toBeNull();
  });
});

describe('session sign-out', () => {
  it('revokes the token then forgets it', async () => {
    await session.start();
    session.signIn(TOKEN);

    await session.signOut();

    expect(server.requests).toEqual([{ method: 'POST', path: '/members/destroy', bearer: TOKEN }]);
    expect(session.getState()).toEqual({ status: 'signedOut', notice: null });
    expect(storedSession()).toBeNull();
  });

  it('forgets the token even when revoking fails on the network', async () => {
    await session.start();
    session.signIn(TOKEN);
    server.replies.destroy = 'drop';

    await session.signOut();

    expect(session.getState()).toEqual({ status: 'signedOut', notice: null });
    expect(storedSession()).toBeNull();
  });

  it('forgets the token even when revoking gets a 502 page', async () => {
    await session.start();
    session.signIn(TOKEN);
    server.replies.destroy = 'html502';

    await session.signOut();

    expect(session.getState()).toEqual({ status: 'signedOut', notice: null });
    expect(storedSession()).toBeNull();
  });

  it('shows the signing-out state until the revocation answers', async () => {
    await session.start();
    session.signIn(TOKEN);
    server.replies.destroy = { delayMs: 50, then: 'ok' };

    const signingOut = session.signOut();

    expect(session.getState()).toEqual({ status: 'signingOut', token: TOKEN, member: null });
    expect(storedSession()).not.toBeNull();
    await signingOut;
    expect(storedSession()).toBeNull();
  });

  it('never writes the token into the log', async () => {
    storeSession({ token: TOKEN, memberId: 7, login: 'demo' });
    server.replies.isActive = 'drop';
    await session.start();
    server.replies.destroy = 'html502';
    await session.signOut();

    const logText = JSON.stringify(getLogEntries());
    expect(logText).toContain('session');
    expect(logText).not.toContain(TOKEN);
  });
});
