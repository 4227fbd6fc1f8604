import { useEffect, useState } from 'react';
import { PendingBadge } from '../../actions/PendingBadge';
import type { Show } from '../../api/types';
import { useI18n } from '../../i18n/useI18n';
import { FocusableButton } from '../../tv/FocusableButton';
import { describeError } from '../describeError';
import type { ShowAction } from './useShowActions';

/** How long a first press on Unfollow waits for the confirming second one. */
const UNFOLLOW_CONFIRM_MS = 5_000;

export function followFocusKey(showId: number): string {
  return `show-${showId}-follow`;
}

export function archiveFocusKey(showId: number): string {
  return `show-${showId}-archive`;
}

export interface ShowActionsProps {
  show: Show;
  onAction: (action: ShowAction) => void;
  pendingAction: ShowAction | null;
  error: unknown;
}

/**
 * Renders Follow, or Unfollow and Archive for a followed show, and a pending badge while a change
 * of the show waits in the action queue. Unfollowing takes a second press
 * within 5 s, because BetaSeries drops what the member saw of the show with it. The button keeps
 * its focus key when its label changes, so the focus stays on it.
 */
export function ShowActions({ show, onAction, pendingAction, error }: ShowActionsProps) {
  const { t } = useI18n();
  const [unfollowArmed, setUnfollowArmed] = useState(false);

  useEffect(() => {
    if (!unfollowArmed) {
      return undefined;
    }

    const timer = window.setTimeout(() => setUnfollowArmed(false), UNFOLLOW_CONFIRM_MS);
    return () => window.clearTimeout(timer);
  }, [unfollowArmed]);

  const followed = show.inAccount;
  const archived = show.user?.archived ?? false;

  const onFollowPress = () => {
    if (!followed) {
      onAction('follow');
      return;
    }

    if (!unfollowArmed) {
      setUnfollowArmed(true);
      return;
    }

    setUnfollowArmed(false);
    onAction('unfollow');
  };

  let followLabel = t('show.follow');
  if (pendingAction === 'follow' || pendingAction === 'unfollow') {
    followLabel = t('common.loading');
  } else if (followed) {
    followLabel = unfollowArmed ? t('show.unfollowConfirm') : t('show.unfollow');
  }

  return (
    <div className="show-actions">
      <div className="show-actions__buttons">
        <FocusableButton
          focusKey={followFocusKey(show.id)}
          secondary={followed}
          testId="show-follow"
          className={unfollowArmed ? 'show-actions__unfollow-armed' : undefined}
          onPress={onFollowPress}
        >
          {followLabel}
        </FocusableButton>

        {followed ? (
          <FocusableButton
            focusKey={archiveFocusKey(show.id)}
            secondary
            testId="show-archive"
            className="show-actions__archive"
            onPress={() => onAction(archived ? 'unarchive' : 'archive')}
          >
            {pendingAction === 'archive' || pendingAction === 'unarchive' ? t('common.loading') : t(archived ? 'show.unarchive' : 'show.archive')}
          </FocusableButton>
        ) : null}

        <PendingBadge target={{ type: 'show', id: show.id }} className="show-actions__pending" />
      </div>

      {unfollowArmed ? (
        <p className="show-actions__message" role="status" data-testid="show-unfollow-warning">
          {t('show.unfollowWarning', { title: show.title })}
        </p>
      ) : null}

      {error && !unfollowArmed ? (
        <p className="show-actions__message show-actions__message--error" role="alert" data-testid="show-action-error">
          {t('show.actionFailed', { title: show.title, reason: describeError(error, t) })}
        </p>
      ) : null}
    </div>
  );
}
