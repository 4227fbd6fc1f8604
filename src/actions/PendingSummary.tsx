import { useI18n } from '../i18n/useI18n';
import { useActionQueueSnapshot } from './useActionQueue';
import './PendingBadge.css';

/**
 * Renders the number of the member's changes in the action queue, or nothing when it is empty.
 * After a reload while offline, Home may have no card to carry a badge.
 */
export function PendingSummary() {
  const { t } = useI18n();
  const { actions, pausedForSignIn } = useActionQueueSnapshot();

  if (actions.length === 0) {
    return null;
  }

  return (
    <span className="pending-badge" data-testid="pending-summary" role="status">
      {t(pausedForSignIn ? 'actions.summarySignIn' : 'actions.summary', { count: actions.length })}
    </span>
  );
}
