import { useEffect, useState } from 'react';
import { PendingBadge } from '../../actions/PendingBadge';
import type { Movie } from '../../api/types';

/** Poster size at 1080p; the row's geometry uses the same numbers. */
export const MOVIE_POSTER_WIDTH = 260;
export const MOVIE_POSTER_HEIGHT = 390;

export interface MovieCardProps {
  movie: Movie;
  /** Position in the row. */
  index: number;
  focused: boolean;
  /** Called when the card gets the focus, so the screen can describe that film. Keep it stable across renders. */
  onFocused: (movieId: number, index: number) => void;
}

function initialOf(title: string): string {
  const trimmed = title.trim();
  return trimmed === '' ? '?' : trimmed.charAt(0).toUpperCase();
}

/**
 * Renders one film of the row: its poster (or its initial when the API has none), a pending
 * badge while a change of its state waits in the action queue, title and year.
 */
export function MovieCard({ movie, index, focused, onFocused }: MovieCardProps) {
  const [posterFailed, setPosterFailed] = useState(false);

  useEffect(() => {
    if (focused) {
      onFocused(movie.id, index);
    }
  }, [focused, movie.id, index, onFocused]);

  return (
    <div className="movie-card" data-movie-id={movie.id}>
      {movie.poster && !posterFailed ? (
        <img
          className="movie-card__poster"
          src={movie.poster}
          alt=""
          width={MOVIE_POSTER_WIDTH}
          height={MOVIE_POSTER_HEIGHT}
          loading="lazy"
          decoding="async"
          onError={() => setPosterFailed(true)}
        />
      ) : (
        <div className="movie-card__poster movie-card__poster--placeholder" aria-hidden="true">
          {initialOf(movie.title)}
        </div>
      )}
      <PendingBadge target={{ type: 'movie', id: movie.id }} className="pending-badge--on-poster" />

      <p className="movie-card__title">{movie.title}</p>
      <p className="movie-card__year">{movie.productionYear ?? '\u00a0'}</p>
    </div>
  );
}
