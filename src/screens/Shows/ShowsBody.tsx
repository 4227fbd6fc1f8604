import { memo, useCallback } from 'react';
import type { Show } from '../../api/types';
import { useI18n } from '../../i18n/useI18n';
import type { GridGeometry } from '../../tv/gridWindow';
import { VirtualGrid } from '../../tv/VirtualGrid';
import { EmptyState } from '../common/EmptyState';
import { ErrorState } from '../common/ErrorState';
import { LoadingSkeleton } from '../common/LoadingSkeleton';
import { POSTER_CARD_HEIGHT, POSTER_HEIGHT, POSTER_WIDTH, ShowPoster } from './ShowPoster';
import { showProgressLabel } from './showProgressLabel';
import type { ShowsFilter } from './showsFilters';

export const SHOWS_GRID_FOCUS_KEY = 'shows-grid';
export const SHOWS_OPEN_SEARCH_FOCUS_KEY = 'shows-open-search';
export const SHOWS_SHOW_ALL_FOCUS_KEY = 'shows-show-all';

const COLUMN_GAP = 40;

/**
 * Eight posters a row across the 1,728 px of the safe area, and a view tall enough for two full
 * rows between the toolbar and the shortcut hints (see ShowsScreen.css).
 */
const GRID_GEOMETRY: GridGeometry = {
  columns: 8,
  itemWidth: POSTER_WIDTH,
  itemHeight: POSTER_CARD_HEIGHT,
  columnGap: COLUMN_GAP,
  rowGap: 36,
  viewportHeight: 730,
};

function renderPoster(show: Show) {
  return <ShowPoster show={show} />;
}

/** The focus key of a show's poster: the same across reloads, filters and orders, so Back returns to it. */
export function showFocusKey(show: Show): string {
  return `show-${show.id}`;
}

/**
 * The list query's state, as plain values: the query's result object is new on every render of
 * the screen, and would render this part again on each focus move.
 */
export interface ShowsBodyProps {
  /** True until the first page has replied. */
  pending: boolean;
  /** The first page's error, or null while it has not failed. */
  error: Error | null;
  /** True while a request of the list is in flight, for the error's Retry button. */
  fetching: boolean;
  /** Stable for the query's life (TanStack Query binds `refetch` once per observer). */
  onRetry: () => void;
  shows: readonly Show[];
  filter: ShowsFilter;
  errorFocusPrefix: string;
  onPosterFocus: (show: Show, index: number) => void;
  onOpenShow: (show: Show) => void;
  onOpenSearch: () => void;
  onShowAll: () => void;
}

/** Renders the part under the toolbar: the skeleton, the error, the empty state or the grid of posters. */
function ShowsBodyView({ pending, error, fetching, onRetry, shows, filter, errorFocusPrefix, onPosterFocus, onOpenShow, onOpenSearch, onShowAll }: ShowsBodyProps) {
  const { t, formatDate } = useI18n();

  // Stable for a locale, so the grid's memoized cards compute their label only when they render.
  const posterLabel = useCallback(
    (show: Show) =>
      t('shows.posterLabel', {
        title: show.title,
        percent: show.user?.progressPercent ?? 0,
        progress: showProgressLabel(show, t, formatDate),
      }),
    [t, formatDate],
  );

  let content = null;

  if (pending) {
    content = (
      <LoadingSkeleton shape="grid" count={8} rows={2} itemWidth={POSTER_WIDTH} itemHeight={POSTER_HEIGHT} itemSpacing={COLUMN_GAP} testId="shows-loading" />
    );
  } else if (shows.length > 0) {
    content = (
      <VirtualGrid
        focusKey={SHOWS_GRID_FOCUS_KEY}
        items={shows}
        getItemFocusKey={showFocusKey}
        geometry={GRID_GEOMETRY}
        itemTestId="shows-poster"
        ariaLabel={t('shows.title')}
        getItemLabel={posterLabel}
        onItemFocus={onPosterFocus}
        onItemPress={onOpenShow}
        renderItem={renderPoster}
      />
    );
  } else if (error) {
    content = (
      <ErrorState
        message={t('shows.error')}
        error={error}
        onRetry={onRetry}
        retrying={fetching}
        focusKeyPrefix={errorFocusPrefix}
        testId="shows-error"
      />
    );
  } else if (filter === 'all') {
    content = (
      <EmptyState
        message={t('shows.empty')}
        testId="shows-empty"
        action={{ label: t('shows.openSearch'), focusKey: SHOWS_OPEN_SEARCH_FOCUS_KEY, testId: 'shows-open-search', onPress: onOpenSearch }}
      />
    );
  } else {
    content = (
      <EmptyState
        message={t('shows.emptyFilter')}
        testId="shows-empty"
        action={{ label: t('shows.showAll'), focusKey: SHOWS_SHOW_ALL_FOCUS_KEY, testId: 'shows-show-all', onPress: onShowAll }}
      />
    );
  }

  return <div className="shows__body">{content}</div>;
}

/**
 * Memoized with stable props, so a focus move renders the grid (from its own state) but not this
 * part around it.
 */
export const ShowsBody = memo(ShowsBodyView);
