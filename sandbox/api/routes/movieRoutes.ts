import { findMovie, type MovieRecord, type MovieState } from '../../data/movieCatalog';
import { ApiFailure } from '../apiFailure';
import type { ApiContext, ApiHandler } from '../context';
import { movieJson } from '../json/movieJson';
import { requireMember, targetMember } from '../memberAuth';
import { intParam, requiredInt, textParam } from '../paramReaders';

/** The live API caps `movies/member` at 1,000 films per call. */
const MOVIES_PER_CALL_MAX = 1_000;

function movieState(ctx: ApiContext, fallback: MovieState | null): MovieState | null {
  if (textParam(ctx, 'state') === undefined) {
    return fallback;
  }

  const state = requiredInt(ctx, 'state');
  if (state !== 0 && state !== 1 && state !== 2) {
    throw new ApiFailure('invalidParameter', { name: 'state' });
  }

  return state;
}

function findMovieParam(ctx: ApiContext): MovieRecord {
  const movie = findMovie(requiredInt(ctx, 'id'));
  if (!movie) {
    // NOTE: the live API's code for an unknown film is not documented; 3004 is a sandbox choice.
    throw new ApiFailure('invalidParameter', { name: 'id' });
  }

  return movie;
}

/** `GET /movies/member?state=&limit=&start=`: newest change first; every state without `state`. */
export const listMemberMovies: ApiHandler = (ctx) => {
  const { target, viewer } = targetMember(ctx);
  const state = movieState(ctx, null);
  const limit = intParam(ctx, 'limit', MOVIES_PER_CALL_MAX, { min: 1, cap: MOVIES_PER_CALL_MAX });
  const start = intParam(ctx, 'start', 0, { min: 0 });

  const entries = [...target.movies.values()]
    .filter((entry) => state === null || entry.state === state)
    .sort((a, b) => b.updatedAt - a.updatedAt);

  const movies = entries.slice(start, start + limit).flatMap((entry) => {
    const movie = findMovie(entry.movieId);
    return movie ? [movieJson(ctx, movie, entry, viewer !== null)] : [];
  });

  return { movies, total: entries.length };
};

/** `POST /movies/movie?id=&state=`: adds the film or changes its state (default 0, to watch). */
export const addMovie: ApiHandler = (ctx) => {
  const member = requireMember(ctx);
  const movie = findMovieParam(ctx);
  const state = movieState(ctx, 0) ?? 0;

  const entry = { movieId: movie.id, state, updatedAt: ctx.nowMs };
  member.movies.set(movie.id, entry);
  return { movie: movieJson(ctx, movie, entry, true) };
};

/** `DELETE /movies/movie?id=`: removes the film from the member's list. */
export const removeMovie: ApiHandler = (ctx) => {
  const member = requireMember(ctx);
  const movie = findMovieParam(ctx);

  member.movies.delete(movie.id);
  return { movie: movieJson(ctx, movie, null, true) };
};
