import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startSandbox, type RunningSandbox } from '../../sandbox/server';
import { requestMemberOAuthKey } from '../../src/api/auth';
import { createApiClient, type ApiClient } from '../../src/api/client';
import { createSessionController } from '../../src/session/sessionController';
import type { SessionState } from '../../src/session/sessionState';
import { createTokenStorage, MEMBERS_STORAGE_KEY } from '../../src/session/tokenStorage';
import { startPendingAttempt, type AttemptStorage } from '../../src/signin/pendingAttempt';
import { buildAuthorizeUrl, buildMemberKeyUrl } from '../../src/signin/redirectUrls';

const APP_PAGE = 'http://127.0.0.1:8080/';

let running: RunningSandbox;
let client: ApiClient;

beforeAll(async () => {
  running = await startSandbox({ port: 0, log: () => undefined });
  client = createApiClient({
    baseUrl: running.url,
    apiKey: 'sandbox-demo-key',
    clientSecret: 'sandbox-demo-secret',
    tokenUrl: `${running.url}/oauth/access_token`,
    getLocale: () => 'en',
    timeoutMs: 2_000,
  });
});

afterAll(async () => {
  await running.close();
});

beforeEach(() => {
  running.sandbox.reset();
  running.sandbox.requests.clear();
});

/** Creates a `Storage` over a Map, for both `localStorage` and the tab's `sessionStorage`. */
function createMemoryStorage(): Storage {
  const values = new Map<string, string>();
  return {
    get length() {
      return values.size;
    },
    clear: () => values.clear(),
    getItem: (name) => values.get(name) ?? null,
    key: (index) => Array.from(values.keys())[index] ?? null,
    removeItem: (name) => void values.delete(name),
    setItem: (name, value) => void values.set(name, String(value)),
  };
}

/** Posts the member's decision on a sandbox page and returns the address the browser is sent to. */
async function decideOnPage(pageUrl: string, fields: Record<string, string>): Promise<string> {
  const page = new URL(pageUrl);
  const reply = await fetch(`${page.origin}${page.pathname}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams(fields).toString(),
    redirect: 'manual',
  });

  return reply.headers.get('location') ?? '';
}

/** Starts a session on `pageUrl` as the page BetaSeries sent the browser back to. */
async function startOn(pageUrl: string, attempts: AttemptStorage, localStorage: Storage = createMemoryStorage()) {
  const replaced: string[] = [];
  const session = createSessionController({
    client,
    storage: createTokenStorage(localStorage),
    redirectReturn: { pageUrl, attemptStorage: attempts, replaceUrl: (url) => replaced.push(url) },
  });

  const states: string[] = [];
  session.subscribe(() => states.push(session.getState().status));
  await session.start();

  return { session, replaced, states, localStorage };
}

async function authorizationCodeReturn(decision: 'approve' | 'deny', attempts: AttemptStorage): Promise<string> {
  startPendingAttempt(attempts, 'authorizationCode', APP_PAGE, { now: Date.now });
  return decideOnPage(buildAuthorizeUrl(running.url, 'sandbox-demo-key', APP_PAGE), {
    client_id: 'sandbox-demo-key',
    redirect_uri: APP_PAGE,
    login: 'marathon',
    decision,
  });
}

describe('session start after a redirect sign-in', () => {
  it('exchanges an authorization code and signs in', async () => {
    const attempts = createMemoryStorage();
    const callback = await authorizationCodeReturn('approve', attempts);

    const { session, replaced, states } = await startOn(callback, attempts);

    expect(states).toEqual(['completingSignIn', 'signedIn']);
    const state = session.getState() as Extract<SessionState, { status: 'signedIn' }>;
    const infos = await fetch(`${running.url}/members/infos`, { headers: { 'X-BetaSeries-Key': 'sandbox-demo-key', Authorization: `Bearer ${state.token}` } });
    expect(((await infos.json()) as { member: { login: string } }).member.login).toBe('marathon');
    expect(replaced).toEqual([APP_PAGE]);
  });

  it('signs in with the key flow token beside a paired member', async () => {
    const localStorage = createMemoryStorage();
    const existing = running.sandbox.createToken('demo');
    localStorage.setItem(MEMBERS_STORAGE_KEY, JSON.stringify({ members: [{ key: 'a1a1a1a1a1a1a1a1', token: existing, memberId: 1, login: 'demo', avatar: null }], activeKey: 'a1a1a1a1a1a1a1a1' }));
    const attempts = createMemoryStorage();
    const { key } = await requestMemberOAuthKey(client);
    startPendingAttempt(attempts, 'memberKey', null, { now: Date.now });
    const callback = await decideOnPage(buildMemberKeyUrl(running.url, key), { key, login: 'marathon', decision: 'approve' });

    const { session, replaced } = await startOn(callback, attempts, localStorage);

    expect(session.getState().status).toBe('signedIn');
    expect(session.getMembers()).toHaveLength(2);
    expect(replaced).toHaveLength(1);
    expect(replaced[0]).not.toContain('token=');
  });

  it('shows the refusal on the sign-in screen', async () => {
    const attempts = createMemoryStorage();
    const callback = await authorizationCodeReturn('deny', attempts);

    const { session } = await startOn(callback, attempts);

    expect(session.getState()).toEqual({ status: 'signedOut', notice: 'signInRefused' });
  });

  it('rejects a callback without a pending attempt', async () => {
    const callback = await authorizationCodeReturn('approve', createMemoryStorage());

    const { session, replaced } = await startOn(callback, createMemoryStorage());

    expect(session.getState()).toEqual({ status: 'signedOut', notice: 'signInRejected' });
    expect(running.sandbox.requests.count('/oauth/access_token')).toBe(0);
    expect(replaced).toEqual([APP_PAGE]);
  });

  it('rejects the same callback on reload', async () => {
    const attempts = createMemoryStorage();
    const callback = await authorizationCodeReturn('approve', attempts);
    const first = await startOn(callback, attempts);

    const reload = await startOn(callback, attempts, first.localStorage);

    expect(reload.session.getState().status).toBe('choosing');
    expect(reload.session.getState()).toMatchObject({ notice: 'signInRejected' });
    expect(running.sandbox.requests.count('/oauth/access_token')).toBe(1);
  });

  it('reports a failed code exchange', async () => {
    const attempts = createMemoryStorage();
    const callback = await authorizationCodeReturn('approve', attempts);
    running.sandbox.faults.set({ path: '/oauth/access_token', kind: 'html5xx', times: 1 });

    const { session } = await startOn(callback, attempts);

    expect(session.getState()).toEqual({ status: 'signedOut', notice: 'signInFailed' });
    running.sandbox.faults.clear();
  });

  it('starts normally without a callback', async () => {
    const { session, replaced } = await startOn(APP_PAGE, createMemoryStorage());

    expect(session.getState()).toEqual({ status: 'signedOut', notice: null });
    expect(replaced).toEqual([]);
  });
});
