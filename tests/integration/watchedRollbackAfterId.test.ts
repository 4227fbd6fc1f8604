import type { QueryClient } from '@tanstack/react-query';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startSandbox, type RunningSandbox } from '../../sandbox/server';
import type { ApiClient } from '../../src/api/client';
import { listUnwatched } from '../../src/api/episodes';
import type { UnwatchedList } from '../../src/api/types';
import { seenDataChange, UNWATCHED_QUERY, updateMemberQueries, type WatchedCacheContext } from '../../src/screens/common/watchedCacheUpdates';
import { memberQueryKey } from '../../src/session/memberQueryKey';
import { createAppQueryClient } from '../../src/session/queryClient';
import { createSandboxApiClient } from '../support/sandboxApiClient';

/** The id the sandbox gives `demo`. */
const MEMBER_ID = 1;
const TO_WATCH_PARAMS = { order: 'smart', limit: 1 } as const;

let running: RunningSandbox;
let client: ApiClient;
let queryClient: QueryClient;
let list: UnwatchedList;

beforeAll(async () => {
  running = await startSandbox({ port: 0, log: () => undefined });
  client = createSandboxApiClient(running.url);
});

afterAll(async () => {
  await running.close();
});

beforeEach(async () => {
  running.sandbox.reset();
  const token = running.sandbox.createToken('demo');
  list = await listUnwatched(client, token, TO_WATCH_PARAMS);
  queryClient = createAppQueryClient({ onSessionOver: () => undefined });
});

/** Marks the first show's next episode seen in the cache, as a Green press does before the API replies. */
function markFirstEpisode(context: WatchedCacheContext): { rollback: () => void; episodeId: number } {
  const episodeId = list.shows[0]?.unseen[0]?.id;
  if (episodeId === undefined) {
    throw new Error('the sandbox gave demo no episode to watch');
  }

  const rollback = updateMemberQueries(context, seenDataChange({ match: { episodeId }, seen: true }));
  return { rollback, episodeId };
}

function firstEpisodeSeen(queryKey: unknown[]): boolean | undefined {
  return queryClient.getQueryData<UnwatchedList>(queryKey)?.shows[0]?.unseen[0]?.seen;
}

describe('rolling back a mark made before the member id was known', () => {
  it('rolls back the copy under the id too', () => {
    const placeholderKey = memberQueryKey(null, UNWATCHED_QUERY, TO_WATCH_PARAMS, 'en');
    const idKey = memberQueryKey(MEMBER_ID, UNWATCHED_QUERY, TO_WATCH_PARAMS, 'en');
    queryClient.setQueryData(placeholderKey, list);
    let memberId: number | null = null;
    const context = {
      queryClient,
      get memberId() {
        return memberId;
      },
    };

    const { rollback } = markFirstEpisode(context);
    // What `useMemberInfos` does once the id arrives: the data moves to the id's keys.
    queryClient.setQueryData(idKey, queryClient.getQueryData(placeholderKey));
    memberId = MEMBER_ID;
    expect(firstEpisodeSeen(idKey)).toBe(true);

    rollback();

    expect(firstEpisodeSeen(idKey)).toBe(false);
    expect(firstEpisodeSeen(placeholderKey)).toBe(false);
  });

  it('leaves the id keys alone when the id was known from the start', () => {
    const idKey = memberQueryKey(MEMBER_ID, UNWATCHED_QUERY, TO_WATCH_PARAMS, 'en');
    const otherKey = memberQueryKey(2, UNWATCHED_QUERY, TO_WATCH_PARAMS, 'en');
    queryClient.setQueryData(idKey, list);
    queryClient.setQueryData(otherKey, list);

    const { rollback } = markFirstEpisode({ queryClient, memberId: MEMBER_ID });
    expect(firstEpisodeSeen(idKey)).toBe(true);
    rollback();

    expect(firstEpisodeSeen(idKey)).toBe(false);
    expect(queryClient.getQueryData(otherKey)).toBe(list);
  });
});
