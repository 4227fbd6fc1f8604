import type { Show } from '../../api/types';
import type { I18n } from '../../i18n/I18nProvider';

/**
 * Returns the member's progress for the line under a poster: archived, episodes left, the next
 * air date when nothing is left to watch yet, completed for an ended show, or up to date. The
 * line is empty when the reply has no member data.
 */
export function showProgressLabel(show: Show, t: I18n['t'], formatDate: I18n['formatDate']): string {
  const user = show.user;
  if (!user) {
    return '';
  }

  if (user.archived) {
    return t('shows.progress.archived');
  }

  if (user.remaining > 0) {
    return t('shows.progress.toWatch', { count: user.remaining });
  }

  if (user.next?.date) {
    return t('shows.progress.next', { date: formatDate(user.next.date) });
  }

  if (show.status === 'ended' && user.progressPercent >= 100) {
    return t('shows.progress.completed');
  }

  return t('shows.progress.upToDate');
}
