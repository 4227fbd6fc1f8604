import { FocusContext, useFocusable } from '@noriginmedia/norigin-spatial-navigation';
import { useState } from 'react';
import { targetKeyOf } from '../../actions/memberAction';
import { usePendingState } from '../../actions/usePendingState';
import type { Season } from '../../api/types';
import { useI18n } from '../../i18n/useI18n';
import { FocusableCard } from '../../tv/FocusableCard';
import { clampFirstVisible, countFullyVisible, followFocus, getStride, type RowGeometry } from '../../tv/rowWindow';

/** Seven season buttons across the safe area, a gap wider than the focus room so scrolled-out ones stay hidden. */
const ROW_GEOMETRY: RowGeometry = { itemWidth: 200, gap: 28, viewportWidth: 1728 };
const ITEM_HEIGHT = 72;

/** Room around the buttons for the focused one's scale and ring, inside the row's clipping box. */
const FOCUS_ROOM = 24;

export function seasonsFocusKey(showId: number): string {
  return `show-${showId}-seasons`;
}

export function seasonFocusKey(showId: number, season: number): string {
  return `show-${showId}-season-${season}`;
}

/** Returns the season number in a season's focus key of this show, or null for any other key. */
export function seasonOfFocusKey(showId: number, focusKey: string | null): number | null {
  const prefix = `show-${showId}-season-`;
  if (!focusKey || !focusKey.startsWith(prefix)) {
    return null;
  }

  const season = Number(focusKey.slice(prefix.length));
  return Number.isInteger(season) && season >= 0 ? season : null;
}

export interface SeasonRowProps {
  showId: number;
  seasons: readonly Season[];
  /** The season whose episodes are listed below. */
  selected: number | null;
  onChoose: (season: number) => void;
}

/**
 * Renders the show's seasons as a row of buttons that scrolls itself to the focused one. A
 * season seen entirely carries a check mark, and OK lists its episodes. Entering the row lands
 * on the season last focused, or at first on the listed one, so moving up from the episodes
 * keeps the member in the same season. Every button is mounted, because a show has tens of
 * seasons at most.
 */
export function SeasonRow({ showId, seasons, selected, onChoose }: SeasonRowProps) {
  const { t } = useI18n();

  const selectedIndex = Math.max(0, seasons.findIndex((season) => season.number === selected));
  const [focusedIndex, setFocusedIndex] = useState<number | null>(null);

  const fullyVisible = countFullyVisible(ROW_GEOMETRY);
  const stride = getStride(ROW_GEOMETRY);
  const anchorIndex = focusedIndex ?? selectedIndex;
  const [firstVisible, setFirstVisible] = useState(() => followFocus(0, anchorIndex, fullyVisible, seasons.length));
  const shownFirst = followFocus(clampFirstVisible(firstVisible, fullyVisible, seasons.length), anchorIndex, fullyVisible, seasons.length);

  const anchor = seasons[anchorIndex];
  const { ref } = useFocusable<object, HTMLDivElement>({
    focusKey: seasonsFocusKey(showId),
    saveLastFocusedChild: true,
    preferredChildFocusKey: anchor ? seasonFocusKey(showId, anchor.number) : undefined,
  });

  const onSeasonFocus = (index: number) => {
    setFocusedIndex(index);
    setFirstVisible((previous) => followFocus(previous, index, fullyVisible, seasons.length));
  };

  return (
    <div
      ref={ref}
      className="season-row"
      role="group"
      aria-label={t('show.seasons')}
      style={{
        width: ROW_GEOMETRY.viewportWidth + 2 * FOCUS_ROOM,
        height: ITEM_HEIGHT + 2 * FOCUS_ROOM,
        padding: FOCUS_ROOM,
        marginLeft: -FOCUS_ROOM,
      }}
      // NOTE: engines without `focus({ preventScroll })` (before Chrome 64) scroll this clipped
      // box to the focused button; resetting keeps the transform the only thing that moves them.
      onScroll={(event) => {
        event.currentTarget.scrollLeft = 0;
      }}
    >
      <FocusContext.Provider value={seasonsFocusKey(showId)}>
        <div
          className="season-row__track"
          data-first-visible={shownFirst}
          style={{ width: seasons.length * stride, height: ITEM_HEIGHT, transform: `translate3d(${-shownFirst * stride}px, 0, 0)` }}
        >
          {seasons.map((season, index) => {
            const isSelected = season.number === selected;

            return (
              <FocusableCard
                key={season.number}
                focusKey={seasonFocusKey(showId, season.number)}
                index={index}
                className="season-row__item"
                style={{ left: index * stride, width: ROW_GEOMETRY.itemWidth, height: ITEM_HEIGHT }}
                testId="show-season"
                ariaLabel={season.seen ? t('show.seasonSeenLabel', { number: season.number }) : t('show.season', { number: season.number })}
                onFocus={() => onSeasonFocus(index)}
                onPress={() => onChoose(season.number)}
              >
                {() => <SeasonButton showId={showId} season={season} selected={isSelected} />}
              </FocusableCard>
            );
          })}
        </div>
      </FocusContext.Provider>
    </div>
  );
}

interface SeasonButtonProps {
  showId: number;
  season: Season;
  selected: boolean;
}

/**
 * Renders one season's button: its number, a check mark once seen, and "Pending" under the
 * number while marking the season watched waits in the action queue. The button is 200 px wide,
 * too narrow for the full badge text at a size readable from the couch, so the short word also
 * stands for "sent once you sign in again".
 */
function SeasonButton({ showId, season, selected }: SeasonButtonProps) {
  const { t } = useI18n();
  const target = { type: 'season', id: showId, season: season.number } as const;
  const pending = usePendingState(target);

  const classes = ['season-button'];
  if (selected) {
    classes.push('is-selected');
  }
  if (pending !== 'none') {
    classes.push('is-pending');
  }

  return (
    <div className={classes.join(' ')} data-selected={selected ? 'true' : 'false'}>
      {t('show.season', { number: season.number })}
      {season.seen ? <span className="season-button__seen" aria-hidden="true">{' \u2713'}</span> : null}
      {pending !== 'none' ? (
        <span className="season-button__pending" data-testid="pending-badge" data-target={targetKeyOf(target)}>
          {t('actions.pendingShort')}
        </span>
      ) : null}
    </div>
  );
}
