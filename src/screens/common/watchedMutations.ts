import type { QueryClient } from '@tanstack/react-query';
import type { ApiClient } from '../../api/client';
import { runQueuedAction } from '../../actions/runQueuedAction';
import { listUnwatched } from '../../api/episodes';
import { createLogger } from '../../logger';
import type { UnwatchedEntrySnapshot } from './unwatchedListPatch';
import {
  findToWatchEntry,
  hasToWatchList,
  invalidateAfterWatched,
  isToWatchListKey,
  seenDataChange,
  toWatchEntryChange,
  updateMemberQueries,
  type WatchedCacheContext,
} from './watchedCacheUpdates';

const log = createLogger('watched');

/**
 * The member's watched-state changes, each one small function with its optimistic update and
 * its rollback. They go through the action queue (`src/actions`), which keeps them while offline
 * and sends them in order.
 */

export interface WatchedContext extends WatchedCacheContext {
  client: ApiClient;
  token: string;
  queryClient: QueryClient;
}

/** The episode a change is about, with what a message about it needs. */
export interface WatchedEpisode {
  id: number;
  showId: number;
  showTitle: string;
  season: number;
  /** `S02E01`. */
  code: string;
}

/** The result of `markWatched`, kept for Undo: the episode, and the show's "To watch" entry before the change. */
export interface MarkedEpisode {
  episode: WatchedEpisode;
  toWatchEntry: UnwatchedEntrySnapshot | null;
}

/**
 * Fetches the show's next episode to watch (`episodes/list?showId=&limit=1`) and puts it in
 * place of the show's entry in "To watch", or removes the entry when nothing is left. A failure
 * is logged and the lists are refetched instead, because the change itself went through.
 */
async function refreshNextEpisode(context: WatchedContext, showId: number, insertAt: number | null): Promise<void> {
  if (!hasToWatchList(context)) {
    return;
  }

  try {
    const list = await listUnwatched(context.client, context.token, { showId, limit: 1 });
    const entry = list.shows.find((show) => show.id === showId && show.unseen.length > 0) ?? null;
    updateMemberQueries(context, toWatchEntryChange(showId, entry, insertAt));
  } catch (error) {
    log.warn('fetching the next episode failed; refetching To watch', { showId, error: String(error) });
    await context.queryClient.invalidateQueries({ predicate: (query) => isToWatchListKey(query.queryKey) });
  }
}

/**
 * Marks one episode watched (`POST /episodes/watched`, `bulk=false` so earlier episodes stay as
 * they are). Every cached copy of the episode shows it watched at once. A rejection by the API
 * puts them back and rejects, while a network failure keeps the change queued and the promise
 * pending. On success the show's next episode takes its place in "To watch".
 */
export async function markWatched(context: WatchedContext, episode: WatchedEpisode): Promise<MarkedEpisode> {
  const toWatchEntry = findToWatchEntry(context, episode.showId);

  const rollback = updateMemberQueries(
    context,
    seenDataChange({
      match: { episodeId: episode.id },
      seen: true,
      remainingDelta: { showId: episode.showId, delta: -1 },
      episodesToWatchDelta: -1,
    }),
  );

  try {
    await runQueuedAction(context.client, context, { kind: 'markWatched', episodeId: episode.id });
  } catch (error) {
    rollback();
    log.warn('marking an episode watched failed', { episodeId: episode.id, showId: episode.showId, error: String(error) });
    throw error;
  }

  log.info('episode marked watched', { episodeId: episode.id, showId: episode.showId });
  await refreshNextEpisode(context, episode.showId, null);
  void invalidateAfterWatched(context, episode.showId);

  return { episode, toWatchEntry };
}

/**
 * Marks one episode unwatched (`DELETE /episodes/watched`). With `restore` (Undo right after
 * `markWatched`), the show's "To watch" entry goes back as it was. Without it, the show's next
 * episode is fetched again. An episode that was not watched (2005) counts as done.
 */
export async function unmarkWatched(context: WatchedContext, episode: WatchedEpisode, restore: UnwatchedEntrySnapshot | null = null): Promise<void> {
  const rollbackSeen = updateMemberQueries(
    context,
    seenDataChange({
      match: { episodeId: episode.id },
      seen: false,
      remainingDelta: restore ? undefined : { showId: episode.showId, delta: 1 },
      episodesToWatchDelta: 1,
    }),
  );
  const rollbackEntry = restore
    ? updateMemberQueries(context, toWatchEntryChange(episode.showId, restore.entry, restore.index))
    : () => undefined;

  try {
    // The queue counts 2005 (the episode was not marked watched) as done.
    await runQueuedAction(context.client, context, { kind: 'unmarkWatched', episodeId: episode.id });
  } catch (error) {
    rollbackEntry();
    rollbackSeen();
    log.warn('marking an episode unwatched failed', { episodeId: episode.id, showId: episode.showId, error: String(error) });
    throw error;
  }

  log.info('episode marked unwatched', { episodeId: episode.id, showId: episode.showId });
  if (!restore) {
    // A show with nothing left was not in "To watch": it comes back first, as `smart` order puts the show seen last.
    await refreshNextEpisode(context, episode.showId, 0);
  }
  void invalidateAfterWatched(context, episode.showId);
}

export interface WatchedSeason {
  showId: number;
  showTitle: string;
  season: number;
}

/**
 * Marks every episode of a season watched (`POST /seasons/watched`). The cached episodes of
 * that season show as watched at once. A rejection by the API puts them back and rejects, while
 * a network failure keeps the change queued and the promise pending.
 */
export async function markSeasonWatched(context: WatchedContext, season: WatchedSeason): Promise<void> {
  const rollback = updateMemberQueries(
    context,
    seenDataChange({ match: { showId: season.showId, season: season.season }, seen: true }),
  );

  try {
    await runQueuedAction(context.client, context, { kind: 'markSeasonWatched', showId: season.showId, season: season.season });
  } catch (error) {
    rollback();
    log.warn('marking a season watched failed', { showId: season.showId, season: season.season, error: String(error) });
    throw error;
  }

  log.info('season marked watched', { showId: season.showId, season: season.season });
  await refreshNextEpisode(context, season.showId, null);
  void invalidateAfterWatched(context, season.showId);
}
