import { PendingBadge } from '../../actions/PendingBadge';
import type { Movie } from '../../api/types';
import { useI18n } from '../../i18n/useI18n';

/**
 * Renders what the member needs to choose a film: title, year, director, genres and synopsis,
 * with a pending badge while a change of its state waits in the action queue.
 */
export function MovieDetails({ movie }: { movie: Movie }) {
  const { t } = useI18n();

  const facts: string[] = [];
  if (movie.productionYear !== null) {
    facts.push(String(movie.productionYear));
  }
  if (movie.director) {
    facts.push(t('movies.director', { name: movie.director }));
  }
  if (movie.genres.length > 0) {
    facts.push(movie.genres.join(', '));
  }

  const showOriginalTitle = movie.originalTitle !== null && movie.originalTitle !== movie.title;

  return (
    <section className="movie-details" data-testid="movie-details" aria-live="polite">
      <h2 className="movie-details__title">{movie.title}</h2>
      {showOriginalTitle ? <p className="movie-details__original">{movie.originalTitle}</p> : null}
      <p className="movie-details__facts">{facts.join(' · ')}</p>
      <PendingBadge target={{ type: 'movie', id: movie.id }} className="movie-details__pending" />
      <p className="movie-details__synopsis">{movie.synopsis || t('movies.noSynopsis')}</p>
    </section>
  );
}
