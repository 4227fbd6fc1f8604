import type { Query, QueryClient, QueryKey } from '@tanstack/react-query';
import type { Episode, Member, UnwatchedList, UnwatchedShow } from '../../api/types';
import { memberQueryKey } from '../../session/memberQueryKey';
import { EPISODE_QUERY } from '../Episode/useEpisode';
import { SHOW_QUERY } from '../Show/showQueryKeys';
import { patchEpisodesSeen, type EpisodeMatch } from './episodePatch';
import { findUnwatchedEntry, replaceUnwatchedEntry, shiftRemaining, type UnwatchedEntrySnapshot } from './unwatchedListPatch';

/**
 * Cache updates around marking episodes watched. Query keys of the member screens:
 * `['member', id, 'unwatched', params, locale]` for `episodes/list` (Home's "To watch" row when
 * `params` has neither `showId` nor `released: 2`), `['member', id, 'airingSoon', …]` for Home's
 * "Airing soon" row, `['member', id, 'infos']` for `members/infos`.
 */

export const UNWATCHED_QUERY = 'unwatched';
export const AIRING_SOON_QUERY = 'airingSoon';
export const INFOS_QUERY = 'infos';

export interface WatchedCacheContext {
  queryClient: QueryClient;
  /** Null before `members/infos` replied once: the keys then use the `current` placeholder. */
  memberId: number | null;
}

/** True for the cached `episodes/list` replies that list the next episode of every show. */
export function isToWatchListKey(queryKey: QueryKey): boolean {
  if (queryKey[2] !== UNWATCHED_QUERY) {
    return false;
  }

  const params = (queryKey[3] ?? {}) as { showId?: number; released?: number };
  return params.showId === undefined && (params.released === undefined || params.released === 1);
}

function isUnwatchedList(data: unknown): data is UnwatchedList {
  return Boolean(data) && Array.isArray((data as UnwatchedList).shows);
}

/** A change the optimistic update applies to each cached query's data; returns the data unchanged when it does not apply. */
type DataChange = (queryKey: QueryKey, data: unknown) => unknown;

interface WrittenQuery {
  queryKey: QueryKey;
  previous: unknown;
  next: unknown;
}

/** Puts `previous` back under `queryKey` if the cache still contains `next` there, else refetches that query. */
function rollBackQuery(queryClient: QueryClient, queryKey: QueryKey, { previous, next }: WrittenQuery): void {
  if (queryClient.getQueryData(queryKey) === next) {
    queryClient.setQueryData(queryKey, previous);
    return;
  }

  void queryClient.invalidateQueries({ queryKey, exact: true });
}

/**
 * Applies `change` to every cached query of the member and returns the rollback. A rollback puts
 * the previous data back only where the cache still contains what this update wrote. A query
 * that refetched in between is refetched again instead, so fresher data is never overwritten.
 */
export function updateMemberQueries(context: WatchedCacheContext, change: DataChange): () => void {
  const { queryClient, memberId } = context;
  const written: WrittenQuery[] = [];

  for (const [queryKey, data] of queryClient.getQueriesData({ queryKey: memberQueryKey(memberId) })) {
    if (data === undefined) {
      continue;
    }

    const next = change(queryKey, data);
    if (next !== data) {
      queryClient.setQueryData(queryKey, next);
      // Read back, because structural sharing may store another object equal to `next`.
      written.push({ queryKey, previous: data, next: queryClient.getQueryData(queryKey) });
    }
  }

  return () => {
    // An update made before the session knew the member id may have been copied to the id's
    // keys since (`useMemberInfos`), and the screens read those now, so they roll back too.
    const movedTo = memberId === null ? context.memberId : null;

    for (const entry of written) {
      rollBackQuery(queryClient, entry.queryKey, entry);

      const movedKey = movedTo === null ? null : memberQueryKey(movedTo, ...entry.queryKey.slice(2));
      if (movedKey && queryClient.getQueryData(movedKey) !== undefined) {
        rollBackQuery(queryClient, movedKey, entry);
      }
    }
  };
}

export interface SeenChange {
  match: EpisodeMatch;
  seen: boolean;
  /** Added to the show's episodes left in "To watch", when its entry is there. */
  remainingDelta?: { showId: number; delta: number };
  /** Added to the member's `episodes_to_watch` counter. */
  episodesToWatchDelta?: number;
}

/** Returns the data change that shows episodes as seen (or not) everywhere, with the counters that follow. */
export function seenDataChange({ match, seen, remainingDelta, episodesToWatchDelta = 0 }: SeenChange): DataChange {
  return (queryKey, data) => {
    let next = patchEpisodesSeen(data, match, seen);

    if (remainingDelta && isToWatchListKey(queryKey) && isUnwatchedList(next)) {
      next = shiftRemaining(next, remainingDelta.showId, remainingDelta.delta);
    }

    if (episodesToWatchDelta !== 0 && queryKey[2] === INFOS_QUERY && next) {
      const member = next as Member;
      const episodesToWatch = Math.max(0, member.stats.episodesToWatch + episodesToWatchDelta);
      next = { ...member, stats: { ...member.stats, episodesToWatch } };
    }

    return next;
  };
}

/** Returns the data change that sets a show's entry in every "To watch" list (see `replaceUnwatchedEntry`). */
export function toWatchEntryChange(showId: number, entry: UnwatchedShow | null, insertAt: number | null): DataChange {
  return (queryKey, data) => {
    if (!isToWatchListKey(queryKey) || !isUnwatchedList(data)) {
      return data;
    }

    return replaceUnwatchedEntry(data, showId, entry, insertAt);
  };
}

/** Returns the show's entry in the first cached "To watch" list, with its position, or null. */
export function findToWatchEntry({ queryClient, memberId }: WatchedCacheContext, showId: number): UnwatchedEntrySnapshot | null {
  for (const [queryKey, data] of queryClient.getQueriesData({ queryKey: memberQueryKey(memberId, UNWATCHED_QUERY) })) {
    if (isToWatchListKey(queryKey) && isUnwatchedList(data)) {
      return findUnwatchedEntry(data, showId);
    }
  }

  return null;
}

/** True when a "To watch" list is cached for the member. */
export function hasToWatchList({ queryClient, memberId }: WatchedCacheContext): boolean {
  return queryClient
    .getQueriesData({ queryKey: memberQueryKey(memberId, UNWATCHED_QUERY) })
    .some(([queryKey, data]) => isToWatchListKey(queryKey) && isUnwatchedList(data));
}

/**
 * True for the cached queries whose data a watched-state change of `showId` makes wrong beyond
 * what the optimistic update patched: the member's counters (`members/infos`), the show's own
 * queries (Show screen, its `episodes/list?showId=`) and its episodes. With a null `showId`,
 * every show counts as changed.
 */
export function isAffectedByWatched(query: Query, showId: number | null): boolean {
  const [, , kind, scope] = query.queryKey;

  if (kind === INFOS_QUERY) {
    return true;
  }

  if (kind === SHOW_QUERY) {
    return showId === null || scope === showId;
  }

  if (kind === UNWATCHED_QUERY) {
    const params = (scope ?? {}) as { showId?: number };
    return params.showId !== undefined && (showId === null || params.showId === showId);
  }

  if (kind === EPISODE_QUERY) {
    const episode = query.state.data as Episode | undefined;
    return showId === null || episode?.show.id === showId;
  }

  return false;
}

/**
 * Refreshes the member's queries once the API confirmed a watched-state change of `showId`. The
 * queries the change affects (see `isAffectedByWatched`) refetch now if a screen shows them,
 * covered screens included, since they stay mounted. The other queries are only marked stale and
 * refetch when a screen mounts them again, because refetching them now would cost one request per
 * loaded page (My shows loads 2,000 shows in pages). The "To watch" lists are left out: they were
 * updated in place, and a refetch in `smart` order would move the watched show first, under the
 * member's focus.
 * NOTE: My shows stays mounted under the screen that marked, so its progress figures stay as they
 * were until it is opened again.
 */
export async function invalidateAfterWatched({ queryClient, memberId }: WatchedCacheContext, showId: number | null = null): Promise<void> {
  const queryKey = memberQueryKey(memberId);

  await Promise.all([
    queryClient.invalidateQueries({
      queryKey,
      predicate: (query) => !isToWatchListKey(query.queryKey) && isAffectedByWatched(query, showId),
    }),
    queryClient.invalidateQueries({
      queryKey,
      predicate: (query) => !isToWatchListKey(query.queryKey) && !isAffectedByWatched(query, showId),
      refetchType: 'none',
    }),
  ]);
}
