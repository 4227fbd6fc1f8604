import { act, render, screen } from '@testing-library/react';
import { Profiler, type ReactNode } from 'react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { actionQueueFor } from '../../src/actions/actionQueueRegistry';
import type { ActionQueue } from '../../src/actions/actionQueue';
import { PendingBadge } from '../../src/actions/PendingBadge';
import type { AppServices } from '../../src/app/appServices';
import { I18nProvider } from '../../src/i18n/I18nProvider';
import { SessionContext, type SessionContextValue } from '../../src/session/SessionProvider';
import { createGate, startScriptedApiServer, type ScriptedApiServer } from '../unit/actions/scriptedApiServer';
import { createTestServices } from './support/testServices';

const MEMBER = 1;
const EPISODES = [11, 12, 13];

let server: ScriptedApiServer;
let services: AppServices;
let queue: ActionQueue;
/** Commits of each card's badge, by episode id. */
let badgeCommits: Map<number, number>;

function Providers({ children }: { children: ReactNode }) {
  const { session, client } = services;
  const value: SessionContextValue = {
    state: session.getState(),
    controller: session,
    client,
    members: [],
    activeMemberKey: null,
  };

  return (
    <I18nProvider store={services.localeStore}>
      <SessionContext.Provider value={value}>{children}</SessionContext.Provider>
    </I18nProvider>
  );
}

/** Renders a row of cards, each with its episode's badge inside a profiler that counts the badge's commits. */
function Row() {
  return (
    <>
      {EPISODES.map((episodeId) => (
        <div key={episodeId} data-testid={`card-${episodeId}`}>
          <Profiler id={String(episodeId)} onRender={() => badgeCommits.set(episodeId, (badgeCommits.get(episodeId) ?? 0) + 1)}>
            <PendingBadge target={{ type: 'episode', id: episodeId }} />
          </Profiler>
        </div>
      ))}
    </>
  );
}

beforeEach(async () => {
  server = await startScriptedApiServer();
  services = createTestServices({ apiUrl: server.url, storage: window.localStorage });
  queue = actionQueueFor(services.client);
  queue.setSession({ memberId: MEMBER, token: 'token-1' });
  badgeCommits = new Map();
});

afterEach(async () => {
  queue.dispose();
  await server.close();
});

describe('PendingBadge', () => {
  it('renders nothing for a card with no change queued', () => {
    render(<Row />, { wrapper: Providers });

    expect(screen.queryAllByTestId('pending-badge')).toEqual([]);
  });

  it('shows on the card whose mark waits', async () => {
    const gate = createGate();
    server.replies.push({ holdUntil: gate.promise });
    render(<Row />, { wrapper: Providers });

    act(() => {
      queue.enqueue({ kind: 'markWatched', episodeId: 12 });
    });

    const badge = screen.getByTestId('pending-badge');
    expect(badge.textContent).toBe('Waiting to be sent');
    expect(badge.getAttribute('data-target')).toBe('episode:12');
    expect(screen.getByTestId('card-12').contains(badge)).toBe(true);

    await act(async () => {
      gate.open();
      await expect.poll(() => queue.getSnapshot().actions.length).toBe(0);
    });
    expect(screen.queryAllByTestId('pending-badge')).toEqual([]);
  });

  it('leaves other cards unrendered while one mark goes out', async () => {
    const gate = createGate();
    server.replies.push({ holdUntil: gate.promise });
    render(<Row />, { wrapper: Providers });
    const mounted = new Map(badgeCommits);

    // Queued, then sending, then removed: three new snapshots of the queue.
    act(() => {
      queue.enqueue({ kind: 'markWatched', episodeId: 12 });
    });
    await act(async () => {
      gate.open();
      await expect.poll(() => queue.getSnapshot().actions.length).toBe(0);
    });

    expect(badgeCommits.get(11)).toBe(mounted.get(11));
    expect(badgeCommits.get(13)).toBe(mounted.get(13));
    // Shown once, hidden once: the move from queued to sending changes nothing on screen.
    expect(badgeCommits.get(12)).toBe((mounted.get(12) ?? 0) + 2);
  });

  it('tells the member when the change waits for sign-in', async () => {
    server.replies.push({ status: 400, body: { errors: [{ code: 2001, text: 'Token invalide' }] } });
    render(<Row />, { wrapper: Providers });

    act(() => {
      queue.enqueue({ kind: 'markWatched', episodeId: 13 });
    });
    await act(async () => {
      await expect.poll(() => queue.getSnapshot().pausedForSignIn).toBe(true);
    });

    expect(screen.getByTestId('pending-badge').textContent).toBe('Sent once you sign in again');
  });
});
