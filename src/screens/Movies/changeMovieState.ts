import type { QueryClient } from '@tanstack/react-query';
import type { ApiClient } from '../../api/client';
import { runQueuedAction } from '../../actions/runQueuedAction';
import type { MemberMoviesPage, Movie, MovieState } from '../../api/types';
import { createLogger } from '../../logger';
import { memberQueryKey } from '../../session/memberQueryKey';

const log = createLogger('movies');

export interface MovieChangeContext {
  queryClient: QueryClient;
  client: ApiClient;
  token: string;
  memberId: number | null;
  /** The cache key of the films-to-watch list the change updates at once. */
  listQueryKey: unknown[];
}

/** Returns the list without `movieId`, or the same list when the film is not in it. */
function withoutMovie(page: MemberMoviesPage, movieId: number): MemberMoviesPage {
  const movies = page.movies.filter((movie) => movie.id !== movieId);
  if (movies.length === page.movies.length) {
    return page;
  }

  return { movies, total: Math.max(0, page.total - 1) };
}

/** Returns the list with `movie` at `index` (or at the end), unless it is already there. */
function withMovie(page: MemberMoviesPage, movie: Movie, index: number): MemberMoviesPage {
  if (page.movies.some((entry) => entry.id === movie.id)) {
    return page;
  }

  const movies = page.movies.slice();
  movies.splice(Math.min(Math.max(0, index), movies.length), 0, { ...movie, state: 0 });
  return { movies, total: page.total + 1 };
}

/** Puts the film in the cached list (`present`) or takes it out; a list not loaded yet stays so. */
function updateList(context: MovieChangeContext, movie: Movie, present: boolean, index: number): void {
  context.queryClient.setQueryData<MemberMoviesPage>(context.listQueryKey, (page) => {
    if (!page) {
      return page;
    }

    return present ? withMovie(page, movie, index) : withoutMovie(page, movie.id);
  });
}

/**
 * Sets the member's state of a film (`POST /movies/movie`): 1 watched, 2 not interested, 0 back to
 * "to watch" (an undo). The films-to-watch list changes at once: the film leaves it, or comes back
 * at `index`. When the call fails the list is put back as it was for this film only, so another
 * change made meanwhile survives, and the error is thrown for the screen to explain. The request
 * goes through the action queue (`src/actions`), which keeps it while offline and sends the
 * changes of a film one after the other.
 */
export async function changeMovieState(context: MovieChangeContext, movie: Movie, state: MovieState, index: number): Promise<void> {
  // A list refetch that started before the change would bring the film back when it lands.
  await context.queryClient.cancelQueries({ queryKey: context.listQueryKey });

  // Only state 0 belongs in the films-to-watch list.
  const inListAfter = state === 0;
  updateList(context, movie, inListAfter, index);

  try {
    await runQueuedAction(context.client, context, { kind: 'setMovieState', movieId: movie.id, state });
  } catch (error) {
    log.warn('changing a film failed; the list is rolled back', {
      movieId: movie.id,
      state,
      error: error instanceof Error ? error.name : String(error),
    });
    updateList(context, movie, !inListAfter, index);
    throw error;
  }

  log.info('film changed', { movieId: movie.id, state });

  // The profile counts the member's films.
  void context.queryClient.invalidateQueries({ queryKey: memberQueryKey(context.memberId, 'infos') });
}
