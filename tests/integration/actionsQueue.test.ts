import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startSandbox, type RunningSandbox } from '../../sandbox/server';
import { createActionQueue, type ActionOutcome, type ActionQueue, type ActionQueueOptions } from '../../src/actions/actionQueue';
import { actionStoreKey } from '../../src/actions/actionStore';
import type { MemberActionInput } from '../../src/actions/memberAction';
import { createApiClient, type ApiClient } from '../../src/api/client';
import { ApiError } from '../../src/api/errors';
import { listUnwatched, getEpisode, markEpisodeWatched } from '../../src/api/episodes';
import { getMemberInfos } from '../../src/api/members';
import { listMemberMovies } from '../../src/api/movies';
import { addShow, getShow, listShowEpisodes, searchShows } from '../../src/api/shows';
import type { UnwatchedShow } from '../../src/api/types';
import { createTestStorage, type TestStorage } from '../unit/actions/testStorage';

/** Short waits keep the file fast. The unit tests pin the doubling. */
const FAST_RETRY = { firstRetryMs: 50, maxRetryMs: 400, maxUnreadableAttempts: 3 };

let running: RunningSandbox;
let storage: TestStorage;
let queues: ActionQueue[];
let demoId: number;
let demoToken: string;

function sandboxClient(timeoutMs = 5_000): ApiClient {
  return createApiClient({
    baseUrl: running.url,
    apiKey: 'sandbox-demo-key',
    tokenUrl: `${running.url}/oauth/access_token`,
    getLocale: () => 'fr',
    timeoutMs,
  });
}

function createQueue(overrides: Partial<ActionQueueOptions> = {}): ActionQueue {
  const queue = createActionQueue({
    client: sandboxClient(),
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

async function settled(queue: ActionQueue, timeout = 5_000): Promise<void> {
  await expect.poll(() => queue.getSnapshot().actions.length, { timeout }).toBe(0);
}

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

/** Returns the API requests the sandbox received on the action endpoints, as `METHOD /path`. */
function actionRequests(): string[] {
  return running.sandbox.requests
    .entries()
    .filter((entry) => /^\/(episodes\/watched|shows\/show|shows\/archive|movies\/movie)$/.test(entry.path))
    .map((entry) => `${entry.method} ${entry.path}`);
}

/** Finds a show of the demo member with at least three released episodes left to watch. */
async function showWithUnseenEpisodes(): Promise<UnwatchedShow> {
  const list = await listUnwatched(sandboxClient(), demoToken, { limit: 3 });
  const show = list.shows.find((candidate) => candidate.unseen.length >= 3);
  if (!show) {
    throw new Error('the demo member has no show with three unwatched episodes');
  }
  return show;
}

async function unseenIds(showId: number): Promise<number[]> {
  const list = await listUnwatched(sandboxClient(), demoToken, { showId, released: 0 });
  return (list.shows[0]?.unseen ?? []).map((episode) => episode.id);
}

/** Finds a show outside the demo account, for `addShow`. */
async function unfollowedShowId(): Promise<number> {
  const shows = await searchShows(sandboxClient(), demoToken, { title: 'a', perPage: 100 });
  const show = shows.find((candidate) => !candidate.inAccount);
  if (!show) {
    throw new Error('the sandbox has no show outside the demo account');
  }
  return show.id;
}

/** Stores actions as a queue that stopped with the first one in flight would have left them. */
function storeAsInterrupted(actions: MemberActionInput[]): void {
  const stored = actions.map((action, index) => ({
    ...action,
    id: `interrupted-${index}`,
    memberId: demoId,
    createdAt: Date.now(),
    status: index === 0 ? 'sending' : 'queued',
    attempts: index === 0 ? 1 : 0,
  }));
  storage.setItem(actionStoreKey(demoId), JSON.stringify({ version: 1, actions: stored }));
}

beforeAll(async () => {
  running = await startSandbox({ port: 0, log: () => undefined });
});

afterAll(async () => {
  await running.close();
});

beforeEach(async () => {
  running.sandbox.reset();
  running.sandbox.faults.clear();
  storage = createTestStorage();
  queues = [];
  demoToken = running.sandbox.createToken('demo');
  demoId = (await getMemberInfos(sandboxClient(), demoToken)).id;
  running.sandbox.requests.clear();
});

afterEach(() => {
  queues.forEach((queue) => queue.dispose());
});

describe('action queue against the sandbox', () => {
  it('marks one episode, never the earlier ones', async () => {
    const show = await showWithUnseenEpisodes();
    const [first, second] = show.unseen;
    const queue = createQueue();
    queue.setSession({ memberId: demoId, token: demoToken });

    queue.enqueue({ kind: 'markWatched', episodeId: second?.id ?? 0 });
    await settled(queue);

    const left = await unseenIds(show.id);
    expect(left).not.toContain(second?.id);
    expect(left).toContain(first?.id);
  });

  it('replays in order once dropped connections stop', async () => {
    const showId = await unfollowedShowId();
    const [episode] = await listShowEpisodes(sandboxClient(), demoToken, showId, 1);
    running.sandbox.faults.set({ kind: 'drop', times: 3 });
    const queue = createQueue();
    const outcomes = collectOutcomes(queue);
    queue.setSession({ memberId: demoId, token: demoToken });

    queue.enqueue({ kind: 'addShow', showId });
    queue.enqueue({ kind: 'markWatched', episodeId: episode?.id ?? 0 });
    queue.enqueue({ kind: 'archiveShow', showId });
    await settled(queue);

    expect(actionRequests()).toEqual([
      'POST /shows/show',
      'POST /shows/show',
      'POST /shows/show',
      'POST /shows/show',
      'POST /episodes/watched',
      'POST /shows/archive',
    ]);
    expect(outcomes.map((outcome) => `${outcome.kind} ${outcome.action.kind}`)).toEqual([
      'applied addShow',
      'applied markWatched',
      'applied archiveShow',
    ]);

    const show = await getShow(sandboxClient(), demoToken, showId);
    expect(show.inAccount).toBe(true);
    expect(show.user?.archived).toBe(true);
    expect((await getEpisode(sandboxClient(), demoToken, episode?.id ?? 0)).seen).toBe(true);
  });

  it.each([
    ['an HTML 502 page', { kind: 'html5xx', status: 502 } as const],
    ['an HTML 504 page', { kind: 'html5xx', status: 504 } as const],
    ['a 429', { kind: 'status', status: 429 } as const],
    ['a reply cut in the middle', { kind: 'malformedJson' } as const],
  ])('applies a change after %s', async (_name, fault) => {
    const show = await showWithUnseenEpisodes();
    const episodeId = show.unseen[0]?.id ?? 0;
    running.sandbox.faults.set({ ...fault, path: '/episodes/watched', times: 2 });
    const queue = createQueue();
    const outcomes = collectOutcomes(queue);
    queue.setSession({ memberId: demoId, token: demoToken });

    queue.enqueue({ kind: 'markWatched', episodeId });
    await settled(queue);

    expect(actionRequests()).toHaveLength(3);
    expect(outcomes.map((outcome) => outcome.kind)).toEqual(['applied']);
    expect(await unseenIds(show.id)).not.toContain(episodeId);
  });

  it('applies a change after a timeout', async () => {
    const show = await showWithUnseenEpisodes();
    const episodeId = show.unseen[0]?.id ?? 0;
    running.sandbox.faults.set({ kind: 'latency', ms: 600, path: '/episodes/watched', times: 1 });
    const queue = createQueue({ client: sandboxClient(300) });
    queue.setSession({ memberId: demoId, token: demoToken });

    queue.enqueue({ kind: 'markWatched', episodeId });
    await settled(queue);

    expect(actionRequests()).toHaveLength(2);
    expect(await unseenIds(show.id)).not.toContain(episodeId);
  });

  it('applies a change whose reply has the wrong shape', async () => {
    const showId = await unfollowedShowId();
    running.sandbox.faults.set({ kind: 'wrongShape', path: '/shows/show', times: 1 });
    const queue = createQueue();
    const outcomes = collectOutcomes(queue);
    queue.setSession({ memberId: demoId, token: demoToken });

    queue.enqueue({ kind: 'addShow', showId });
    await settled(queue);

    expect(outcomes.map((outcome) => outcome.kind)).toEqual(['applied']);
    expect((await getShow(sandboxClient(), demoToken, showId)).inAccount).toBe(true);
  });

  it('waits for the Retry-After of an HTML 503', async () => {
    const show = await showWithUnseenEpisodes();
    running.sandbox.faults.set({ kind: 'html5xx', status: 503, retryAfterSeconds: 1, path: '/episodes/watched', times: 1 });
    const queue = createQueue();
    queue.setSession({ memberId: demoId, token: demoToken });

    queue.enqueue({ kind: 'markWatched', episodeId: show.unseen[0]?.id ?? 0 });
    await settled(queue);

    const [failed, retried] = running.sandbox.requests.entries().filter((entry) => entry.path === '/episodes/watched');
    expect((retried?.time ?? 0) - (failed?.time ?? 0)).toBeGreaterThanOrEqual(1_000);
  });

  it('sends one request at a time', async () => {
    const show = await showWithUnseenEpisodes();
    running.sandbox.faults.set({ kind: 'latency', ms: 80 });
    const queue = createQueue();
    queue.setSession({ memberId: demoId, token: demoToken });

    const movieId = (await listMemberMovies(sandboxClient(), demoToken)).movies[0]?.id ?? 0;
    running.sandbox.requests.clear();

    for (const episode of show.unseen) {
      queue.enqueue({ kind: 'markWatched', episodeId: episode.id });
    }
    queue.enqueue({ kind: 'setMovieState', movieId, state: 2 });
    await settled(queue);

    expect(actionRequests()).toHaveLength(show.unseen.length + 1);
    expect(running.sandbox.requests.maxInFlight()).toBe(1);
  });

  it('drops a refused change, reports it and goes on', async () => {
    const show = await showWithUnseenEpisodes();
    const queue = createQueue();
    const outcomes = collectOutcomes(queue);
    queue.setSession({ memberId: demoId, token: demoToken });

    queue.enqueue({ kind: 'markWatched', episodeId: 987_654_321 });
    queue.enqueue({ kind: 'markWatched', episodeId: show.unseen[0]?.id ?? 0 });
    await settled(queue);

    expect(outcomes.map((outcome) => outcome.kind)).toEqual(['rejected', 'applied']);

    const rejected = outcomes[0];
    const error = rejected?.kind === 'rejected' ? rejected.error : null;
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).code).toBe(3004);
  });

  it('counts already applied answers as done', async () => {
    const followed = (await showWithUnseenEpisodes()).id;
    const unfollowed = await unfollowedShowId();
    const unwatched = (await showWithUnseenEpisodes()).unseen[0]?.id ?? 0;
    const queue = createQueue();
    const outcomes = collectOutcomes(queue);
    queue.setSession({ memberId: demoId, token: demoToken });

    queue.enqueue({ kind: 'addShow', showId: followed });
    queue.enqueue({ kind: 'removeShow', showId: unfollowed });
    queue.enqueue({ kind: 'unmarkWatched', episodeId: unwatched });
    await settled(queue);

    expect(outcomes.map((outcome) => `${outcome.kind} ${outcome.action.kind}`)).toEqual([
      'alreadyApplied addShow',
      'alreadyApplied removeShow',
      'alreadyApplied unmarkWatched',
    ]);
    expect((await getShow(sandboxClient(), demoToken, followed)).inAccount).toBe(true);
    expect((await getShow(sandboxClient(), demoToken, unfollowed)).inAccount).toBe(false);
  });

  it('sends nothing for mark then unmark queued offline', async () => {
    const showId = await unfollowedShowId();
    const show = await showWithUnseenEpisodes();
    running.sandbox.faults.set({ kind: 'drop', path: '/shows/show', times: 1 });
    const queue = createQueue({ retryPolicy: { ...FAST_RETRY, firstRetryMs: 300 } });
    queue.setSession({ memberId: demoId, token: demoToken });

    queue.enqueue({ kind: 'addShow', showId });
    await retryScheduled(queue);
    queue.enqueue({ kind: 'markWatched', episodeId: show.unseen[0]?.id ?? 0 });
    queue.enqueue({ kind: 'unmarkWatched', episodeId: show.unseen[0]?.id ?? 0 });
    await settled(queue);

    expect(actionRequests()).toEqual(['POST /shows/show', 'POST /shows/show']);
    expect(await unseenIds(show.id)).toContain(show.unseen[0]?.id);
  });
});

describe('action queue across reloads', () => {
  it('replays actions kept while offline', async () => {
    const show = await showWithUnseenEpisodes();
    const [first, second] = show.unseen;
    running.sandbox.faults.set({ kind: 'drop', path: '/episodes/watched' });
    const before = createQueue({ retryPolicy: { ...FAST_RETRY, firstRetryMs: 60_000 } });
    before.setSession({ memberId: demoId, token: demoToken });
    before.enqueue({ kind: 'markWatched', episodeId: second?.id ?? 0 });
    before.enqueue({ kind: 'markWatched', episodeId: first?.id ?? 0 });
    await retryScheduled(before);
    before.dispose();

    running.sandbox.faults.clear();
    const after = createQueue();
    after.setSession({ memberId: demoId, token: demoToken });
    await settled(after);

    const left = await unseenIds(show.id);
    expect(left).not.toContain(first?.id);
    expect(left).not.toContain(second?.id);
    expect(actionRequests()).toHaveLength(3);
  });

  it('replays harmlessly what was applied before a crash', async () => {
    const show = await showWithUnseenEpisodes();
    const [first, second, third] = show.unseen;
    const client = sandboxClient();
    // The API applied this mark, but the app stopped before removing it from the store.
    await markEpisodeWatched(client, demoToken, second?.id ?? 0);
    storeAsInterrupted([{ kind: 'markWatched', episodeId: second?.id ?? 0 }]);

    const queue = createQueue();
    const outcomes = collectOutcomes(queue);
    queue.setSession({ memberId: demoId, token: demoToken });
    await settled(queue);

    expect(outcomes.map((outcome) => outcome.kind)).toEqual(['applied']);
    const left = await unseenIds(show.id);
    expect(left).toContain(first?.id);
    expect(left).not.toContain(second?.id);
    expect(left).toContain(third?.id);
  });

  it.each([
    ['addShow', 'alreadyApplied'],
    ['removeShow', 'alreadyApplied'],
    ['unmarkWatched', 'alreadyApplied'],
    ['archiveShow', 'applied'],
    ['setMovieState', 'applied'],
  ] as const)('replays an applied %s harmlessly', async (kind, expected) => {
    const client = sandboxClient();
    const showId = await unfollowedShowId();
    const movieId = (await listMemberMovies(client, demoToken)).movies[0]?.id ?? 0;
    const episodeId = (await showWithUnseenEpisodes()).unseen[0]?.id ?? 0;

    // Each change starts from the state it changes, so its first send is applied.
    if (kind === 'removeShow' || kind === 'archiveShow') {
      await addShow(client, demoToken, showId);
    }
    if (kind === 'unmarkWatched') {
      await markEpisodeWatched(client, demoToken, episodeId);
    }

    const inputs = {
      addShow: { kind: 'addShow', showId },
      removeShow: { kind: 'removeShow', showId },
      unmarkWatched: { kind: 'unmarkWatched', episodeId },
      archiveShow: { kind: 'archiveShow', showId },
      setMovieState: { kind: 'setMovieState', movieId, state: 2 },
    } as const;

    // The first send reached the API, and the stored copy is sent again after the reload.
    const first = createQueue();
    const firstOutcomes = collectOutcomes(first);
    first.setSession({ memberId: demoId, token: demoToken });
    first.enqueue(inputs[kind]);
    await settled(first);
    first.dispose();
    expect(firstOutcomes.map((outcome) => outcome.kind)).toEqual(['applied']);

    storeAsInterrupted([inputs[kind]]);

    const second = createQueue();
    const outcomes = collectOutcomes(second);
    second.setSession({ memberId: demoId, token: demoToken });
    await settled(second);

    expect(outcomes.map((outcome) => outcome.kind)).toEqual([expected]);
  });
});

describe('action queue across session end', () => {
  it('replays for the same member after a rejected token', async () => {
    const show = await showWithUnseenEpisodes();
    const [first, second] = show.unseen;
    running.sandbox.faults.set({ kind: 'tokenRejected', path: '/episodes/watched', times: 1 });
    const endedFor: number[] = [];
    const queue = createQueue({ onSessionOver: (session) => endedFor.push(session.memberId) });
    queue.setSession({ memberId: demoId, token: demoToken });

    queue.enqueue({ kind: 'markWatched', episodeId: first?.id ?? 0 });
    queue.enqueue({ kind: 'markWatched', episodeId: second?.id ?? 0 });
    await expect.poll(() => queue.getSnapshot().pausedForSignIn).toBe(true);

    expect(endedFor).toEqual([demoId]);
    expect(queue.getSnapshot().actions).toHaveLength(2);

    // The app goes back to pairing, then the same member signs in with a new token.
    queue.setSession(null);
    queue.setSession({ memberId: demoId, token: running.sandbox.createToken('demo') });
    await settled(queue);

    const left = await unseenIds(show.id);
    expect(left).not.toContain(first?.id);
    expect(left).not.toContain(second?.id);
  });

  it('never replays them as another member', async () => {
    const show = await showWithUnseenEpisodes();
    const episodeId = show.unseen[0]?.id ?? 0;
    running.sandbox.faults.set({ kind: 'tokenRejected', path: '/episodes/watched', times: 1 });
    const queue = createQueue();
    queue.setSession({ memberId: demoId, token: demoToken });
    queue.enqueue({ kind: 'markWatched', episodeId });
    await expect.poll(() => queue.getSnapshot().pausedForSignIn).toBe(true);

    const marathonToken = running.sandbox.createToken('marathon');
    const marathonId = (await getMemberInfos(sandboxClient(), marathonToken)).id;
    queue.setSession(null);
    queue.setSession({ memberId: marathonId, token: marathonToken });
    await new Promise((resolve) => setTimeout(resolve, 300));

    expect(actionRequests()).toEqual(['POST /episodes/watched']);
    expect(queue.getSnapshot().actions).toEqual([]);
    expect(await unseenIds(show.id)).toContain(episodeId);

    queue.setSession({ memberId: demoId, token: running.sandbox.createToken('demo') });
    await settled(queue);

    expect(await unseenIds(show.id)).not.toContain(episodeId);
  });
});
