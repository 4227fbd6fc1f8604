import { useCallback, useMemo } from 'react';
import { useI18n } from '../../i18n/useI18n';
import { HorizontalRow } from '../../tv/HorizontalRow';
import type { RowGeometry } from '../../tv/rowWindow';
import { EmptyState } from '../common/EmptyState';
import { ErrorState } from '../common/ErrorState';
import { LoadingSkeleton } from '../common/LoadingSkeleton';
import type { NextEpisode } from '../ToWatch/useToWatchList';
import { AIRING_POSTER_HEIGHT, AIRING_POSTER_WIDTH, AiringSoonCard, airingDayText } from './AiringSoonCard';
import { describeAiringDay } from './airingDay';
import type { AiringSoonQuery } from './useAiringSoon';

export const AIRING_ROW_FOCUS_KEY = 'airing-row';
/** Prefix of the error panel's buttons: Retry is `airing-retry`. */
export const AIRING_ERROR_FOCUS_PREFIX = 'airing';

/** The poster and two lines of text. */
const CARD_HEIGHT = 410;
const SKELETON_CARDS = 7;

export function airingCardFocusKey(item: NextEpisode): string {
  return `airing-card-${item.episode.id}`;
}

export interface AiringSoonRowProps {
  /** Stays pending until "To watch" has loaded, because the row waits for it (see `useAiringSoon`). */
  list: AiringSoonQuery;
  viewportWidth: number;
  onOpen: (item: NextEpisode) => void;
}

/** Renders "Airing soon": the next announced episode of each show, soonest first. */
export function AiringSoonRow({ list, viewportWidth, onOpen }: AiringSoonRowProps) {
  const i18n = useI18n();
  const { t } = i18n;
  const items = list.data ?? [];
  const geometry: RowGeometry = { itemWidth: AIRING_POSTER_WIDTH, gap: 32, viewportWidth };
  // One day for the whole row, so cards never disagree around midnight. The same `Date` is kept
  // until the local calendar day changes, so a focus move leaves the memoized cards alone.
  const now = new Date();
  const dayStart = new Date(now.getFullYear(), now.getMonth(), now.getDate()).getTime();
  const today = useMemo(() => new Date(dayStart), [dayStart]);

  const cardLabel = useCallback(
    (item: NextEpisode) =>
      i18n.t('home.airingCardLabel', {
        show: item.show.title,
        code: item.episode.code,
        day: airingDayText(describeAiringDay(item.episode.date, today), i18n),
      }),
    [i18n, today],
  );
  const renderCard = useCallback((item: NextEpisode) => <AiringSoonCard item={item} today={today} />, [today]);

  return (
    <>
      <h2 className="home-section__title">{t('home.airingSoon')}</h2>

      {list.isPending ? (
        <LoadingSkeleton
          shape="posters"
          count={SKELETON_CARDS}
          itemWidth={AIRING_POSTER_WIDTH}
          itemHeight={AIRING_POSTER_HEIGHT}
          itemSpacing={32}
          testId="airing-loading"
        />
      ) : null}

      {list.isError && items.length === 0 ? (
        <ErrorState
          message={t('home.airingFailed')}
          error={list.error}
          retrying={list.isFetching}
          focusKeyPrefix={AIRING_ERROR_FOCUS_PREFIX}
          testId="airing-error"
          onRetry={() => void list.refetch()}
        />
      ) : null}

      {list.isSuccess && items.length === 0 ? <EmptyState message={t('home.airingEmpty')} testId="airing-empty" /> : null}

      {items.length > 0 ? (
        <HorizontalRow
          focusKey={AIRING_ROW_FOCUS_KEY}
          items={items}
          getItemFocusKey={airingCardFocusKey}
          getItemLabel={cardLabel}
          geometry={geometry}
          itemHeight={CARD_HEIGHT}
          itemTestId="airing-card"
          ariaLabel={t('home.airingSoon')}
          onItemPress={onOpen}
          renderItem={renderCard}
        />
      ) : null}
    </>
  );
}
