import { useState } from 'react';
import { useI18n } from '../../i18n/useI18n';
import type { NextEpisode } from './useToWatchList';

/** Poster size at 1080p; the row's geometry uses the same numbers. */
export const POSTER_WIDTH = 260;
export const POSTER_HEIGHT = 390;

/** Returns the first letter of a title, for a poster placeholder. */
function initialOf(title: string): string {
  const trimmed = title.trim();
  return trimmed === '' ? '?' : trimmed.charAt(0).toUpperCase();
}

/** Renders one show in the "To watch" row: its poster, its title, and the next episode. */
export function ToWatchCard({ item }: { item: NextEpisode }) {
  const { t } = useI18n();
  const [posterFailed, setPosterFailed] = useState(false);

  const { show, episode } = item;
  const poster = episode.show.poster;

  return (
    <div className="to-watch-card">
      {poster && !posterFailed ? (
        <img
          className="to-watch-card__poster"
          src={poster}
          alt=""
          width={POSTER_WIDTH}
          height={POSTER_HEIGHT}
          loading="lazy"
          decoding="async"
          onError={() => setPosterFailed(true)}
        />
      ) : (
        <div className="to-watch-card__poster to-watch-card__poster--placeholder" aria-hidden="true">
          {initialOf(show.title)}
        </div>
      )}

      <p className="to-watch-card__show">{show.title}</p>
      <p className="to-watch-card__episode">
        <span className="to-watch-card__code">{episode.code}</span> {episode.title}
      </p>
      <p className="to-watch-card__remaining">{t('toWatch.remaining', { count: show.remaining })}</p>
    </div>
  );
}
