import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createActionQueue, type ActionOutcome, type ActionQueue, type ActionQueueOptions } from '../../../src/actions/actionQueue';
import { actionStoreKey, createActionStore } from '../../../src/actions/actionStore';
import type { QueuedAction } from '../../../src/actions/memberAction';
import { pendingActionsFor } from '../../../src/actions/pendingActions';
import { ApiError, InvalidResponseError } from '../../../src/api/errors';
import { apiError, createGate, startScriptedApiServer, type ScriptedApiServer } from './scriptedApiServer';
import { createTestStorage, type TestStorage } from './testStorage';

const MEMBER = 1;
const OTHER_MEMBER = 2;

/** Short waits keep the tests fast. The doubling is what matters. */
const FAST_RETRY = { firstRetryMs: 40, maxRetryMs: 200, maxUnreadableAttempts: 3 };

let server: ScriptedApiServer;
let storage: TestStorage;
let queues: ActionQueue[];

function createQueue(overrides: Partial<ActionQueueOptions> = {}): ActionQueue {
  const queue = createActionQueue({
    client: server.client(),
    storage,
    subscribeOnline: () => () => undefined,
    retryPolicy: FAST_RETRY,
    ...overrides,
  });
  queues.push(queue);
  return queue;
}

function collectOutcomes(queue: ActionQueue): ActionOutcome[] {
  const outcomes: ActionOutcome[] = [];
  queue.subscribeOutcomes((outcome) => outcomes.push(outcome));
  return outcomes;
}

/** Returns the error of a `rejected` outcome, or throws for any other outcome. */
function rejectionError(outcome: ActionOutcome | undefined): unknown {
  if (outcome?.kind !== 'rejected') {
    throw new Error(`expected a rejected outcome, got ${outcome?.kind ?? 'none'}`);
  }

  return outcome.error;
}

function sent(): string[] {
  return server.requests.map((request) => `${request.method} ${request.path} ${request.params.get('id') ?? ''}`.trim());
}

function stored(memberId = MEMBER): QueuedAction[] {
  return createActionStore(storage).load(memberId);
}

async function settled(queue: ActionQueue): Promise<void> {
  await expect.poll(() => queue.getSnapshot().actions.length, { timeout: 3_000 }).toBe(0);
}

/** Resolves at the first snapshot with a retry scheduled. Polling could miss a short wait. */
function retryScheduled(queue: ActionQueue): Promise<void> {
  return new Promise((resolve) => {
    const check = (): void => {
      if (queue.getSnapshot().retryAt !== null) {
        unsubscribe();
        resolve();
      }
    };
    const unsubscribe = queue.subscribe(check);
    check();
  });
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

beforeEach(async () => {
  server = await startScriptedApiServer();
  storage = createTestStorage();
  queues = [];
});

afterEach(async () => {
  queues.forEach((queue) => queue.dispose());
  await server.close();
});

describe('action queue: sending', () => {
  it('sends each kind to its endpoint', async () => {
    const queue = createQueue();
    queue.setSession({ memberId: MEMBER, token: 'token-1' });

    queue.enqueue({ kind: 'markWatched', episodeId: 11 });
    queue.enqueue({ kind: 'unmarkWatched', episodeId: 12 });
    queue.enqueue({ kind: 'addShow', showId: 21 });
    queue.enqueue({ kind: 'removeShow', showId: 22 });
    queue.enqueue({ kind: 'archiveShow', showId: 23 });
    queue.enqueue({ kind: 'unarchiveShow', showId: 24 });
    queue.enqueue({ kind: 'setMovieState', movieId: 31, state: 2 });
    await settled(queue);

    expect(sent()).toEqual([
      'POST /episodes/watched 11',
      'DELETE /episodes/watched 12',
      'POST /shows/show 21',
      'DELETE /shows/show 22',
      'POST /shows/archive 23',
      'DELETE /shows/archive 24',
      'POST /movies/movie 31',
    ]);
    expect(server.requests[6]?.params.get('state')).toBe('2');
    expect(server.requests.every((request) => request.authorization === 'Bearer token-1')).toBe(true);
  });

  it('marks one episode with bulk=false', async () => {
    const queue = createQueue();
    queue.setSession({ memberId: MEMBER, token: 'token-1' });

    queue.enqueue({ kind: 'markWatched', episodeId: 11 });
    await settled(queue);

    expect(server.requests[0]?.params.get('bulk')).toBe('false');
    expect(server.requests[0]?.params.get('id')).toBe('11');
  });

  it('sends one request at a time, in order', async () => {
    const gate = createGate();
    server.replies.push({ holdUntil: gate.promise });
    const queue = createQueue();
    queue.setSession({ memberId: MEMBER, token: 'token-1' });

    queue.enqueue({ kind: 'addShow', showId: 1 });
    queue.enqueue({ kind: 'markWatched', episodeId: 2 });
    queue.enqueue({ kind: 'archiveShow', showId: 3 });
    await expect.poll(() => server.requests.length).toBe(1);
    await sleep(100);

    expect(server.requests).toHaveLength(1);
    expect(queue.getSnapshot().actions.map((action) => action.status)).toEqual(['sending', 'queued', 'queued']);

    gate.open();
    await settled(queue);

    expect(sent()).toEqual(['POST /shows/show 1', 'POST /episodes/watched 2', 'POST /shows/archive 3']);
    expect(server.maxInFlight()).toBe(1);
  });

  it('removes an action only after success', async () => {
    const gate = createGate();
    server.replies.push({ holdUntil: gate.promise });
    const queue = createQueue();
    queue.setSession({ memberId: MEMBER, token: 'token-1' });

    queue.enqueue({ kind: 'markWatched', episodeId: 2 });
    await expect.poll(() => server.requests.length).toBe(1);

    expect(stored()).toMatchObject([{ kind: 'markWatched', episodeId: 2, attempts: 1 }]);

    gate.open();
    await settled(queue);

    expect(storage.getItem(actionStoreKey(MEMBER))).toBeNull();
  });

  it('reports each applied action', async () => {
    const queue = createQueue();
    const outcomes = collectOutcomes(queue);
    queue.setSession({ memberId: MEMBER, token: 'token-1' });

    queue.enqueue({ kind: 'addShow', showId: 5 });
    await settled(queue);

    expect(outcomes).toMatchObject([{ kind: 'applied', action: { kind: 'addShow', showId: 5, memberId: MEMBER } }]);
  });
});

describe('action queue: answers that mean done', () => {
  it.each([
    ['adding a followed show', { kind: 'addShow', showId: 5 } as const, 2003],
    ['removing an unfollowed show', { kind: 'removeShow', showId: 5 } as const, 2004],
    ['unmarking an unwatched episode', { kind: 'unmarkWatched', episodeId: 5 } as const, 2005],
  ])('counts %s as done', async (_name, input, code) => {
    server.replies.push(apiError(code));
    const queue = createQueue();
    const outcomes = collectOutcomes(queue);
    queue.setSession({ memberId: MEMBER, token: 'token-1' });

    queue.enqueue(input);
    await settled(queue);

    expect(outcomes).toMatchObject([{ kind: 'alreadyApplied', action: input }]);
    expect(server.requests).toHaveLength(1);
  });
});

describe('action queue: refusals', () => {
  it('drops a rejected action and sends the next', async () => {
    server.replies.push(apiError(3004, 'Valeur invalide pour le paramètre id.'));
    const queue = createQueue();
    const outcomes = collectOutcomes(queue);
    queue.setSession({ memberId: MEMBER, token: 'token-1' });

    queue.enqueue({ kind: 'markWatched', episodeId: 999 });
    queue.enqueue({ kind: 'markWatched', episodeId: 2 });
    await settled(queue);

    expect(sent()).toEqual(['POST /episodes/watched 999', 'POST /episodes/watched 2']);
    expect(outcomes.map((outcome) => outcome.kind)).toEqual(['rejected', 'applied']);

    const error = rejectionError(outcomes[0]);
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).code).toBe(3004);
  });

  it('retries an unreadable reply, then drops it', async () => {
    const malformed = { body: '{"episode":{"id":2', contentType: 'application/json' };
    server.replies.push(malformed, malformed, malformed);
    const queue = createQueue();
    const outcomes = collectOutcomes(queue);
    queue.setSession({ memberId: MEMBER, token: 'token-1' });

    queue.enqueue({ kind: 'markWatched', episodeId: 2 });
    await settled(queue);

    expect(server.requests).toHaveLength(FAST_RETRY.maxUnreadableAttempts);
    expect(outcomes).toHaveLength(1);
    expect(rejectionError(outcomes[0])).toBeInstanceOf(InvalidResponseError);
  });

  it('succeeds after an unreadable reply', async () => {
    server.replies.push({ body: '{"episode":', contentType: 'application/json' });
    const queue = createQueue();
    const outcomes = collectOutcomes(queue);
    queue.setSession({ memberId: MEMBER, token: 'token-1' });

    queue.enqueue({ kind: 'markWatched', episodeId: 2 });
    await settled(queue);

    expect(server.requests).toHaveLength(2);
    expect(outcomes.map((outcome) => outcome.kind)).toEqual(['applied']);
  });
});

describe('action queue: network failures', () => {
  it('keeps the action and retries after a lost connection', async () => {
    server.replies.push({ drop: true }, { drop: true });
    const queue = createQueue();
    const outcomes = collectOutcomes(queue);
    queue.setSession({ memberId: MEMBER, token: 'token-1' });

    queue.enqueue({ kind: 'markWatched', episodeId: 2 });
    await retryScheduled(queue);

    expect(queue.getSnapshot().actions).toMatchObject([{ status: 'queued', attempts: 1 }]);

    await settled(queue);

    expect(server.requests).toHaveLength(3);
    expect(outcomes.map((outcome) => outcome.kind)).toEqual(['applied']);
  });

  it('doubles the wait after each failure', async () => {
    server.replies.push({ status: 502, body: '<html>Bad gateway</html>', contentType: 'text/html' }, { drop: true }, { drop: true });
    const startedAt = Date.now();
    const queue = createQueue();
    queue.setSession({ memberId: MEMBER, token: 'token-1' });

    queue.enqueue({ kind: 'addShow', showId: 2 });
    await settled(queue);

    // Waits of 40, 80 and 160 ms before the fourth request.
    expect(server.requests).toHaveLength(4);
    expect(Date.now() - startedAt).toBeGreaterThanOrEqual(280);
  });

  it('retries at once when retryNow is called', async () => {
    server.replies.push({ drop: true });
    const queue = createQueue({ retryPolicy: { ...FAST_RETRY, firstRetryMs: 60_000, maxRetryMs: 60_000 } });
    queue.setSession({ memberId: MEMBER, token: 'token-1' });

    queue.enqueue({ kind: 'markWatched', episodeId: 2 });
    await retryScheduled(queue);

    queue.retryNow();
    await settled(queue);

    expect(server.requests).toHaveLength(2);
  });

  it('retries at once on an online event', async () => {
    server.replies.push({ drop: true });
    let goOnline: () => void = () => undefined;
    const queue = createQueue({
      retryPolicy: { ...FAST_RETRY, firstRetryMs: 60_000, maxRetryMs: 60_000 },
      subscribeOnline: (listener) => {
        goOnline = listener;
        return () => undefined;
      },
    });
    queue.setSession({ memberId: MEMBER, token: 'token-1' });

    queue.enqueue({ kind: 'markWatched', episodeId: 2 });
    await retryScheduled(queue);

    goOnline();
    await settled(queue);

    expect(server.requests).toHaveLength(2);
  });

  it('keeps the Retry-After of a 503 over retryNow', async () => {
    server.replies.push({ status: 503, body: '<html>Busy</html>', contentType: 'text/html', headers: { 'Retry-After': '30' } });
    const queue = createQueue();
    queue.setSession({ memberId: MEMBER, token: 'token-1' });

    queue.enqueue({ kind: 'markWatched', episodeId: 2 });
    await retryScheduled(queue);
    queue.retryNow();
    await sleep(150);

    expect(server.requests).toHaveLength(1);
    expect(queue.getSnapshot().retryAt ?? 0).toBeGreaterThanOrEqual(Date.now() + 29_000);
  });

  it('cancels mark then unmark queued while offline', async () => {
    server.replies.push({ drop: true });
    const queue = createQueue({ retryPolicy: { ...FAST_RETRY, firstRetryMs: 300 } });
    queue.setSession({ memberId: MEMBER, token: 'token-1' });

    queue.enqueue({ kind: 'addShow', showId: 7 });
    await retryScheduled(queue);

    expect(queue.enqueue({ kind: 'markWatched', episodeId: 70 }).kind).toBe('queued');
    expect(queue.enqueue({ kind: 'unmarkWatched', episodeId: 70 }).kind).toBe('cancelled');
    await settled(queue);

    expect(sent()).toEqual(['POST /shows/show 7', 'POST /shows/show 7']);
  });

  it('sends an unmark after a mark that failed in flight', async () => {
    server.replies.push({ drop: true });
    const queue = createQueue();
    queue.setSession({ memberId: MEMBER, token: 'token-1' });

    queue.enqueue({ kind: 'markWatched', episodeId: 70 });
    await retryScheduled(queue);

    expect(queue.enqueue({ kind: 'unmarkWatched', episodeId: 70 }).kind).toBe('queued');
    await settled(queue);

    expect(sent()).toEqual(['POST /episodes/watched 70', 'POST /episodes/watched 70', 'DELETE /episodes/watched 70']);
  });
});

describe('action queue: session end', () => {
  it('pauses on a rejected token and keeps the actions', async () => {
    server.replies.push(apiError(2001, 'Token invalide.'));
    const endedFor: number[] = [];
    const queue = createQueue({ onSessionOver: (session) => endedFor.push(session.memberId) });
    const outcomes = collectOutcomes(queue);
    queue.setSession({ memberId: MEMBER, token: 'revoked' });

    queue.enqueue({ kind: 'markWatched', episodeId: 2 });
    queue.enqueue({ kind: 'addShow', showId: 3 });
    await expect.poll(() => queue.getSnapshot().pausedForSignIn).toBe(true);
    await sleep(150);

    expect(endedFor).toEqual([MEMBER]);
    expect(server.requests).toHaveLength(1);
    expect(outcomes).toEqual([]);
    expect(stored().map((action) => action.kind)).toEqual(['markWatched', 'addShow']);
  });

  it('stays paused with the rejected token', async () => {
    server.replies.push(apiError(2001, 'Token invalide.'));
    const queue = createQueue();
    queue.setSession({ memberId: MEMBER, token: 'revoked' });
    queue.enqueue({ kind: 'markWatched', episodeId: 2 });
    await expect.poll(() => queue.getSnapshot().pausedForSignIn).toBe(true);

    queue.setSession(null);
    queue.setSession({ memberId: MEMBER, token: 'revoked' });
    queue.retryNow();
    await sleep(150);

    expect(queue.getSnapshot().pausedForSignIn).toBe(true);
    expect(server.requests).toHaveLength(1);
  });

  it('replays after the same member signs in again', async () => {
    server.replies.push(apiError(2001, 'Token invalide.'));
    const queue = createQueue();
    queue.setSession({ memberId: MEMBER, token: 'revoked' });
    queue.enqueue({ kind: 'markWatched', episodeId: 2 });
    await expect.poll(() => queue.getSnapshot().pausedForSignIn).toBe(true);

    queue.enqueue({ kind: 'addShow', showId: 3 });
    queue.setSession({ memberId: MEMBER, token: 'fresh' });
    await settled(queue);

    expect(sent()).toEqual(['POST /episodes/watched 2', 'POST /episodes/watched 2', 'POST /shows/show 3']);
    expect(server.requests.slice(1).every((request) => request.authorization === 'Bearer fresh')).toBe(true);
  });

  it('never replays as another member', async () => {
    server.replies.push(apiError(2001, 'Token invalide.'));
    const queue = createQueue();
    queue.setSession({ memberId: MEMBER, token: 'revoked' });
    queue.enqueue({ kind: 'markWatched', episodeId: 2 });
    await expect.poll(() => queue.getSnapshot().pausedForSignIn).toBe(true);

    queue.setSession(null);
    queue.setSession({ memberId: OTHER_MEMBER, token: 'other-member-token' });
    await sleep(150);

    expect(queue.getSnapshot()).toMatchObject({ memberId: OTHER_MEMBER, actions: [], pausedForSignIn: false });
    expect(server.requests).toHaveLength(1);
    expect(stored(MEMBER)).toHaveLength(1);

    queue.enqueue({ kind: 'addShow', showId: 9 });
    await settled(queue);

    expect(sent()).toEqual(['POST /episodes/watched 2', 'POST /shows/show 9']);
    expect(server.requests[1]?.authorization).toBe('Bearer other-member-token');
    expect(stored(MEMBER)).toHaveLength(1);
  });

  it('keeps queued actions after sign-out', async () => {
    server.replies.push({ drop: true });
    const queue = createQueue({ retryPolicy: { ...FAST_RETRY, firstRetryMs: 60_000 } });
    queue.setSession({ memberId: MEMBER, token: 'token-1' });
    queue.enqueue({ kind: 'markWatched', episodeId: 2 });
    await retryScheduled(queue);

    queue.setSession(null);

    expect(queue.getSnapshot()).toMatchObject({ memberId: null, actions: [], retryAt: null });
    expect(stored()).toHaveLength(1);
    expect(() => queue.enqueue({ kind: 'addShow', showId: 1 })).toThrow(/signed-in member/);
  });
});

describe('action queue: reloads', () => {
  it('replays stored actions after a reload', async () => {
    server.replies.push({ drop: true });
    const before = createQueue({ retryPolicy: { ...FAST_RETRY, firstRetryMs: 60_000 } });
    before.setSession({ memberId: MEMBER, token: 'token-1' });
    before.enqueue({ kind: 'markWatched', episodeId: 2 });
    before.enqueue({ kind: 'setMovieState', movieId: 8, state: 1 });
    await retryScheduled(before);
    before.dispose();

    const after = createQueue();
    after.setSession({ memberId: MEMBER, token: 'token-1' });

    expect(after.getSnapshot().actions.map((action) => action.kind)).toEqual(['markWatched', 'setMovieState']);

    await settled(after);

    expect(sent()).toEqual(['POST /episodes/watched 2', 'POST /episodes/watched 2', 'POST /movies/movie 8']);
  });

  it('replays an action cut off in flight', async () => {
    const gate = createGate();
    server.replies.push({ holdUntil: gate.promise });
    const before = createQueue();
    before.setSession({ memberId: MEMBER, token: 'token-1' });
    before.enqueue({ kind: 'unmarkWatched', episodeId: 2 });
    await expect.poll(() => server.requests.length).toBe(1);

    // The app stops while the request is in flight, so the store still records "sending".
    before.dispose();
    gate.open();
    expect(storage.getItem(actionStoreKey(MEMBER))).toContain('"sending"');

    server.replies.push(apiError(2005, 'Épisode non marqué comme vu.'));
    const after = createQueue();
    const outcomes = collectOutcomes(after);
    after.setSession({ memberId: MEMBER, token: 'token-1' });
    await settled(after);

    expect(outcomes).toMatchObject([{ kind: 'alreadyApplied', action: { kind: 'unmarkWatched', attempts: 2 } }]);
  });

  it('never cancels an action cut off in flight', async () => {
    const gate = createGate();
    server.replies.push({ holdUntil: gate.promise });
    const before = createQueue();
    before.setSession({ memberId: MEMBER, token: 'token-1' });
    before.enqueue({ kind: 'addShow', showId: 4 });
    await expect.poll(() => server.requests.length).toBe(1);
    before.dispose();
    gate.open();

    server.replies.push({ drop: true });
    const after = createQueue({ retryPolicy: { ...FAST_RETRY, firstRetryMs: 60_000 } });
    after.setSession({ memberId: MEMBER, token: 'token-1' });
    await retryScheduled(after);

    expect(after.enqueue({ kind: 'removeShow', showId: 4 }).kind).toBe('queued');
    expect(stored().map((action) => action.kind)).toEqual(['addShow', 'removeShow']);
  });
});

describe('action queue: lifecycle', () => {
  it('sends nothing after dispose', async () => {
    server.replies.push({ drop: true });
    const queue = createQueue();
    queue.setSession({ memberId: MEMBER, token: 'token-1' });
    queue.enqueue({ kind: 'markWatched', episodeId: 2 });
    await retryScheduled(queue);

    queue.dispose();
    await sleep(FAST_RETRY.firstRetryMs * 4);

    expect(server.requests).toHaveLength(1);
    expect(() => queue.enqueue({ kind: 'addShow', showId: 1 })).toThrow(/after dispose/);
  });

  it('stores nothing for an invalid id', () => {
    const queue = createQueue();
    queue.setSession({ memberId: MEMBER, token: 'token-1' });

    expect(() => queue.enqueue({ kind: 'markWatched', episodeId: 0 })).toThrow(RangeError);
    expect(() => queue.enqueue({ kind: 'addShow', showId: Number.NaN })).toThrow(RangeError);
    expect(() => queue.enqueue({ kind: 'setMovieState', movieId: 3, state: 5 as 0 })).toThrow(/movie state/);
    expect(queue.getSnapshot().actions).toEqual([]);
  });

  it('keeps going when a listener throws', async () => {
    const queue = createQueue();
    queue.subscribe(() => {
      throw new Error('broken screen');
    });
    queue.subscribeOutcomes(() => {
      throw new Error('broken screen');
    });
    const outcomes = collectOutcomes(queue);
    queue.setSession({ memberId: MEMBER, token: 'token-1' });

    queue.enqueue({ kind: 'markWatched', episodeId: 2 });
    queue.enqueue({ kind: 'addShow', showId: 3 });
    await settled(queue);

    expect(outcomes.map((outcome) => outcome.kind)).toEqual(['applied', 'applied']);
  });

  it('publishes a new snapshot per change', async () => {
    const gate = createGate();
    server.replies.push({ holdUntil: gate.promise });
    const queue = createQueue();
    queue.setSession({ memberId: MEMBER, token: 'token-1' });
    let changes = 0;
    queue.subscribe(() => {
      changes += 1;
    });

    const before = queue.getSnapshot();
    queue.enqueue({ kind: 'markWatched', episodeId: 2 });
    queue.enqueue({ kind: 'addShow', showId: 5 });

    expect(queue.getSnapshot()).not.toBe(before);
    expect(changes).toBeGreaterThanOrEqual(2);
    expect(pendingActionsFor(queue.getSnapshot().actions, { type: 'episode', id: 2 })).toMatchObject([{ status: 'sending' }]);
    expect(pendingActionsFor(queue.getSnapshot().actions, { type: 'show', id: 5 })).toMatchObject([{ status: 'queued' }]);
    expect(pendingActionsFor(queue.getSnapshot().actions, { type: 'show', id: 2 })).toEqual([]);

    gate.open();
    await settled(queue);
  });
});
