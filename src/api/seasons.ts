import { assertPositiveId } from './assertPositiveId';
import type { ApiClient } from './client';

function assertSeasonNumber(season: number): void {
  // Season 0 is accepted and left for the API to judge, since some catalogs file specials there.
  if (!Number.isInteger(season) || season < 0) {
    throw new RangeError(`Invalid season: ${season}. Pass a season number of 0 or more.`);
  }
}

// NOTE: the reply of `seasons/watched` is not documented, so these calls return nothing and
// callers refetch the show. Only the error cases are relied on.

/** Marks every episode of a season watched (`POST /seasons/watched`). */
export async function markSeasonWatched(
  client: ApiClient,
  token: string,
  showId: number,
  season: number,
  signal?: AbortSignal,
): Promise<void> {
  assertPositiveId(showId, 'showId');
  assertSeasonNumber(season);

  await client.request({ method: 'POST', path: '/seasons/watched', token, signal, params: { id: showId, season } });
}

/** Marks every episode of a season unwatched (`DELETE /seasons/watched`). */
export async function unmarkSeasonWatched(
  client: ApiClient,
  token: string,
  showId: number,
  season: number,
  signal?: AbortSignal,
): Promise<void> {
  assertPositiveId(showId, 'showId');
  assertSeasonNumber(season);

  await client.request({ method: 'DELETE', path: '/seasons/watched', token, signal, params: { id: showId, season } });
}
