import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startSandbox, type RunningSandbox } from '../../../sandbox/server';
import { createApiClient } from '../../../src/api/client';
import { clearLog, getLogEntries } from '../../../src/logger';
import { createSessionController, type SessionController } from '../../../src/session/sessionController';
import type { SessionState } from '../../../src/session/sessionState';
import { createTokenStorage, MEMBERS_STORAGE_KEY, SESSION_STORAGE_KEY, type StoredMembers } from '../../../src/session/tokenStorage';
import { createMemoryStorage } from './memoryStorage';

let running: RunningSandbox;
let storage: Storage;
let session: SessionController;

beforeAll(async () => {
  running = await startSandbox({ port: 0, log: () => undefined });
});

afterAll(async () => {
  await running.close();
});

beforeEach(() => {
  running.sandbox.reset();
  running.sandbox.requests.clear();
  storage = createMemoryStorage();
  clearLog();
  session?.dispose();
  session = createSessionController({
    client: createApiClient({
      baseUrl: running.url,
      apiKey: 'sandbox-demo-key',
      clientSecret: 'sandbox-demo-secret',
      tokenUrl: `${running.url}/oauth/access_token`,
      getLocale: () => 'en',
      timeoutMs: 2_000,
    }),
    storage: createTokenStorage(storage),
    redirectReturn: null,
  });
});

function stored(): StoredMembers | null {
  const text = storage.getItem(MEMBERS_STORAGE_KEY);
  return text === null ? null : (JSON.parse(text) as StoredMembers);
}

function storeMembers(entries: Array<{ key: string; login: string; memberId: number }>): Record<string, string> {
  const tokens: Record<string, string> = {};
  const members = entries.map((entry) => {
    tokens[entry.key] = running.sandbox.createToken(entry.login);
    return { key: entry.key, token: tokens[entry.key], memberId: entry.memberId, login: entry.login, avatar: null };
  });

  storage.setItem(MEMBERS_STORAGE_KEY, JSON.stringify({ members, activeKey: entries[0]?.key ?? null }));
  return tokens;
}

async function isActive(token: string): Promise<boolean> {
  const reply = await fetch(`${running.url}/members/is_active`, { headers: { 'X-BetaSeries-Key': 'sandbox-demo-key', Authorization: `Bearer ${token}` } });
  return reply.status === 200;
}

const TWO_MEMBERS = [
  { key: 'a1a1a1a1a1a1a1a1', login: 'demo', memberId: 1 },
  { key: 'b2b2b2b2b2b2b2b2', login: 'marathon', memberId: 2 },
];

describe('paired members at start', () => {
  it('asks who is watching with two members', async () => {
    storeMembers(TWO_MEMBERS);

    await session.start();

    expect(session.getState()).toEqual({
      status: 'choosing',
      notice: null,
      members: [
        { key: 'a1a1a1a1a1a1a1a1', id: 1, login: 'demo', avatar: null },
        { key: 'b2b2b2b2b2b2b2b2', id: 2, login: 'marathon', avatar: null },
      ],
    });
    expect(running.sandbox.requests.count()).toBe(0);
  });

  it('opens the only member directly', async () => {
    storeMembers([TWO_MEMBERS[0] as (typeof TWO_MEMBERS)[number]]);

    await session.start();

    expect(session.getState().status).toBe('signedIn');
    expect(running.sandbox.requests.count('/members/is_active')).toBe(1);
  });

  it('moves a single-member session to the list', async () => {
    const token = running.sandbox.createToken('demo');
    storage.setItem(SESSION_STORAGE_KEY, JSON.stringify({ token, memberId: 1, login: 'demo' }));

    await session.start();

    expect(session.getState()).toEqual({ status: 'signedIn', token, member: { id: 1, login: 'demo' }, unverified: null });
    expect(storage.getItem(SESSION_STORAGE_KEY)).toBeNull();
    expect(stored()?.members.map((member) => member.token)).toEqual([token]);
  });

  it('never exposes tokens in the member list', async () => {
    const tokens = storeMembers(TWO_MEMBERS);

    await session.start();

    const listed = JSON.stringify([session.getMembers(), session.getState()]);
    for (const token of Object.values(tokens)) {
      expect(listed).not.toContain(token);
    }
  });
});

describe('choosing and switching', () => {
  it('opens the chosen member after checking the token', async () => {
    const tokens = storeMembers(TWO_MEMBERS);
    await session.start();

    await session.chooseMember('b2b2b2b2b2b2b2b2');

    expect(session.getState()).toEqual({ status: 'signedIn', token: tokens['b2b2b2b2b2b2b2b2'], member: { id: 2, login: 'marathon' }, unverified: null });
    expect(session.getActiveMemberKey()).toBe('b2b2b2b2b2b2b2b2');
    expect(stored()?.activeKey).toBe('b2b2b2b2b2b2b2b2');
  });

  it('announces the member change before the state changes', async () => {
    storeMembers(TWO_MEMBERS);
    await session.start();
    await session.chooseMember('a1a1a1a1a1a1a1a1');
    const seen: string[] = [];
    session.onMemberChange(() => seen.push(`change while ${session.getState().status}`));
    session.subscribe(() => seen.push(`state ${session.getState().status}`));

    session.switchMember();
    await session.chooseMember('b2b2b2b2b2b2b2b2');

    expect(seen).toEqual(['change while signedIn', 'state choosing', 'change while choosing', 'state checking', 'state signedIn']);
  });

  it('keeps the member to return to after a switch from Profile', async () => {
    storeMembers(TWO_MEMBERS);
    await session.start();
    await session.chooseMember('a1a1a1a1a1a1a1a1');

    session.switchMember(true);

    const state = session.getState() as Extract<SessionState, { status: 'choosing' }>;
    expect(state.status).toBe('choosing');
    expect(state.returnKey).toBe('a1a1a1a1a1a1a1a1');
  });

  it('keeps no member to return to after Back on Home', async () => {
    storeMembers(TWO_MEMBERS);
    await session.start();
    await session.chooseMember('a1a1a1a1a1a1a1a1');

    session.switchMember();

    const state = session.getState() as Extract<SessionState, { status: 'choosing' }>;
    expect(state.status).toBe('choosing');
    expect(state.returnKey).toBeUndefined();
  });

  it('forgets a member whose token was revoked elsewhere', async () => {
    const tokens = storeMembers(TWO_MEMBERS);
    await fetch(`${running.url}/members/destroy`, {
      method: 'POST',
      headers: { 'X-BetaSeries-Key': 'sandbox-demo-key', Authorization: `Bearer ${tokens['b2b2b2b2b2b2b2b2']}` },
    });
    await session.start();

    await session.chooseMember('b2b2b2b2b2b2b2b2');

    const state = session.getState() as Extract<SessionState, { status: 'choosing' }>;
    expect(state.status).toBe('choosing');
    expect(state.notice).toBe('sessionEnded');
    expect(state.members.map((member) => member.login)).toEqual(['demo']);
  });

  it('ignores choosing outside who is watching', async () => {
    storeMembers(TWO_MEMBERS);
    await session.start();
    await session.chooseMember('a1a1a1a1a1a1a1a1');

    await session.chooseMember('b2b2b2b2b2b2b2b2');

    expect(session.getActiveMemberKey()).toBe('a1a1a1a1a1a1a1a1');
  });
});

describe('adding a member', () => {
  it('adds a second member and opens them', async () => {
    storeMembers([TWO_MEMBERS[0] as (typeof TWO_MEMBERS)[number]]);
    await session.start();

    session.addMember();
    expect(session.getState().status).toBe('adding');
    const token = running.sandbox.createToken('marathon');
    session.signIn(token);

    expect(session.getState()).toEqual({ status: 'signedIn', token, member: null, unverified: null });
    expect(stored()?.members).toHaveLength(2);
    expect(stored()?.activeKey).toBe(session.getActiveMemberKey());
  });

  it('returns to who is watching on cancel', async () => {
    storeMembers(TWO_MEMBERS);
    await session.start();

    session.addMember();
    session.cancelAdding();

    expect(session.getState().status).toBe('choosing');
  });

  it('replaces the token of a member paired again', async () => {
    storeMembers(TWO_MEMBERS);
    await session.start();
    session.addMember();

    const fresh = running.sandbox.createToken('demo');
    session.signIn(fresh, { id: 1, login: 'demo' });

    expect(stored()?.members.map((member) => [member.login, member.token === fresh])).toEqual([
      ['demo', true],
      ['marathon', false],
    ]);
  });

  it('merges a member whose id arrives later', async () => {
    storeMembers(TWO_MEMBERS);
    await session.start();
    session.addMember();

    session.signIn(running.sandbox.createToken('marathon'));
    session.rememberMember({ id: 2, login: 'marathon', avatar: 'http://127.0.0.1/images/avatar-2.svg' });

    const members = session.getMembers();
    expect(members.map((member) => member.login)).toEqual(['demo', 'marathon']);
    expect(members[1]?.key).toBe(session.getActiveMemberKey());
    expect(members[1]?.avatar).toBe('http://127.0.0.1/images/avatar-2.svg');
  });
});

describe('leaving and removing', () => {
  it('signs out the active member only', async () => {
    const tokens = storeMembers(TWO_MEMBERS);
    await session.start();
    await session.chooseMember('a1a1a1a1a1a1a1a1');

    await session.signOut();

    expect(session.getState()).toEqual({
      status: 'choosing',
      notice: null,
      members: [{ key: 'b2b2b2b2b2b2b2b2', id: 2, login: 'marathon', avatar: null }],
    });
    expect(await isActive(tokens['a1a1a1a1a1a1a1a1'] as string)).toBe(false);
    expect(await isActive(tokens['b2b2b2b2b2b2b2b2'] as string)).toBe(true);
  });

  it('ends a rejected session and keeps the others', async () => {
    storeMembers(TWO_MEMBERS);
    await session.start();
    await session.chooseMember('b2b2b2b2b2b2b2b2');

    session.endSession();

    const state = session.getState();
    expect(state.status).toBe('choosing');
    expect(state.status === 'choosing' ? state.notice : null).toBe('sessionEnded');
    expect(stored()?.members.map((member) => member.login)).toEqual(['demo']);
  });

  it('removes a member and revokes their token', async () => {
    const tokens = storeMembers(TWO_MEMBERS);
    await session.start();

    await session.removeMember('b2b2b2b2b2b2b2b2');

    expect(session.getMembers().map((member) => member.login)).toEqual(['demo']);
    expect(session.getState().status).toBe('choosing');
    expect(await isActive(tokens['b2b2b2b2b2b2b2b2'] as string)).toBe(false);
    expect(await isActive(tokens['a1a1a1a1a1a1a1a1'] as string)).toBe(true);
  });

  it('goes to sign-in after removing the last member', async () => {
    storeMembers(TWO_MEMBERS);
    await session.start();

    await session.removeMember('a1a1a1a1a1a1a1a1');
    await session.removeMember('b2b2b2b2b2b2b2b2');

    expect(session.getState()).toEqual({ status: 'signedOut', notice: null });
    expect(stored()).toBeNull();
  });

  it('removes a member even when the revocation fails', async () => {
    storeMembers(TWO_MEMBERS);
    await session.start();
    running.sandbox.faults.set({ path: '/members/destroy', kind: 'drop', times: 1 });

    await session.removeMember('b2b2b2b2b2b2b2b2');

    expect(session.getMembers().map((member) => member.login)).toEqual(['demo']);
    running.sandbox.faults.clear();
  });

  it('logs no token', async () => {
    const tokens = storeMembers(TWO_MEMBERS);
    await session.start();
    await session.chooseMember('a1a1a1a1a1a1a1a1');
    session.switchMember();
    await session.removeMember('b2b2b2b2b2b2b2b2');

    const logged = JSON.stringify(getLogEntries());
    for (const token of Object.values(tokens)) {
      expect(logged).not.toContain(token);
    }
  });
});
