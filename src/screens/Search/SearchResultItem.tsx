import { useState } from 'react';
import { PendingBadge } from '../../actions/PendingBadge';
import type { Show } from '../../api/types';
import { useI18n } from '../../i18n/useI18n';

/** Poster size in a result at 1080p: a 2:3 thumbnail as tall as the item. */
export const RESULT_POSTER_WIDTH = 112;
export const RESULT_POSTER_HEIGHT = 168;

function initialOf(title: string): string {
  const trimmed = title.trim();
  return trimmed === '' ? '?' : trimmed.charAt(0).toUpperCase();
}

export interface SearchResultItemProps {
  show: Show;
  /** True while the add request for this show runs. */
  adding: boolean;
}

/**
 * Renders one search result: poster, title, first year, genres, "In your shows", and a pending
 * badge while adding or removing the show waits in the action queue.
 */
export function SearchResultItem({ show, adding }: SearchResultItemProps) {
  const { t } = useI18n();
  const [posterFailed, setPosterFailed] = useState(false);

  const facts: string[] = [];
  if (show.creation) {
    facts.push(show.creation);
  }
  if (show.genres.length > 0) {
    facts.push(show.genres.slice(0, 2).join(', '));
  }

  let status: string | null = null;
  if (adding) {
    status = t('search.adding');
  } else if (show.inAccount) {
    status = t('search.inAccount');
  }

  return (
    <div className="search-result">
      {show.images.poster && !posterFailed ? (
        <img
          className="search-result__poster"
          src={show.images.poster}
          alt=""
          width={RESULT_POSTER_WIDTH}
          height={RESULT_POSTER_HEIGHT}
          loading="lazy"
          decoding="async"
          onError={() => setPosterFailed(true)}
        />
      ) : (
        <div className="search-result__poster search-result__poster--placeholder" aria-hidden="true">
          {initialOf(show.title)}
        </div>
      )}

      <div className="search-result__body">
        <p className="search-result__title">{show.title}</p>
        <p className="search-result__facts">{facts.join(' · ') || '\u00a0'}</p>
        {status ? (
          <p className="search-result__status" data-testid="search-result-status">
            {status}
          </p>
        ) : null}
        <PendingBadge target={{ type: 'show', id: show.id }} className="search-result__pending" />
      </div>
    </div>
  );
}
