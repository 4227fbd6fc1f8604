import { doesFocusableExist, getCurrentFocusKey, setFocus } from '@noriginmedia/norigin-spatial-navigation';
import { useEffect } from 'react';
import { useI18n } from '../../i18n/useI18n';
import { FocusableButton } from '../../tv/FocusableButton';
import { useShortcutKey } from '../../tv/useShortcutKey';
import { describeError } from '../describeError';
import type { MarkWatchedController, WatchedNotice } from './useMarkWatched';
import './ShortcutHints.css';
import './WatchedToast.css';

export interface WatchedToastProps {
  watched: MarkWatchedController;
  /** Focus key of the Undo button, unique in the app (`home-undo`). */
  undoFocusKey: string;
}

function noticeText(notice: WatchedNotice, t: ReturnType<typeof useI18n>['t']): string {
  switch (notice.kind) {
    case 'marked':
      return t('watched.marked', { code: notice.episode.code, show: notice.episode.showTitle });
    case 'unmarked':
      return t('watched.unmarked', { code: notice.episode.code, show: notice.episode.showTitle });
    case 'seasonMarked':
      return t('watched.seasonMarked', { season: String(notice.season.season), show: notice.season.showTitle });
    case 'markFailed':
      return t('watched.markFailed', { code: notice.episode.code, show: notice.episode.showTitle, reason: describeError(notice.error, t) });
    case 'unmarkFailed':
      return t('watched.unmarkFailed', { code: notice.episode.code, show: notice.episode.showTitle, reason: describeError(notice.error, t) });
    case 'seasonFailed':
      return t('watched.seasonFailed', {
        season: String(notice.season.season),
        show: notice.season.showTitle,
        reason: describeError(notice.error, t),
      });
  }
}

/**
 * Renders the notice of `useMarkWatched` at the bottom of the screen: the confirmation with Undo
 * (OK on the button, or the Yellow key from anywhere on the screen), or the failure and its
 * reason. When it closes while Undo has the focus, the focus goes back where the member was.
 */
export function WatchedToast({ watched, undoFocusKey }: WatchedToastProps) {
  const { t } = useI18n();
  const { notice } = watched;
  const canUndo = notice?.kind === 'marked';

  useShortcutKey('yellow', watched.undo, canUndo);

  const returnFocusKey = notice?.returnFocusKey ?? null;
  useEffect(() => {
    if (!canUndo) {
      return undefined;
    }

    return () => {
      // A manual focus cancels norigin's own restore (to the parent, 300 ms after the button goes).
      if (getCurrentFocusKey() === undoFocusKey && returnFocusKey && doesFocusableExist(returnFocusKey)) {
        void setFocus(returnFocusKey);
      }
    };
  }, [canUndo, returnFocusKey, undoFocusKey]);

  if (!notice) {
    return null;
  }

  const failed = notice.kind === 'markFailed' || notice.kind === 'unmarkFailed' || notice.kind === 'seasonFailed';

  return (
    <div
      className={failed ? 'watched-toast watched-toast--error' : 'watched-toast'}
      role={failed ? 'alert' : 'status'}
      data-testid="watched-toast"
      data-kind={notice.kind}
    >
      <p className="watched-toast__text">{noticeText(notice, t)}</p>

      {canUndo ? (
        <FocusableButton focusKey={undoFocusKey} secondary className="watched-toast__undo" testId="watched-undo" onPress={watched.undo}>
          <span className="shortcut-dot shortcut-dot--yellow" aria-hidden="true" />
          {t('watched.undo')}
        </FocusableButton>
      ) : null}
    </div>
  );
}
