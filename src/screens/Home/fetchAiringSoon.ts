import type { ApiClient } from '../../api/client';
import { listUnwatched, type UnwatchedParams } from '../../api/episodes';
import type { NextEpisode } from '../ToWatch/useToWatchList';

/** Shows per page; a page of 200 weighs about 140 kB with the sandbox's episode objects. */
const SHOWS_PER_PAGE = 200;

/** Enough pages for 2,000 shows with an announced episode; a member with more gets the first 2,000. */
const MAX_PAGES = 10;

/**
 * Fetches the next announced episode of each of the member's shows (`episodes/list`,
 * `released=2`, one episode per show), soonest first. The API orders shows by account or
 * "smart" order, never by date, so every page is read before sorting. A member with 433 such
 * shows costs 3 requests. `planning/member` would give dates in order but weighs megabytes for a
 * member with thousands of shows (the sandbox's `marathon`: 2.1 MB).
 */
export async function fetchAiringSoon(client: ApiClient, token: string, signal?: AbortSignal): Promise<NextEpisode[]> {
  const items: NextEpisode[] = [];

  for (let page = 1; page <= MAX_PAGES; page += 1) {
    const params: UnwatchedParams = { released: 2, limit: 1, showsLimit: SHOWS_PER_PAGE, page };
    const list = await listUnwatched(client, token, params, signal);

    for (const show of list.shows) {
      const episode = show.unseen[0];
      if (episode) {
        items.push({ show, episode });
      }
    }

    if (list.shows.length < SHOWS_PER_PAGE || page * SHOWS_PER_PAGE >= list.total) {
      break;
    }
  }

  // Unknown dates go last. `YYYY-MM-DD` strings sort in date order.
  return items.sort((a, b) => (a.episode.date ?? '9999').localeCompare(b.episode.date ?? '9999'));
}
