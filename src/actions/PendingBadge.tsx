import { useI18n } from '../i18n/useI18n';
import { targetKeyOf, type ActionTarget } from './memberAction';
import { usePendingState } from './usePendingState';
import './PendingBadge.css';

export interface PendingBadgeProps {
  /** The episode, show, movie or season whose unsent changes the badge reports. */
  target: ActionTarget;
  /** Extra class for the screen's placement, such as over a poster. */
  className?: string;
}

/**
 * Renders a "waiting to be sent" badge while a change of `target` is in the action queue, and
 * nothing otherwise. After a rejected token its text reads that the change goes out at the next
 * sign-in. It renders again only when that target's state changes.
 */
export function PendingBadge({ target, className }: PendingBadgeProps) {
  const { t } = useI18n();
  const state = usePendingState(target);

  if (state === 'none') {
    return null;
  }

  const classes = className ? `pending-badge ${className}` : 'pending-badge';

  return (
    <span className={classes} data-testid="pending-badge" data-target={targetKeyOf(target)} role="status">
      {t(state === 'pendingSignIn' ? 'actions.pendingSignIn' : 'actions.pending')}
    </span>
  );
}
