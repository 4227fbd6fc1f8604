import { useState } from 'react';
import type { Show } from '../../api/types';
import { useI18n } from '../../i18n/useI18n';
import { showProgressLabel } from './showProgressLabel';

/** Poster size at 1080p; the grid's geometry uses the same numbers. */
export const POSTER_WIDTH = 180;
export const POSTER_HEIGHT = 270;

/** Poster, gap, title line and progress line, in CSS px at 1080p (see ShowsScreen.css). */
export const POSTER_CARD_HEIGHT = 346;

function initialOf(title: string): string {
  const trimmed = title.trim();
  return trimmed === '' ? '?' : trimmed.charAt(0).toUpperCase();
}

/**
 * Renders one show of My shows: its poster (or its initial when the API has none or the image
 * fails), a bar of the share seen, its title and the member's progress. The image is loaded at
 * its display size, and only while the grid renders the card.
 */
export function ShowPoster({ show }: { show: Show }) {
  const { t, formatDate } = useI18n();
  const [posterFailed, setPosterFailed] = useState(false);

  const poster = show.images.poster;
  const percent = show.user?.progressPercent ?? 0;
  const complete = percent >= 100;

  return (
    <div className="show-poster">
      <div className="show-poster__frame">
        {poster && !posterFailed ? (
          <img
            className="show-poster__image"
            src={poster}
            alt=""
            width={POSTER_WIDTH}
            height={POSTER_HEIGHT}
            loading="lazy"
            decoding="async"
            onError={() => setPosterFailed(true)}
          />
        ) : (
          <div className="show-poster__image show-poster__image--placeholder" aria-hidden="true" data-testid="show-poster-placeholder">
            {initialOf(show.title)}
          </div>
        )}

        {show.user ? (
          <div className="show-poster__progress" aria-hidden="true">
            <div
              className={`show-poster__progress-fill${complete ? ' show-poster__progress-fill--complete' : ''}`}
              style={{ width: `${percent}%` }}
              data-testid="show-poster-progress"
              data-percent={percent}
            />
          </div>
        ) : null}
      </div>

      <p className="show-poster__title">{show.title}</p>
      <p className="show-poster__status">{showProgressLabel(show, t, formatDate)}</p>
    </div>
  );
}
