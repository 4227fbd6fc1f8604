import { useI18n } from '../../i18n/useI18n';
import { FocusableButton } from '../../tv/FocusableButton';
import { describeError } from '../describeError';

export const SHOWS_MORE_RETRY_FOCUS_KEY = 'shows-more-retry';

export interface ShowsHeaderProps {
  /** 1-based place of the focused poster, or null before the list has loaded. */
  position: number | null;
  total: number;
  /** The whole title of the show last focused, which its poster may cut short; null before any focus. */
  focusedTitle: string | null;
  loadingMore: boolean;
  /** The error of the next page's request, or null while it has not failed. */
  moreError: unknown;
  onRetryMore: () => void;
}

/**
 * Renders the title line: "My shows", where the focus is in the list ("57 of 2,000"), the
 * focused show's whole title, and the state of the next page. A failed page gets its Retry
 * here, so the grid keeps its place.
 */
export function ShowsHeader({ position, total, focusedTitle, loadingMore, moreError, onRetryMore }: ShowsHeaderProps) {
  const { t } = useI18n();

  return (
    <header className="shows__header">
      <h1 className="shows__title">{t('shows.title')}</h1>

      <p className="shows__count" data-testid="shows-count">
        {position === null ? null : t('shows.position', { position, total })}
        {loadingMore ? <span className="shows__loading-more">{t('shows.loadingMore')}</span> : null}
      </p>

      <p className="shows__focused-title" data-testid="shows-focused-title">
        {focusedTitle ?? ''}
      </p>

      {moreError ? (
        <div className="shows__more-error" role="alert" data-testid="shows-more-error">
          <span className="shows__more-error-text">{t('shows.moreError', { reason: describeError(moreError, t) })}</span>
          <FocusableButton focusKey={SHOWS_MORE_RETRY_FOCUS_KEY} secondary testId="shows-more-retry" onPress={onRetryMore}>
            {t('common.retry')}
          </FocusableButton>
        </div>
      ) : null}
    </header>
  );
}
