import { assertPositiveId } from './assertPositiveId';
import type { ApiClient } from './client';
import { isRecord, requireArray, requireRecord, toArray, toInt, toRecord, toText } from './parse';
import { parseEpisode, parseEpisodeList } from './parseEpisode';
import type { EpisodeDetails, UnwatchedList, UnwatchedShow } from './types';

export interface UnwatchedParams {
  /** Episodes per show. */
  limit?: number;
  /** Shows per page (API default 50). */
  showsLimit?: number;
  page?: number;
  showId?: number;
  /** 1 released (API default), 2 upcoming, 0 both. */
  released?: 0 | 1 | 2;
  order?: 'account' | 'smart';
  specials?: boolean;
}

function parseUnwatchedShow(value: unknown): UnwatchedShow {
  const raw = toRecord(value);

  return {
    id: toInt(raw.id),
    title: toText(raw.title),
    remaining: toInt(raw.remaining),
    unseen: parseEpisodeList(toArray(raw.unseen)),
  };
}

/** Lists the member's unwatched episodes grouped by show (`GET /episodes/list`). */
export async function listUnwatched(
  client: ApiClient,
  token: string,
  params: UnwatchedParams = {},
  signal?: AbortSignal,
): Promise<UnwatchedList> {
  const reply = await client.request({
    method: 'GET',
    path: '/episodes/list',
    token,
    signal,
    params: {
      limit: params.limit,
      showsLimit: params.showsLimit,
      page: params.page,
      showId: params.showId,
      released: params.released,
      order: params.order,
      specials: params.specials,
    },
  });

  const shows = requireArray(reply, 'shows', 'GET /episodes/list')
    .filter(isRecord)
    .map(parseUnwatchedShow)
    .filter((show) => show.id > 0);

  return {
    shows,
    total: toInt(reply.total, shows.length),
    totalEpisodes: toInt(reply.totalEpisodes),
  };
}

/** Fetches one episode (`GET /episodes/display`). With a token, the member fields are filled in. */
export async function getEpisode(
  client: ApiClient,
  token: string | null,
  episodeId: number,
  signal?: AbortSignal,
): Promise<EpisodeDetails> {
  assertPositiveId(episodeId, 'episodeId');

  const reply = await client.request({ method: 'GET', path: '/episodes/display', token, signal, params: { id: episodeId } });

  return parseEpisode(requireRecord(reply, 'episode', 'GET /episodes/display'));
}

/** Reads the episodes of a watched reply, which is `{"episode":{…}}` for one id and `{"episodes":[…]}` for several. */
function parseWatchedReply(reply: Record<string, unknown>): EpisodeDetails[] {
  if (Array.isArray(reply.episodes)) {
    return parseEpisodeList(reply.episodes);
  }

  if (isRecord(reply.episode)) {
    return parseEpisodeList([reply.episode]);
  }

  return [];
}

/**
 * Marks the given episodes watched (`POST /episodes/watched`) and returns them as the API sends
 * them back, or an empty list when the reply carries none. Always sends `bulk=false`, because
 * the API's default `bulk=true` also marks every earlier episode of the show.
 */
export async function markEpisodeWatched(
  client: ApiClient,
  token: string,
  episodeIds: number | readonly number[],
  signal?: AbortSignal,
): Promise<EpisodeDetails[]> {
  const ids = typeof episodeIds === 'number' ? [episodeIds] : episodeIds.slice();
  if (ids.length === 0) {
    throw new RangeError('markEpisodeWatched needs at least one episode id.');
  }

  ids.forEach((id) => assertPositiveId(id, 'episode id'));

  const reply = await client.request({
    method: 'POST',
    path: '/episodes/watched',
    token,
    signal,
    params: { id: ids.join(','), bulk: false },
  });

  return parseWatchedReply(reply);
}

/**
 * Marks one episode unwatched (`DELETE /episodes/watched`) and returns it, or null when the
 * reply carries none. The API returns error 2005 when the episode was not marked watched.
 */
export async function unmarkEpisodeWatched(
  client: ApiClient,
  token: string,
  episodeId: number,
  signal?: AbortSignal,
): Promise<EpisodeDetails | null> {
  assertPositiveId(episodeId, 'episodeId');

  const reply = await client.request({ method: 'DELETE', path: '/episodes/watched', token, signal, params: { id: episodeId } });

  return parseWatchedReply(reply)[0] ?? null;
}
