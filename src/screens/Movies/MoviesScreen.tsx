import { setFocus } from '@noriginmedia/norigin-spatial-navigation';
import { useCallback, useContext, useState } from 'react';
import { ScreenStackContext } from '../../app/screenStackContext';
import type { Movie } from '../../api/types';
import { useI18n } from '../../i18n/useI18n';
import { ActionMenu } from '../../tv/ActionMenu';
import { HorizontalRow } from '../../tv/HorizontalRow';
import type { RowGeometry } from '../../tv/rowWindow';
import { useShortcutKey } from '../../tv/useShortcutKey';
import { useScreenDefaultFocus } from '../../tv/useScreen';
import { EmptyState } from '../common/EmptyState';
import { ErrorState, errorRetryFocusKey } from '../common/ErrorState';
import { LoadingSkeleton } from '../common/LoadingSkeleton';
import { ShortcutHints } from '../common/ShortcutHints';
import { MenuEdge } from '../Menu/MenuEdge';
import { MovieCard, MOVIE_POSTER_HEIGHT, MOVIE_POSTER_WIDTH } from './MovieCard';
import { MovieChangeNotice } from './MovieChangeNotice';
import { MovieDetails } from './MovieDetails';
import { useMovieChanges } from './useMovieChanges';
import { useMoviesToWatch } from './useMoviesToWatch';
import './MoviesScreen.css';

export const MOVIES_ROW_FOCUS_KEY = 'movies-row';
const MOVIES_ERROR_FOCUS_PREFIX = 'movies-error';
const MOVIES_MENU_FOCUS_KEY = 'movies-menu';
/** Focus key of the empty state's Back button, the only focusable left when no film remains. */
const MOVIES_EMPTY_BACK_FOCUS_KEY = 'movies-empty-back';
const MOVIES_MENU_EDGE_FOCUS_KEY = 'movies-menu-edge';

/** The row spans the safe area: 1920 − 2 × 96 px. */
const ROW_GEOMETRY: RowGeometry = { itemWidth: MOVIE_POSTER_WIDTH, gap: 36, viewportWidth: 1728 };
/** Poster, then title and year under it. */
const CARD_HEIGHT = MOVIE_POSTER_HEIGHT + 96;

export function movieCardFocusKey(movie: Movie): string {
  return `movies-card-${movie.id}`;
}

/** The film last focused in the row: its details are shown and the shortcuts act on it. */
interface Selection {
  movieId: number | null;
  index: number;
}

/** Returns the index of the selected film, or of the film now at its place once it left the list. */
function findSelectedIndex(movies: readonly Movie[], selection: Selection): number {
  const index = movies.findIndex((movie) => movie.id === selection.movieId);
  if (index >= 0) {
    return index;
  }

  return Math.max(0, Math.min(selection.index, movies.length - 1));
}

interface OpenMenu {
  movie: Movie;
  index: number;
}

/** Renders the films the member still has to watch, with "watched" and "not interested" on each. */
export function MoviesScreen() {
  const { t } = useI18n();
  const stack = useContext(ScreenStackContext);
  const goBack = () => {
    stack?.pop();
  };
  const list = useMoviesToWatch();
  const movies = list.data?.movies;

  const [selection, setSelection] = useState<Selection>({ movieId: null, index: 0 });
  const selectMovie = useCallback((movieId: number, index: number) => setSelection({ movieId, index }), []);
  const [menu, setMenu] = useState<OpenMenu | null>(null);

  const changes = useMovieChanges({
    movies,
    rowFocusKey: MOVIES_ROW_FOCUS_KEY,
    cardFocusKey: movieCardFocusKey,
    fallbackFocusKey: MOVIES_EMPTY_BACK_FOCUS_KEY,
  });

  const items = movies ?? [];
  const selectedIndex = findSelectedIndex(items, selection);
  const selected = items[selectedIndex];

  let defaultFocusKey: string | null = null;
  if (items[0]) {
    defaultFocusKey = movieCardFocusKey(items[0]);
  } else if (list.isError) {
    defaultFocusKey = errorRetryFocusKey(MOVIES_ERROR_FOCUS_PREFIX);
  } else if (list.isSuccess) {
    defaultFocusKey = MOVIES_EMPTY_BACK_FOCUS_KEY;
  }
  useScreenDefaultFocus(defaultFocusKey);

  const closeMenu = useCallback((movie: Movie) => {
    setMenu(null);
    void setFocus(movieCardFocusKey(movie));
  }, []);

  // Green marks watched and Yellow undoes, as on the episode screens; Red is the "not interested" shortcut.
  const shortcutsEnabled = menu === null;
  useShortcutKey('green', () => (selected ? changes.change(selected, selectedIndex, 1) : undefined), shortcutsEnabled);
  useShortcutKey('red', () => (selected ? changes.change(selected, selectedIndex, 2) : undefined), shortcutsEnabled);
  useShortcutKey('yellow', changes.undo, shortcutsEnabled && changes.notice?.kind === 'changed');

  return (
    <main className="movies safe-area" data-testid="movies-screen">
      <MenuEdge focusKey={MOVIES_MENU_EDGE_FOCUS_KEY} enabled={items.length > 0 || list.isError || list.isSuccess} />

      <header className="movies__header">
        <h1 className="movies__title">{t('movies.title')}</h1>
        {list.data ? <p className="movies__count">{t('movies.count', { count: list.data.total })}</p> : null}
      </header>

      <MovieChangeNotice
        notice={changes.notice}
        onUndo={changes.undo}
        returnFocusKey={items.length > 0 ? MOVIES_ROW_FOCUS_KEY : MOVIES_EMPTY_BACK_FOCUS_KEY}
      />

      {list.isPending ? <LoadingSkeleton shape="posters" count={6} testId="movies-loading" /> : null}

      {list.isError && items.length === 0 ? (
        <ErrorState
          message={t('movies.error')}
          error={list.error}
          retrying={list.isFetching}
          onRetry={() => void list.refetch()}
          focusKeyPrefix={MOVIES_ERROR_FOCUS_PREFIX}
          testId="movies-error"
        />
      ) : null}

      {list.isSuccess && items.length === 0 ? (
        <EmptyState
          message={t('movies.empty')}
          testId="movies-empty"
          action={{ label: t('navigation.back'), onPress: goBack, focusKey: MOVIES_EMPTY_BACK_FOCUS_KEY, testId: 'movies-empty-back' }}
        />
      ) : null}

      {selected ? <MovieDetails movie={selected} /> : null}

      {items.length > 0 ? (
        <HorizontalRow
          focusKey={MOVIES_ROW_FOCUS_KEY}
          items={items}
          getItemFocusKey={movieCardFocusKey}
          getItemLabel={(movie) => movie.title}
          geometry={ROW_GEOMETRY}
          itemHeight={CARD_HEIGHT}
          itemTestId="movie-card"
          ariaLabel={t('movies.title')}
          onItemPress={(movie, index) => setMenu({ movie, index })}
          renderItem={(movie, focused, index) => <MovieCard movie={movie} index={index} focused={focused} onFocused={selectMovie} />}
        />
      ) : null}

      {items.length > 0 ? (
        <ShortcutHints
          hints={[
            { key: 'ok', label: t('movies.hintOpen') },
            { key: 'green', label: t('movies.markWatched') },
            { key: 'red', label: t('movies.notInterested') },
          ]}
        />
      ) : null}

      {menu ? (
        <ActionMenu
          focusKey={MOVIES_MENU_FOCUS_KEY}
          title={menu.movie.title}
          returnFocusKey={movieCardFocusKey(menu.movie)}
          onClose={() => setMenu(null)}
          testId="movies-menu"
          items={[
            {
              id: 'watched',
              label: t('movies.markWatched'),
              testId: 'movies-action-watched',
              onPress: () => {
                closeMenu(menu.movie);
                changes.change(menu.movie, menu.index, 1);
              },
            },
            {
              id: 'not-interested',
              label: t('movies.notInterested'),
              testId: 'movies-action-not-interested',
              onPress: () => {
                closeMenu(menu.movie);
                changes.change(menu.movie, menu.index, 2);
              },
            },
            { id: 'close', label: t('movies.closeMenu'), testId: 'movies-action-close', onPress: () => closeMenu(menu.movie) },
          ]}
        />
      ) : null}
    </main>
  );
}
