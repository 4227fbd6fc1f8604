import type { UseQueryResult } from '@tanstack/react-query';
import type { Show } from '../../api/types';
import { useI18n } from '../../i18n/useI18n';
import { ErrorState } from '../common/ErrorState';
import { describeError } from '../describeError';
import type { AddNotice } from './useAddShow';

const SEARCH_ERROR_FOCUS_PREFIX = 'search-error';

export interface SearchStatusProps {
  /** Characters typed so far, spaces at the ends left out. */
  typedLength: number;
  minLength: number;
  /** The text of the last search sent (debounced). */
  title: string;
  query: UseQueryResult<Show[]>;
  resultCount: number;
  notice: AddNotice | null;
}

function AddNoticeLine({ notice }: { notice: AddNotice }) {
  const { t } = useI18n();
  const title = notice.show.title;

  if (notice.kind === 'failed') {
    return (
      <p className="search__status search__status--error" role="alert" data-testid="search-notice">
        {t('search.addFailed', { title, reason: describeError(notice.error, t) })}
      </p>
    );
  }

  return (
    <p className="search__status search__status--success" role="status" data-testid="search-notice">
      {notice.kind === 'added' ? t('search.added', { title }) : t('search.alreadyInAccount', { title })}
    </p>
  );
}

/**
 * Renders the line above the results: the outcome of the last add while it is recent, else what
 * the search is doing (waiting for more letters, searching, no result, failed with Retry).
 */
export function SearchStatus({ typedLength, minLength, title, query, resultCount, notice }: SearchStatusProps) {
  const { t } = useI18n();

  if (notice) {
    return <AddNoticeLine notice={notice} />;
  }

  if (typedLength < minLength) {
    return (
      <p className="search__status" data-testid="search-prompt">
        {t('search.prompt', { count: minLength })}
      </p>
    );
  }

  if (query.isError && resultCount === 0) {
    return (
      <ErrorState
        message={t('search.error', { text: title })}
        error={query.error}
        retrying={query.isFetching}
        onRetry={() => void query.refetch()}
        focusKeyPrefix={SEARCH_ERROR_FOCUS_PREFIX}
        testId="search-error"
      />
    );
  }

  if (query.isFetching || query.isPlaceholderData || query.isPending) {
    return (
      <p className="search__status" data-testid="search-searching" aria-busy="true">
        {t('search.searching')}
      </p>
    );
  }

  if (resultCount === 0) {
    return (
      <p className="search__status" data-testid="search-no-results">
        {t('search.noResults', { text: title })}
      </p>
    );
  }

  return (
    <p className="search__status" data-testid="search-results-title">
      {t('search.results', { text: title })}
    </p>
  );
}
