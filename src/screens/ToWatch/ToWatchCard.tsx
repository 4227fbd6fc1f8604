import { PendingBadge } from '../../actions/PendingBadge';
import { usePendingActionKind } from '../../actions/usePendingActionKind';
import { useI18n } from '../../i18n/useI18n';
import { PosterImage } from '../common/PosterImage';
import type { NextEpisode } from './useToWatchList';

/** Poster size at 1080p; the row's geometry uses the same numbers. */
export const POSTER_WIDTH = 260;
export const POSTER_HEIGHT = 390;

/**
 * Renders one show in the "To watch" row: its poster, its title, and the next episode. Right
 * after Green the episode shows as watched until the show's next episode replaces it. While the
 * mark waits in the action queue (offline, or the API failing) the card also shows it pending,
 * and shows the episode as watched even after a reload, when the API still lists it unwatched.
 */
export function ToWatchCard({ item }: { item: NextEpisode }) {
  const { t } = useI18n();
  const { show, episode } = item;
  const pendingKind = usePendingActionKind('episode', episode.id);
  const seen = pendingKind === null ? episode.seen : pendingKind === 'markWatched';

  return (
    <div className="to-watch-card" data-watched={seen ? 'true' : undefined} data-episode-id={episode.id}>
      <div className="to-watch-card__frame">
        <PosterImage src={episode.show.poster} title={show.title} width={POSTER_WIDTH} height={POSTER_HEIGHT} className="to-watch-card__poster" />
        <PendingBadge target={{ type: 'episode', id: episode.id }} className="pending-badge--on-poster" />
        {seen ? (
          <p className="to-watch-card__watched" data-testid="watched-badge">
            {'\u2713 '}
            {t('watched.badge')}
          </p>
        ) : null}
      </div>

      <p className="to-watch-card__show">{show.title}</p>
      <p className="to-watch-card__episode">
        <span className="to-watch-card__code">{episode.code}</span> {episode.title}
      </p>
      <p className="to-watch-card__remaining">{t('toWatch.remaining', { count: show.remaining })}</p>
    </div>
  );
}
