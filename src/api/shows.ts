import { assertPositiveId } from './assertPositiveId';
import type { ApiClient } from './client';
import { isRecord, requireArray, requireRecord, toInt, toRecord, toUrlOrNull, toBool } from './parse';
import { parseEpisodeList } from './parseEpisode';
import { parseShow, parseShowList } from './parseShow';
import type { EpisodeDetails, Season, Show } from './types';

export interface SearchShowsParams {
  title: string;
  /** Results per page (`nbpp`). */
  perPage?: number;
  page?: number;
}

/** Fetches one show (`GET /shows/display`). With a token, `user` contains the member's progress. */
export async function getShow(client: ApiClient, token: string | null, showId: number, signal?: AbortSignal): Promise<Show> {
  assertPositiveId(showId, 'showId');

  const reply = await client.request({ method: 'GET', path: '/shows/display', token, signal, params: { id: showId } });

  return parseShow(requireRecord(reply, 'show', 'GET /shows/display'));
}

/** Lists a show's episodes (`GET /shows/episodes`), all seasons when `season` is omitted. */
export async function listShowEpisodes(
  client: ApiClient,
  token: string | null,
  showId: number,
  season?: number,
  signal?: AbortSignal,
): Promise<EpisodeDetails[]> {
  assertPositiveId(showId, 'showId');

  const reply = await client.request({
    method: 'GET',
    path: '/shows/episodes',
    token,
    signal,
    params: { id: showId, season },
  });

  return parseEpisodeList(requireArray(reply, 'episodes', 'GET /shows/episodes'));
}

function parseSeason(value: unknown): Season {
  const raw = toRecord(value);

  return {
    number: toInt(raw.number),
    episodes: toInt(raw.episodes),
    seen: toBool(raw.seen),
    image: toUrlOrNull(raw.image),
  };
}

/** Lists a show's seasons (`GET /shows/seasons`). */
export async function listShowSeasons(
  client: ApiClient,
  token: string | null,
  showId: number,
  signal?: AbortSignal,
): Promise<Season[]> {
  assertPositiveId(showId, 'showId');

  const reply = await client.request({ method: 'GET', path: '/shows/seasons', token, signal, params: { id: showId } });

  return requireArray(reply, 'seasons', 'GET /shows/seasons').filter(isRecord).map(parseSeason);
}

/** Searches shows by title (`GET /shows/search`). With a token, each show carries the member's fields. */
export async function searchShows(
  client: ApiClient,
  token: string | null,
  params: SearchShowsParams,
  signal?: AbortSignal,
): Promise<Show[]> {
  const reply = await client.request({
    method: 'GET',
    path: '/shows/search',
    token,
    signal,
    params: { title: params.title, nbpp: params.perPage, page: params.page },
  });

  return parseShowList(requireArray(reply, 'shows', 'GET /shows/search'));
}

async function changeShow(
  client: ApiClient,
  method: 'POST' | 'DELETE',
  path: '/shows/show' | '/shows/archive',
  token: string,
  showId: number,
  signal: AbortSignal | undefined,
): Promise<Show | null> {
  assertPositiveId(showId, 'showId');

  const reply = await client.request({ method, path, token, signal, params: { id: showId } });

  return isRecord(reply.show) ? parseShow(reply.show) : null;
}

/**
 * Adds a show to the member's account (`POST /shows/show`) and returns it, or null when the
 * reply carries no show. The API returns error 2003 when the show is already followed.
 */
export function addShow(client: ApiClient, token: string, showId: number, signal?: AbortSignal): Promise<Show | null> {
  return changeShow(client, 'POST', '/shows/show', token, showId, signal);
}

/** Removes a show from the member's account (`DELETE /shows/show`). The API returns error 2004 when it was not there. */
export function removeShow(client: ApiClient, token: string, showId: number, signal?: AbortSignal): Promise<Show | null> {
  return changeShow(client, 'DELETE', '/shows/show', token, showId, signal);
}

/** Archives a show of the member's account (`POST /shows/archive`). */
export function archiveShow(client: ApiClient, token: string, showId: number, signal?: AbortSignal): Promise<Show | null> {
  return changeShow(client, 'POST', '/shows/archive', token, showId, signal);
}

/** Takes a show out of the member's archive (`DELETE /shows/archive`). */
export function unarchiveShow(client: ApiClient, token: string, showId: number, signal?: AbortSignal): Promise<Show | null> {
  return changeShow(client, 'DELETE', '/shows/archive', token, showId, signal);
}
