import type { EpisodeDetails, Show } from '../../api/types';

/**
 * Returns the index of the episode a season's list starts on: the member's next episode when it
 * is in this season, else the first one not watched, else the first one. -1 for an empty list.
 */
export function pickStartEpisode(show: Show | undefined, episodes: readonly EpisodeDetails[]): number {
  if (episodes.length === 0) {
    return -1;
  }

  const nextId = show?.user?.next?.id;
  const next = episodes.findIndex((episode) => episode.id === nextId);
  if (next >= 0) {
    return next;
  }

  const unwatched = episodes.findIndex((episode) => !episode.seen);
  return unwatched >= 0 ? unwatched : 0;
}
