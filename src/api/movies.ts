import { assertPositiveId } from './assertPositiveId';
import type { ApiClient } from './client';
import { isRecord, requireArray, toBool, toInt, toRecord, toText, toTextOrNull, toUrlOrNull, toDateOrNull, toValueList } from './parse';
import { parseRating } from './parseRating';
import type { MemberMoviesPage, Movie, MovieState } from './types';

export interface MemberMoviesParams {
  /** 0 to watch, 1 watched, 2 not interested. */
  state?: MovieState;
  /** Movies per page, at most `MAX_MEMBER_MOVIES_LIMIT`. */
  limit?: number;
  /** Index of the first movie. */
  start?: number;
}

/** The largest `limit` that `movies/member` accepts. */
export const MAX_MEMBER_MOVIES_LIMIT = 1000;

function parseMovieState(user: unknown): MovieState | null {
  if (!isRecord(user) || !toBool(user.in_account, true)) {
    return null;
  }

  const state = toInt(user.status, -1);
  if (state === 0 || state === 1 || state === 2) {
    return state;
  }

  return null;
}

// NOTE: the API description lists no movie fields. These names follow the show object's
// conventions and are a best guess. Every one is optional, and the member's state is read
// from `user.status`.
function parseMovie(value: unknown): Movie {
  const raw = toRecord(value);
  const productionYear = toInt(raw.production_year);

  return {
    id: toInt(raw.id),
    title: toText(raw.title),
    originalTitle: toTextOrNull(raw.original_title),
    synopsis: toText(raw.synopsis),
    poster: toUrlOrNull(raw.poster),
    backdrop: toUrlOrNull(raw.backdrop),
    productionYear: productionYear > 0 ? productionYear : null,
    releaseDate: toDateOrNull(raw.release_date),
    director: toTextOrNull(raw.director),
    genres: toValueList(raw.genres)
      .map((genre) => toText(genre))
      .filter((genre) => genre !== ''),
    followers: toInt(raw.followers),
    notes: parseRating(raw.notes),
    state: parseMovieState(raw.user),
  };
}

/** Fetches one page of the member's movies (`GET /movies/member`). A `limit` above 1000 is lowered to 1000. */
export async function listMemberMovies(
  client: ApiClient,
  token: string,
  params: MemberMoviesParams = {},
  signal?: AbortSignal,
): Promise<MemberMoviesPage> {
  const limit = params.limit;
  if (limit !== undefined && (!Number.isInteger(limit) || limit < 1)) {
    throw new RangeError(`Invalid limit: ${limit}. Pass an integer from 1 to ${MAX_MEMBER_MOVIES_LIMIT}.`);
  }

  const reply = await client.request({
    method: 'GET',
    path: '/movies/member',
    token,
    signal,
    params: {
      state: params.state,
      limit: limit === undefined ? undefined : Math.min(limit, MAX_MEMBER_MOVIES_LIMIT),
      start: params.start,
    },
  });

  const movies = requireArray(reply, 'movies', 'GET /movies/member')
    .filter(isRecord)
    .map(parseMovie)
    .filter((movie) => movie.id > 0);

  return { movies, total: toInt(reply.total, movies.length) };
}

/**
 * Sets the member's state for a movie (`POST /movies/movie`) and returns the movie, or null
 * when the reply carries none.
 */
export async function setMovieState(
  client: ApiClient,
  token: string,
  movieId: number,
  state: MovieState,
  signal?: AbortSignal,
): Promise<Movie | null> {
  assertPositiveId(movieId, 'movieId');

  const reply = await client.request({ method: 'POST', path: '/movies/movie', token, signal, params: { id: movieId, state } });

  return isRecord(reply.movie) ? parseMovie(reply.movie) : null;
}
