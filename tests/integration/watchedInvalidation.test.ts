import { QueryObserver, type QueryClient, type QueryKey } from '@tanstack/react-query';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startSandbox, type RunningSandbox } from '../../sandbox/server';
import { createApiClient, type ApiClient } from '../../src/api/client';
import { getEpisode, listUnwatched } from '../../src/api/episodes';
import { getMemberInfos } from '../../src/api/members';
import { listMemberShows } from '../../src/api/memberShows';
import { getShow } from '../../src/api/shows';
import { invalidateAfterWatched, UNWATCHED_QUERY } from '../../src/screens/common/watchedCacheUpdates';
import { EPISODE_QUERY } from '../../src/screens/Episode/useEpisode';
import { showQueryKey } from '../../src/screens/Show/showQueryKeys';
import { memberShowsQueryKey } from '../../src/screens/Shows/memberShowsQueryKey';
import { memberQueryKey } from '../../src/session/memberQueryKey';
import { createAppQueryClient } from '../../src/session/queryClient';

/** The id the sandbox gives `demo`. */
const MEMBER_ID = 1;

let running: RunningSandbox;
let client: ApiClient;
let token: string;
let queryClient: QueryClient;
let stops: Array<() => void> = [];

beforeAll(async () => {
  running = await startSandbox({ port: 0, log: () => undefined });
  client = createApiClient({
    baseUrl: running.url,
    apiKey: 'sandbox-demo-key',
    tokenUrl: `${running.url}/oauth/access_token`,
    getLocale: () => 'en',
    timeoutMs: 5_000,
  });
});

afterAll(async () => {
  await running.close();
});

beforeEach(() => {
  running.sandbox.reset();
  token = running.sandbox.createToken('demo');
  queryClient = createAppQueryClient({ onSessionOver: () => undefined });
});

afterEach(() => {
  for (const stop of stops) {
    stop();
  }
  stops = [];
  queryClient.clear();
});

/** Subscribes an observer to the query, as a mounted screen does, and waits for its data. */
async function observe(queryKey: QueryKey, queryFn: () => Promise<unknown>): Promise<void> {
  const observer = new QueryObserver(queryClient, { queryKey, queryFn });
  stops.push(observer.subscribe(() => undefined));

  await expect.poll(() => observer.getCurrentResult().status).toBe('success');
}

async function settleRequests(): Promise<void> {
  await expect.poll(() => queryClient.isFetching()).toBe(0);
}

describe('invalidation after a watched change', () => {
  it('refetches only the affected queries', async () => {
    const toWatch = await listUnwatched(client, token, { limit: 1 });
    const [changed, other] = toWatch.shows;
    const episodeId = changed?.unseen[0]?.id;
    if (!changed || !other || episodeId === undefined) {
      throw new Error('the sandbox data changed: demo needs two shows with an episode to watch');
    }

    await observe(memberQueryKey(MEMBER_ID, 'infos'), () => getMemberInfos(client, token));
    await observe(showQueryKey(MEMBER_ID, changed.id, 'details', 'en'), () => getShow(client, token, changed.id));
    await observe(showQueryKey(MEMBER_ID, other.id, 'details', 'en'), () => getShow(client, token, other.id));
    await observe(memberQueryKey(MEMBER_ID, UNWATCHED_QUERY, { showId: changed.id }, 'en'), () => listUnwatched(client, token, { showId: changed.id }));
    await observe(memberQueryKey(MEMBER_ID, EPISODE_QUERY, episodeId, 'en'), () => getEpisode(client, token, episodeId));
    const myShowsKey = memberShowsQueryKey(MEMBER_ID, { status: 'all', order: 'last_seen' }, 'en');
    await observe(myShowsKey, () => listMemberShows(client, token, { order: 'last_seen', limit: 40 }));
    running.sandbox.requests.clear();

    await invalidateAfterWatched({ queryClient, memberId: MEMBER_ID }, changed.id);
    await settleRequests();

    const paths = running.sandbox.requests.entries().map((entry) => entry.path).sort();
    expect(paths).toEqual(['/episodes/display', '/episodes/list', '/members/infos', '/shows/display']);
    expect(queryClient.getQueryState(showQueryKey(MEMBER_ID, other.id, 'details', 'en'))?.isInvalidated).toBe(true);
    expect(queryClient.getQueryState(myShowsKey)?.isInvalidated).toBe(true);
  });

  it('refetches every show without a show id', async () => {
    const toWatch = await listUnwatched(client, token, { limit: 1 });
    const showIds = toWatch.shows.slice(0, 2).map((show) => show.id);
    for (const showId of showIds) {
      await observe(showQueryKey(MEMBER_ID, showId, 'details', 'en'), () => getShow(client, token, showId));
    }
    running.sandbox.requests.clear();

    await invalidateAfterWatched({ queryClient, memberId: MEMBER_ID });
    await settleRequests();

    expect(running.sandbox.requests.count('/shows/display')).toBe(2);
  });
});
