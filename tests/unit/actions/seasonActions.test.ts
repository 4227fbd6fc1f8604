import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createActionQueue, type ActionQueue } from '../../../src/actions/actionQueue';
import { actionStoreKey, createActionStore } from '../../../src/actions/actionStore';
import { addCollapsing } from '../../../src/actions/collapseActions';
import { validateActionInput, type MemberActionInput, type QueuedAction } from '../../../src/actions/memberAction';
import { pendingStateOf } from '../../../src/actions/pendingActions';
import type { QueueSnapshot } from '../../../src/actions/actionQueueTypes';
import { apiError, startScriptedApiServer, type ScriptedApiServer } from './scriptedApiServer';
import { createTestStorage, type TestStorage } from './testStorage';

const MEMBER = 1;
const FAST_RETRY = { firstRetryMs: 40, maxRetryMs: 200, maxUnreadableAttempts: 3 };

let nextId = 0;

function queued(input: MemberActionInput, extra: Partial<QueuedAction> = {}): QueuedAction {
  nextId += 1;
  return { ...input, id: `s${nextId}`, memberId: MEMBER, createdAt: nextId, status: 'queued', attempts: 0, ...extra } as QueuedAction;
}

/** Adds each input in turn, as the member makes the changes, and returns the queue's list. */
function addAll(inputs: MemberActionInput[]): QueuedAction[] {
  let actions: QueuedAction[] = [];
  for (const input of inputs) {
    actions = addCollapsing(actions, queued(input)).actions;
  }

  return actions;
}

function describeAll(actions: readonly QueuedAction[]): string[] {
  return actions.map((action) => {
    if (action.kind === 'markSeasonWatched') {
      return `${action.kind} ${action.showId}/${action.season}`;
    }

    return 'episodeId' in action ? `${action.kind} ${action.episodeId}` : action.kind;
  });
}

describe('season actions: collapsing', () => {
  it('replays season mark then episode unmark in order', () => {
    const actions = addAll([
      { kind: 'markSeasonWatched', showId: 7, season: 2 },
      { kind: 'unmarkWatched', episodeId: 71 },
    ]);

    expect(describeAll(actions)).toEqual(['markSeasonWatched 7/2', 'unmarkWatched 71']);
  });

  it('keeps an unmark that follows a season mark', () => {
    // Unmark E, mark its season, unmark E again: E must end unwatched.
    const actions = addAll([
      { kind: 'unmarkWatched', episodeId: 71 },
      { kind: 'markSeasonWatched', showId: 7, season: 2 },
      { kind: 'unmarkWatched', episodeId: 71 },
    ]);

    expect(describeAll(actions)).toEqual(['unmarkWatched 71', 'markSeasonWatched 7/2', 'unmarkWatched 71']);
  });

  it('does not cancel a mark across a season mark', () => {
    const actions = addAll([
      { kind: 'markWatched', episodeId: 71 },
      { kind: 'markSeasonWatched', showId: 7, season: 2 },
      { kind: 'unmarkWatched', episodeId: 71 },
    ]);

    expect(describeAll(actions)).toEqual(['markWatched 71', 'markSeasonWatched 7/2', 'unmarkWatched 71']);
  });

  it('keeps a second season mark after an episode unmark', () => {
    const actions = addAll([
      { kind: 'markSeasonWatched', showId: 7, season: 2 },
      { kind: 'unmarkWatched', episodeId: 71 },
      { kind: 'markSeasonWatched', showId: 7, season: 2 },
    ]);

    expect(describeAll(actions)).toEqual(['markSeasonWatched 7/2', 'unmarkWatched 71', 'markSeasonWatched 7/2']);
  });

  it('drops a repeated season mark with nothing between', () => {
    const first = queued({ kind: 'markSeasonWatched', showId: 7, season: 2 });

    const added = addCollapsing([first], queued({ kind: 'markSeasonWatched', showId: 7, season: 2 }));

    expect(added.actions).toEqual([first]);
    expect(added.result).toEqual({ kind: 'duplicate', action: first });
  });

  it('keeps marks of two seasons apart', () => {
    const actions = addAll([
      { kind: 'markSeasonWatched', showId: 7, season: 1 },
      { kind: 'markSeasonWatched', showId: 7, season: 2 },
      { kind: 'markSeasonWatched', showId: 8, season: 1 },
    ]);

    expect(describeAll(actions)).toEqual(['markSeasonWatched 7/1', 'markSeasonWatched 7/2', 'markSeasonWatched 8/1']);
  });

  it('still cancels episode actions with no season between', () => {
    const actions = addAll([
      { kind: 'markSeasonWatched', showId: 7, season: 2 },
      { kind: 'markWatched', episodeId: 99 },
      { kind: 'unmarkWatched', episodeId: 99 },
    ]);

    expect(describeAll(actions)).toEqual(['markSeasonWatched 7/2']);
  });
});

describe('season actions: input and storage', () => {
  it('rejects a negative or fractional season', () => {
    expect(() => validateActionInput({ kind: 'markSeasonWatched', showId: 7, season: -1 })).toThrow(/Invalid season: -1/);
    expect(() => validateActionInput({ kind: 'markSeasonWatched', showId: 7, season: 1.5 })).toThrow(/Invalid season: 1.5/);
    expect(() => validateActionInput({ kind: 'markSeasonWatched', showId: 0, season: 1 })).toThrow(/Invalid show id: 0/);
    expect(() => validateActionInput({ kind: 'markSeasonWatched', showId: 7, season: 0 })).not.toThrow();
  });

  it('keeps a season action across a new store', () => {
    const storage = createTestStorage();
    const saved = [queued({ kind: 'markSeasonWatched', showId: 7, season: 0 })];

    createActionStore(storage).save(MEMBER, saved);

    expect(createActionStore(storage).load(MEMBER)).toEqual(saved);
  });

  it('drops a stored season action without a valid season', () => {
    const storage = createTestStorage();
    const base = { id: 'x1', kind: 'markSeasonWatched', showId: 7, memberId: MEMBER, createdAt: 1, status: 'queued', attempts: 0 };
    storage.setItem(actionStoreKey(MEMBER), JSON.stringify({ version: 1, actions: [{ ...base }, { ...base, id: 'x2', season: -2 }, { ...base, id: 'x3', season: 3 }] }));

    expect(createActionStore(storage).load(MEMBER).map((action) => action.id)).toEqual(['x3']);
  });
});

describe('season actions: pending state', () => {
  function snapshot(actions: QueuedAction[], pausedForSignIn = false): QueueSnapshot {
    return { memberId: MEMBER, actions, pausedForSignIn, retryAt: null };
  }

  it('matches a season by show and number', () => {
    const queue = snapshot([queued({ kind: 'markSeasonWatched', showId: 7, season: 2 })]);

    expect(pendingStateOf(queue, 'season:7:2')).toBe('pending');
    expect(pendingStateOf(queue, 'season:7:1')).toBe('none');
    expect(pendingStateOf(queue, 'show:7')).toBe('none');
  });

  it('reports a queue paused for sign-in', () => {
    const queue = snapshot([queued({ kind: 'markWatched', episodeId: 71 })], true);

    expect(pendingStateOf(queue, 'episode:71')).toBe('pendingSignIn');
    expect(pendingStateOf(queue, 'episode:72')).toBe('none');
  });
});

describe('season actions: sending', () => {
  let server: ScriptedApiServer;
  let storage: TestStorage;
  let queue: ActionQueue;

  beforeEach(async () => {
    server = await startScriptedApiServer();
    storage = createTestStorage();
    queue = createActionQueue({ client: server.client(), storage, subscribeOnline: () => () => undefined, retryPolicy: FAST_RETRY });
    queue.setSession({ memberId: MEMBER, token: 'token-1' });
  });

  afterEach(async () => {
    queue.dispose();
    await server.close();
  });

  function sent(): string[] {
    return server.requests.map((request) => {
      const season = request.params.get('season');
      return `${request.method} ${request.path} ${request.params.get('id') ?? ''}${season === null ? '' : `/${season}`}`;
    });
  }

  it('posts seasons/watched with the show id and season', async () => {
    queue.enqueue({ kind: 'markSeasonWatched', showId: 7, season: 2 });
    await expect.poll(() => queue.getSnapshot().actions.length, { timeout: 3_000 }).toBe(0);

    expect(sent()).toEqual(['POST /seasons/watched 7/2']);
    expect(server.requests[0]?.authorization).toBe('Bearer token-1');
  });

  it('replays season mark then unmark after failures', async () => {
    server.replies.push({ drop: true }, { status: 503, body: '<html>down</html>', contentType: 'text/html' });

    queue.enqueue({ kind: 'markSeasonWatched', showId: 7, season: 2 });
    queue.enqueue({ kind: 'unmarkWatched', episodeId: 71 });
    await expect.poll(() => queue.getSnapshot().actions.length, { timeout: 3_000 }).toBe(0);

    expect(sent()).toEqual([
      'POST /seasons/watched 7/2',
      'POST /seasons/watched 7/2',
      'POST /seasons/watched 7/2',
      'DELETE /episodes/watched 71',
    ]);
  });

  it('keeps a season mark across a reload', async () => {
    queue.dispose();
    // A wait longer than the test, so the first queue never sends twice.
    const first = createActionQueue({ client: server.client(), storage, subscribeOnline: () => () => undefined, retryPolicy: { firstRetryMs: 60_000 } });
    first.setSession({ memberId: MEMBER, token: 'token-1' });
    server.replies.push({ drop: true });
    first.enqueue({ kind: 'markSeasonWatched', showId: 7, season: 2 });
    await expect.poll(() => first.getSnapshot().retryAt).not.toBeNull();
    first.dispose();

    const reloaded = createActionQueue({ client: server.client(), storage, subscribeOnline: () => () => undefined, retryPolicy: FAST_RETRY });
    reloaded.setSession({ memberId: MEMBER, token: 'token-1' });
    await expect.poll(() => reloaded.getSnapshot().actions.length, { timeout: 3_000 }).toBe(0);
    reloaded.dispose();

    expect(sent()).toEqual(['POST /seasons/watched 7/2', 'POST /seasons/watched 7/2']);
  });

  it('drops a season the API rejects', async () => {
    server.replies.push(apiError(3004, 'Invalid season'));
    const outcomes: string[] = [];
    queue.subscribeOutcomes((outcome) => outcomes.push(outcome.kind));

    queue.enqueue({ kind: 'markSeasonWatched', showId: 7, season: 40 });
    await expect.poll(() => outcomes).toEqual(['rejected']);

    expect(queue.getSnapshot().actions).toEqual([]);
  });
});
