import { useCallback } from 'react';
import { useI18n } from '../../i18n/useI18n';
import { HorizontalRow } from '../../tv/HorizontalRow';
import type { RowGeometry } from '../../tv/rowWindow';
import { EmptyState } from '../common/EmptyState';
import { ErrorState } from '../common/ErrorState';
import { LoadingSkeleton } from '../common/LoadingSkeleton';
import { POSTER_HEIGHT, POSTER_WIDTH, ToWatchCard } from './ToWatchCard';
import type { NextEpisode, ToWatchQuery } from './useToWatchList';
import './ToWatch.css';

export const TO_WATCH_ROW_FOCUS_KEY = 'to-watch-row';
/** Prefix of the error panel's buttons: Retry is `to-watch-retry`. */
export const TO_WATCH_ERROR_FOCUS_PREFIX = 'to-watch';
export const TO_WATCH_RETRY_FOCUS_KEY = 'to-watch-retry';
export const TO_WATCH_SEARCH_FOCUS_KEY = 'to-watch-search';

/** Card height: the poster and three lines of text under it. */
const CARD_HEIGHT = 540;

/** Placeholder cards drawn while the list loads, as many as fit in the row. */
const SKELETON_CARDS = 6;

export function cardFocusKey(item: NextEpisode): string {
  return `to-watch-card-${item.show.id}`;
}

// A module function, so the row's memoized cards keep the same `renderItem` across renders.
function renderCard(item: NextEpisode) {
  return <ToWatchCard item={item} />;
}

export interface ToWatchRowProps {
  list: ToWatchQuery;
  /** Width of the row's visible part at 1080p. */
  viewportWidth: number;
  onOpen: (item: NextEpisode) => void;
  onOpenSearch: () => void;
}

/** Renders the "To watch" row: its title, then the cards, or the loading, empty or error state in their place. */
export function ToWatchRow({ list, viewportWidth, onOpen, onOpenSearch }: ToWatchRowProps) {
  const { t } = useI18n();
  const items = list.data ?? [];
  const geometry: RowGeometry = { itemWidth: POSTER_WIDTH, gap: 36, viewportWidth };

  const cardLabel = useCallback(
    (item: NextEpisode) => t('toWatch.cardLabel', { show: item.show.title, code: item.episode.code, title: item.episode.title }),
    [t],
  );

  return (
    <>
      <h2 className="home-section__title">{t('toWatch.title')}</h2>

      {list.isPending ? (
        <LoadingSkeleton shape="posters" count={SKELETON_CARDS} itemWidth={POSTER_WIDTH} itemHeight={POSTER_HEIGHT} testId="to-watch-loading" />
      ) : null}

      {list.isError && items.length === 0 ? (
        <ErrorState
          message={t('home.toWatchFailed')}
          error={list.error}
          retrying={list.isFetching}
          focusKeyPrefix={TO_WATCH_ERROR_FOCUS_PREFIX}
          testId="to-watch-error"
          onRetry={() => void list.refetch()}
        />
      ) : null}

      {list.isSuccess && items.length === 0 ? (
        <EmptyState
          message={t('home.toWatchEmpty')}
          testId="to-watch-empty"
          action={{ label: t('home.openSearch'), focusKey: TO_WATCH_SEARCH_FOCUS_KEY, testId: 'to-watch-search', onPress: onOpenSearch }}
        />
      ) : null}

      {items.length > 0 ? (
        <HorizontalRow
          focusKey={TO_WATCH_ROW_FOCUS_KEY}
          items={items}
          getItemFocusKey={cardFocusKey}
          getItemLabel={cardLabel}
          geometry={geometry}
          itemHeight={CARD_HEIGHT}
          itemTestId="to-watch-card"
          ariaLabel={t('toWatch.title')}
          onItemPress={onOpen}
          renderItem={renderCard}
        />
      ) : null}
    </>
  );
}
