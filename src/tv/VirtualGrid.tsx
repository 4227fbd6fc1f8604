import { FocusContext } from '@noriginmedia/norigin-spatial-navigation';
import { useLayoutEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import {
  clampFirstRow,
  computeGridRenderRange,
  followFocusRow,
  getColumnStride,
  getContentHeight,
  getItemOffset,
  getRowStride,
  resolveFocusedIndex,
  type GridGeometry,
} from './gridWindow';
import { renderWindowedCards } from './renderWindowedCards';
import { useWindowFocus } from './useWindowFocus';
import './VirtualGrid.css';

/**
 * Rows rendered beyond each edge of the view. Two rows leave a slow TV one extra render of slack
 * while a held key moves one row per throttle interval (120 ms).
 */
const DEFAULT_OVERSCAN_ROWS = 2;

/**
 * Room around the items for the focused one's 1.05 scale and outline, inside the grid's clipping
 * box. Rows scrolled out of view stay hidden only while `rowGap` is at least this room.
 */
const DEFAULT_FOCUS_ROOM = 24;

export interface VirtualGridProps<T> {
  focusKey: string;
  items: readonly T[];
  /** The focus key of an item's card: stable across reloads and unique in the app, so Back can restore it. */
  getItemFocusKey: (item: T) => string;
  /** Keep it stable (`useCallback`): a new function re-renders every mounted card. */
  renderItem: (item: T, focused: boolean, index: number) => ReactNode;
  geometry: GridGeometry;
  overscanRows?: number;
  /** Room kept around the items inside the clipping box, at most `geometry.rowGap` (default 24 px). */
  focusRoom?: number;
  /** The item the grid starts on, scrolled into view and focused when the focus enters the grid (default 0). */
  initialIndex?: number;
  onItemPress?: (item: T, index: number) => void;
  /** Called once an item has the focus, e.g. to load the next page as the focus nears the end. */
  onItemFocus?: (item: T, index: number) => void;
  /** The accessible name of an item's card, computed only when the card renders. Keep it stable, as `renderItem`. */
  getItemLabel?: (item: T) => string;
  itemTestId?: string;
  ariaLabel?: string;
}

interface GridPosition {
  /** Focus key of the item last focused, followed when a refresh moves it; null before any focus. */
  focusedKey: string | null;
  focusedIndex: number;
  firstRow: number;
}

function trackTransform(firstRow: number, rowStride: number): string {
  return `translate3d(0, ${-firstRow * rowStride}px, 0)`;
}

/**
 * Renders a grid that scrolls itself, with a CSS transform, to keep the focused item in view.
 * Only the visible rows and `overscanRows` more above and below are rendered and registered as
 * focusables, so a grid of 2,000 costs what a grid of 50 does. When the items change under the focus (a refresh, an unfollowed
 * show), the grid keeps the same item in view, or its neighbour when the item is gone.
 */
export function VirtualGrid<T>({
  focusKey,
  items,
  getItemFocusKey,
  renderItem,
  geometry,
  overscanRows = DEFAULT_OVERSCAN_ROWS,
  focusRoom = DEFAULT_FOCUS_ROOM,
  initialIndex = 0,
  onItemPress,
  onItemFocus,
  getItemLabel,
  itemTestId,
  ariaLabel,
}: VirtualGridProps<T>) {
  const [position, setPosition] = useState<GridPosition>(() => ({
    focusedKey: null,
    focusedIndex: initialIndex,
    firstRow: followFocusRow(0, initialIndex, items.length, geometry),
  }));

  const itemCount = items.length;
  const rowStride = getRowStride(geometry);

  const focusedIndex = useMemo(
    () => resolveFocusedIndex(items, getItemFocusKey, position.focusedKey, position.focusedIndex),
    [items, getItemFocusKey, position.focusedKey, position.focusedIndex],
  );
  const firstRow = followFocusRow(clampFirstRow(position.firstRow, itemCount, geometry), focusedIndex, itemCount, geometry);
  const range = computeGridRenderRange(firstRow, itemCount, geometry, overscanRows);

  // The first row on screen, which a focus move changes before React renders it (`scrollToIndex`).
  const trackRef = useRef<HTMLDivElement>(null);
  const shownFirstRowRef = useRef(firstRow);
  useLayoutEffect(() => {
    shownFirstRowRef.current = firstRow;
  }, [firstRow]);

  const scrollToIndex = (index: number) => {
    const nextFirstRow = followFocusRow(shownFirstRowRef.current, index, itemCount, geometry);
    if (nextFirstRow === shownFirstRowRef.current || !trackRef.current) {
      return;
    }

    shownFirstRowRef.current = nextFirstRow;
    trackRef.current.style.transform = trackTransform(nextFirstRow, rowStride);
    trackRef.current.setAttribute('data-first-row', String(nextFirstRow));
  };

  const onCardFocus = (item: T, index: number, itemFocusKey: string) => {
    setPosition((previous) => ({
      focusedKey: itemFocusKey,
      focusedIndex: index,
      firstRow: followFocusRow(previous.firstRow, index, itemCount, geometry),
    }));
    onItemFocus?.(item, index);
  };

  // Entering the grid (from the buttons above, after Back, or when the focused item was removed)
  // lands on the item last focused or its neighbour, which is always rendered. Norigin's own
  // fallback, the item nearest the page origin, may be scrolled far away.
  const { ref, focusCard, pressCard } = useWindowFocus<T, HTMLDivElement>({
    focusKey,
    items,
    getItemFocusKey,
    columns: geometry.columns,
    range,
    preferredIndex: focusedIndex,
    scrollToIndex,
    onCardFocus,
    onItemPress,
  });

  const cards = renderWindowedCards({
    items,
    range,
    getItemFocusKey,
    getItemOffset: (index) => getItemOffset(index, geometry),
    itemWidth: geometry.itemWidth,
    itemHeight: geometry.itemHeight,
    className: 'tv-grid__item',
    testId: itemTestId,
    renderItem,
    getItemLabel,
    focusCard,
    pressCard,
  });

  const contentWidth = geometry.columns * getColumnStride(geometry) - geometry.columnGap;
  const contentHeight = getContentHeight(itemCount, geometry);

  return (
    <div
      ref={ref}
      className="tv-grid"
      role="group"
      aria-label={ariaLabel}
      data-item-count={itemCount}
      style={{
        width: contentWidth + 2 * focusRoom,
        height: geometry.viewportHeight + 2 * focusRoom,
        padding: focusRoom,
        margin: -focusRoom,
      }}
      // NOTE: engines without `focus({ preventScroll })` (before Chrome 64) scroll this clipped
      // box to the focused item; resetting keeps the transform the only thing that moves items.
      onScroll={(event) => {
        event.currentTarget.scrollTop = 0;
      }}
    >
      <FocusContext.Provider value={focusKey}>
        <div
          ref={trackRef}
          className="tv-grid__track"
          data-first-row={firstRow}
          style={{ width: contentWidth, height: contentHeight, transform: trackTransform(firstRow, rowStride) }}
        >
          {cards}
        </div>
      </FocusContext.Provider>
    </div>
  );
}
