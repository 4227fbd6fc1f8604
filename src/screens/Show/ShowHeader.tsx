import { useState } from 'react';
import type { Show } from '../../api/types';
import { useI18n } from '../../i18n/useI18n';
import type { WatchPlatform } from './listPlatforms';

/** Poster size at 1080p. */
const POSTER_WIDTH = 220;
const POSTER_HEIGHT = 330;

function initialOf(title: string): string {
  const trimmed = title.trim();
  return trimmed === '' ? '?' : trimmed.charAt(0).toUpperCase();
}

/** Returns the facts line: first year, status, network, episode length, rating. */
function factsOf(show: Show, i18n: ReturnType<typeof useI18n>): string {
  const { t, formatDuration } = i18n;
  const facts: string[] = [];

  if (show.creation) {
    facts.push(show.creation);
  }
  if (show.status !== 'unknown') {
    facts.push(t(show.status === 'ended' ? 'show.status.ended' : 'show.status.continuing'));
  }
  if (show.network) {
    facts.push(show.network);
  }
  if (show.length > 0) {
    facts.push(formatDuration(show.length));
  }
  if (show.notes.total > 0) {
    facts.push(t('show.rating', { mean: Math.round(show.notes.mean * 10) / 10 }));
  }

  return facts.join(' · ');
}

/** Returns the member's progress in the show: not followed, archived, share seen, episodes left, next episode. */
function progressOf(show: Show, i18n: ReturnType<typeof useI18n>): string {
  const { t, formatDate } = i18n;
  const user = show.user;

  if (!show.inAccount || !user) {
    return t('show.notFollowed');
  }

  const parts: string[] = [];
  if (user.archived) {
    parts.push(t('show.archived'));
  }
  parts.push(t('show.progress', { percent: user.progressPercent }));
  if (user.remaining > 0) {
    parts.push(t('show.remaining', { count: user.remaining }));
  }

  const next = user.next;
  if (next && user.remaining > 0 && next.title) {
    parts.push(t('show.next', { code: next.code, title: next.title }));
  } else if (next?.date) {
    parts.push(t('show.nextOn', { code: next.code, date: formatDate(next.date) }));
  }

  return parts.join(' · ');
}

export interface ShowHeaderProps {
  show: Show;
  platforms: readonly WatchPlatform[];
}

/** Renders the show's poster, title, facts, genres, the member's progress, its description and where to watch it. */
export function ShowHeader({ show, platforms }: ShowHeaderProps) {
  const i18n = useI18n();
  const { t } = i18n;
  const [posterFailed, setPosterFailed] = useState(false);

  const poster = show.images.poster;

  return (
    <div className="show-header">
      {poster && !posterFailed ? (
        <img
          className="show-header__poster"
          src={poster}
          alt=""
          width={POSTER_WIDTH}
          height={POSTER_HEIGHT}
          decoding="async"
          onError={() => setPosterFailed(true)}
        />
      ) : (
        <div className="show-header__poster show-header__poster--placeholder" aria-hidden="true" data-testid="show-poster-placeholder">
          {initialOf(show.title)}
        </div>
      )}

      <div className="show-header__text">
        <h1 className="show-header__title" data-testid="show-title">
          {show.title}
        </h1>
        <p className="show-header__facts" data-testid="show-facts">
          {factsOf(show, i18n)}
        </p>
        {show.genres.length > 0 ? (
          <p className="show-header__genres" data-testid="show-genres">
            {show.genres.join(' · ')}
          </p>
        ) : null}
        <p className="show-header__progress" data-testid="show-progress">
          {progressOf(show, i18n)}
        </p>
        <p className="show-header__description" data-testid="show-description">
          {show.description.trim() === '' ? t('show.noDescription') : show.description}
        </p>
        {platforms.length > 0 ? (
          <p className="show-header__platforms" data-testid="show-platforms">
            {t('show.whereToWatch', { platforms: platforms.map((platform) => platform.name).join(', ') })}
          </p>
        ) : null}
      </div>
    </div>
  );
}
