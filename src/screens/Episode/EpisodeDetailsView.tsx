import { PendingBadge } from '../../actions/PendingBadge';
import type { EpisodeDetails } from '../../api/types';
import { useI18n } from '../../i18n/useI18n';
import { PosterImage } from '../common/PosterImage';

export const EPISODE_POSTER_WIDTH = 320;
export const EPISODE_POSTER_HEIGHT = 480;

/** Returns the rating as a member reads it: mean out of 5 and votes, or that it has no votes yet. */
function ratingText(episode: EpisodeDetails, t: ReturnType<typeof useI18n>['t']): string {
  if (episode.note.total === 0) {
    return t('episode.notRated');
  }

  // A number, so the catalog formats it for the locale ("4,1" in French).
  const mean = Math.round(episode.note.mean * 10) / 10;
  const text = t('episode.rating', { mean, votes: episode.note.total });
  return episode.note.user > 0 ? `${text} · ${t('episode.yourRating', { rating: String(episode.note.user) })}` : text;
}

/**
 * Renders what is known about an episode: poster, show, title, code, air date, rating, watched
 * state (with a pending badge while a change waits in the action queue), description.
 */
export function EpisodeDetailsView({ episode }: { episode: EpisodeDetails }) {
  const { t, formatDate } = useI18n();

  const airDate = episode.date ? formatDate(episode.date) : t('episode.dateUnknown');
  const watchedText = episode.seen
    ? episode.seenDate
      ? t('episode.watchedOn', { date: formatDate(episode.seenDate) })
      : t('episode.watched')
    : t('episode.notWatched');

  return (
    <div className="episode-details">
      <PosterImage
        src={episode.show.poster}
        title={episode.show.title}
        width={EPISODE_POSTER_WIDTH}
        height={EPISODE_POSTER_HEIGHT}
        className="episode-details__poster"
      />

      <div className="episode-details__text">
        <p className="episode-details__show">{episode.show.title}</p>
        <h1 className="episode-details__title" data-testid="episode-title">
          {episode.title || episode.code}
        </h1>
        <p className="episode-details__meta">
          <span className="episode-details__code" data-testid="episode-code">
            {episode.code}
          </span>
          {' · '}
          {t('episode.airDate', { date: airDate })}
        </p>
        <p className="episode-details__meta" data-testid="episode-rating">
          {ratingText(episode, t)}
        </p>
        <p className={episode.seen ? 'episode-details__state is-watched' : 'episode-details__state'} data-testid="episode-state">
          {episode.seen ? '\u2713 ' : ''}
          {watchedText}
          <PendingBadge target={{ type: 'episode', id: episode.id }} className="episode-details__pending" />
        </p>
        <p className="episode-details__description">{episode.description || t('episode.noDescription')}</p>

        {episode.platformLinks.length > 0 ? (
          <p className="episode-details__platforms">
            {t('episode.platforms', { names: episode.platformLinks.map((link) => link.platform).join(', ') })}
          </p>
        ) : null}
      </div>
    </div>
  );
}
