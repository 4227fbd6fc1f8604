import { useI18n } from '../i18n/useI18n';
import type { ActionTarget } from './memberAction';
import { useActionQueueSnapshot, usePendingActions } from './useActionQueue';
import './PendingBadge.css';

export interface PendingBadgeProps {
  /** The episode, show or movie whose unsent changes the badge reports. */
  target: ActionTarget;
}

/**
 * Renders a small "waiting to be sent" badge while a change of `target` is in the action queue,
 * and nothing otherwise. After a rejected token its text tells the member that the change goes
 * out at the next sign-in.
 */
export function PendingBadge({ target }: PendingBadgeProps) {
  const { t } = useI18n();
  const pending = usePendingActions(target);
  const { pausedForSignIn } = useActionQueueSnapshot();

  if (pending.length === 0) {
    return null;
  }

  return (
    <span className="pending-badge" data-testid="pending-badge" data-target={`${target.type}:${target.id}`}>
      {t(pausedForSignIn ? 'actions.pendingSignIn' : 'actions.pending')}
    </span>
  );
}
