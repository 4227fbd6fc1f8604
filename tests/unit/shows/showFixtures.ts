import { parseEpisode } from '../../../src/api/parseEpisode';
import { parseShow } from '../../../src/api/parseShow';
import type { EpisodeDetails, Show } from '../../../src/api/types';

/** Builds a followed show as `src/api` reads a `shows/member` entry, with the member's fields, or an unfollowed one for a null `user`. */
export function makeShow(id: number, user: Record<string, unknown> | null = { remaining: 4, status: 60, next: { id: id * 100 + 5, code: 'S02E05', date: '2025-03-01', title: 'Next' } }): Show {
  return parseShow({
    id,
    title: `Show ${id}`,
    in_account: user !== null,
    images: { poster: null },
    status: 'Continuing',
    ...(user ? { user } : {}),
  });
}

/** Builds an episode of show 1 as `src/api` reads it. */
export function makeEpisode(id: number, season: number, episode: number, seen: boolean, platformLinks: unknown[] = []): EpisodeDetails {
  return parseEpisode({
    id,
    season,
    episode,
    title: `Episode ${episode}`,
    user: { seen },
    show: { id: 1 },
    platform_links: platformLinks,
  });
}
