import { FocusContext, getCurrentFocusKey, useFocusable } from '@noriginmedia/norigin-spatial-navigation';
import { useCallback, useState } from 'react';
import type { Show } from '../../api/types';
import { useOpenScreen } from '../../app/useOpenScreen';
import { useI18n } from '../../i18n/useI18n';
import { useScreenDefaultFocus } from '../../tv/useScreen';
import { useShortcutKey } from '../../tv/useShortcutKey';
import { errorRetryFocusKey } from '../common/ErrorState';
import { ShortcutHints, type ShortcutHint } from '../common/ShortcutHints';
import { WatchedToast } from '../common/WatchedToast';
import { ShowsBody, SHOWS_GRID_FOCUS_KEY, SHOWS_OPEN_SEARCH_FOCUS_KEY, SHOWS_SHOW_ALL_FOCUS_KEY, showFocusKey } from './ShowsBody';
import { ShowsHeader } from './ShowsHeader';
import { DEFAULT_SHOWS_FILTER, DEFAULT_SHOWS_ORDER, nextFilter, nextOrder, type ShowsFilter, type ShowsOrder } from './showsFilters';
import { shouldLoadMore } from './showsPaging';
import { ShowsToolbar } from './ShowsToolbar';
import { useMarkNextWatched } from './useMarkNextWatched';
import { useMemberShows } from './useMemberShows';
import { MenuEdge } from '../Menu/MenuEdge';
import './ShowsScreen.css';

export const SHOWS_CONTENT_FOCUS_KEY = 'shows-content';
export const SHOWS_UNDO_FOCUS_KEY = 'shows-undo';
const SHOWS_MENU_EDGE_FOCUS_KEY = 'shows-menu-edge';
export const SHOWS_ERROR_FOCUS_PREFIX = 'shows-error';

/** The poster the member is on: its place for the counter, its id for the Green key. */
interface FocusedPoster {
  index: number;
  showId: number | null;
}

const NO_FOCUSED_POSTER: FocusedPoster = { index: 0, showId: null };

/**
 * Renders My shows: filters and order above a grid of every show of the member, paged as the
 * focus moves down. OK opens a show; Green marks the focused show's next episode watched; Red
 * and Blue move to the next filter and order.
 */
export function ShowsScreen() {
  const { t } = useI18n();
  const openScreen = useOpenScreen();

  const [filter, setFilter] = useState<ShowsFilter>(DEFAULT_SHOWS_FILTER);
  const [order, setOrder] = useState<ShowsOrder>(DEFAULT_SHOWS_ORDER);
  const [focused, setFocused] = useState<FocusedPoster>(NO_FOCUSED_POSTER);

  const { query, shows, total } = useMemberShows(filter, order);
  const { hasNextPage, isFetchingNextPage, isFetchNextPageError, fetchNextPage } = query;
  const { watched, canMarkNext, markNext } = useMarkNextWatched();

  // The handlers given to the memoized toolbar and body are stable, so a focus move renders neither.
  const changeFilter = useCallback((next: ShowsFilter) => {
    setFilter(next);
    setFocused(NO_FOCUSED_POSTER);
  }, []);

  const changeOrder = useCallback((next: ShowsOrder) => {
    setOrder(next);
    setFocused(NO_FOCUSED_POSTER);
  }, []);

  const openShow = useCallback((show: Show) => openScreen({ name: 'show', showId: show.id, title: show.title }), [openScreen]);
  const openSearch = useCallback(() => openScreen({ name: 'search' }), [openScreen]);
  const showAll = useCallback(() => changeFilter('all'), [changeFilter]);

  // The focused show is looked up by id, because a refresh may have moved it.
  const atIndex = shows[focused.index];
  const focusedShow = atIndex && atIndex.id === focused.showId ? atIndex : shows.find((show) => show.id === focused.showId);

  /**
   * Returns the show whose poster has the focus now, or null when the focus is on a button. It
   * reads norigin's focus, because `focused` follows a move only after the move's frame is painted.
   */
  const showUnderFocus = (): Show | null => {
    const focusKey = getCurrentFocusKey();
    if (focusedShow && focusKey === showFocusKey(focusedShow)) {
      return focusedShow;
    }

    return shows.find((show) => showFocusKey(show) === focusKey) ?? null;
  };

  useShortcutKey('red', () => changeFilter(nextFilter(filter)));
  useShortcutKey('blue', () => changeOrder(nextOrder(order)));
  useShortcutKey('green', () => {
    const show = showUnderFocus();
    if (show) {
      markNext(show);
    }
  });

  let defaultFocusKey: string | null = null;
  if (shows.length > 0) {
    defaultFocusKey = SHOWS_GRID_FOCUS_KEY;
  } else if (query.isError) {
    defaultFocusKey = errorRetryFocusKey(SHOWS_ERROR_FOCUS_PREFIX);
  } else if (query.isSuccess) {
    defaultFocusKey = filter === 'all' ? SHOWS_OPEN_SEARCH_FOCUS_KEY : SHOWS_SHOW_ALL_FOCUS_KEY;
  }
  useScreenDefaultFocus(defaultFocusKey);

  // The screen frame places its first focus before it learns `defaultFocusKey`, and norigin may
  // finish that placement after the default one (both run at once when the list is already
  // cached). Through this container, whose preferred child is known when it registers, both
  // placements land on the same poster.
  const { ref } = useFocusable<object, HTMLElement>({
    focusKey: SHOWS_CONTENT_FOCUS_KEY,
    saveLastFocusedChild: true,
    preferredChildFocusKey: defaultFocusKey ?? undefined,
  });

  const onPosterFocus = useCallback(
    (show: Show, index: number) => {
      setFocused({ index, showId: show.id });

      // After a failed page the member retries with the button, so a held key does not send a request per move.
      if (hasNextPage && !isFetchingNextPage && !isFetchNextPageError && shouldLoadMore(index, shows.length)) {
        void fetchNextPage();
      }
    },
    [hasNextPage, isFetchingNextPage, isFetchNextPageError, fetchNextPage, shows.length],
  );

  const hints: ShortcutHint[] = [];
  if (shows.length > 0) {
    hints.push({ key: 'ok', label: t('watched.hintOpen') });
  }
  if (focusedShow && canMarkNext(focusedShow)) {
    hints.push({ key: 'green', label: t('shows.hint.markWatched') });
  }
  if (watched.notice?.kind === 'marked') {
    hints.push({ key: 'yellow', label: t('watched.hintUndo') });
  }
  hints.push({ key: 'red', label: t('shows.hint.filter') }, { key: 'blue', label: t('shows.hint.order') });

  return (
    <main ref={ref} className="shows safe-area" data-testid="shows-screen">
      <FocusContext.Provider value={SHOWS_CONTENT_FOCUS_KEY}>
        {/* The toolbar is always there, so the edge never takes the first focus. */}
        <MenuEdge focusKey={SHOWS_MENU_EDGE_FOCUS_KEY} enabled />

        <ShowsHeader
          position={shows.length > 0 ? Math.min(focused.index + 1, total) : null}
          total={total}
          focusedTitle={focusedShow?.title ?? null}
          loadingMore={isFetchingNextPage}
          moreError={isFetchNextPageError ? query.error : null}
          onRetryMore={() => void fetchNextPage()}
        />

        <ShowsToolbar filter={filter} order={order} onFilterChange={changeFilter} onOrderChange={changeOrder} />

        <ShowsBody
          // A new filter or order is a new list: the grid starts again at its top.
          key={`${filter}-${order}`}
          pending={query.isPending}
          error={query.isError ? query.error : null}
          fetching={query.isFetching}
          onRetry={query.refetch}
          shows={shows}
          filter={filter}
          errorFocusPrefix={SHOWS_ERROR_FOCUS_PREFIX}
          onPosterFocus={onPosterFocus}
          onOpenShow={openShow}
          onOpenSearch={openSearch}
          onShowAll={showAll}
        />

        <ShortcutHints hints={hints} />
        <WatchedToast watched={watched} undoFocusKey={SHOWS_UNDO_FOCUS_KEY} />
      </FocusContext.Provider>
    </main>
  );
}
