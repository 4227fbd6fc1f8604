import type { Catalog, EpisodeRecord } from './catalog';
import type { FollowRecord } from './memberState';

/** Where a member stands in one show, as of `today` (a day number). */
export interface ShowProgress {
  episodeCount: number;
  seenCount: number;
  /** Aired episodes not seen yet, in airing order. */
  unseenReleased: EpisodeRecord[];
  /** Seen episodes as a percentage of all episodes, 0 to 100. */
  percent: number;
  /** The latest episode seen, in airing order. */
  lastSeen: EpisodeRecord | null;
  /** The first episode not seen, aired or not. */
  next: EpisodeRecord | null;
}

export function showProgress(catalog: Catalog, showId: number, follow: FollowRecord | null, today: number): ShowProgress {
  const episodes = catalog.episodes(showId);
  const seen = follow?.seen;
  const unseenReleased: EpisodeRecord[] = [];
  let seenCount = 0;
  let lastSeen: EpisodeRecord | null = null;
  let next: EpisodeRecord | null = null;

  for (const episode of episodes) {
    if (seen?.has(episode.id)) {
      seenCount += 1;
      lastSeen = episode;
      continue;
    }

    next ??= episode;
    if (episode.airDay <= today) {
      unseenReleased.push(episode);
    }
  }

  const percent = episodes.length === 0 ? 0 : Math.round((seenCount / episodes.length) * 1000) / 10;
  return { episodeCount: episodes.length, seenCount, unseenReleased, percent, lastSeen, next };
}

/** `S02E01`, the API's episode code. */
export function episodeCode(episode: Pick<EpisodeRecord, 'season' | 'episode'>): string {
  return `S${String(episode.season).padStart(2, '0')}E${String(episode.episode).padStart(2, '0')}`;
}
