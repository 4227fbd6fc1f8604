import { doesFocusableExist, getCurrentFocusKey, setFocus } from '@noriginmedia/norigin-spatial-navigation';
import { useEffect } from 'react';
import { useI18n } from '../../i18n/useI18n';
import { FocusableButton } from '../../tv/FocusableButton';
import { describeError } from '../describeError';
import '../common/ShortcutHints.css';
import type { MovieNotice } from './useMovieChanges';

export const MOVIE_UNDO_FOCUS_KEY = 'movies-undo';

export interface MovieChangeNoticeProps {
  notice: MovieNotice | null;
  onUndo: () => void;
  /** Focus key that gets the focus when the notice closes while its Undo button has it. */
  returnFocusKey: string;
}

/** Renders what the last change did, with Undo while it can be undone, or why it failed. */
export function MovieChangeNotice({ notice, onUndo, returnFocusKey }: MovieChangeNoticeProps) {
  const { t } = useI18n();
  const canUndo = notice?.kind === 'changed';

  // The Undo button goes when the notice times out. Without this the focus would be on nothing
  // until norigin's own restore, 300 ms later, moves it to the screen's default (the first film).
  useEffect(() => {
    if (!canUndo) {
      return undefined;
    }

    return () => {
      if (getCurrentFocusKey() === MOVIE_UNDO_FOCUS_KEY && doesFocusableExist(returnFocusKey)) {
        void setFocus(returnFocusKey);
      }
    };
  }, [canUndo, returnFocusKey]);

  if (!notice) {
    return null;
  }

  const title = notice.movie.title;

  if (notice.kind === 'failed') {
    const reason = describeError(notice.error, t);
    const message = notice.state === 0 ? t('movies.undoFailed', { title, reason }) : t('movies.changeFailed', { title, reason });

    return (
      <div className="notice notice--error movies__notice" role="alert" data-testid="movies-notice">
        <span className="movies__notice-text">{message}</span>
      </div>
    );
  }

  if (notice.kind === 'undone') {
    return (
      <div className="notice movies__notice" role="status" data-testid="movies-notice">
        <span className="movies__notice-text">{t('movies.restored', { title })}</span>
      </div>
    );
  }

  const message = notice.state === 1 ? t('movies.markedWatched', { title }) : t('movies.markedNotInterested', { title });

  return (
    <div className="notice movies__notice" role="status" data-testid="movies-notice">
      <span className="movies__notice-text">{message}</span>
      <FocusableButton focusKey={MOVIE_UNDO_FOCUS_KEY} secondary className="movies__undo" testId="movies-undo" onPress={onUndo}>
        <span className="shortcut-dot shortcut-dot--yellow" aria-hidden="true" />
        {t('movies.undo')}
      </FocusableButton>
    </div>
  );
}
