import { FocusContext } from '@noriginmedia/norigin-spatial-navigation';
import type { ReactNode } from 'react';
import { renderWindowedCards } from './renderWindowedCards';
import { countFullyVisible, type RowGeometry } from './rowWindow';
import { useLinearWindow } from './useLinearWindow';
import { useWindowFocus } from './useWindowFocus';

/** Items rendered beyond the top and bottom of the view, as in `HorizontalRow`. */
const DEFAULT_OVERSCAN = 3;

/** Room around the items for the focused one's scale and outline, inside the list's clipping box. */
const FOCUS_ROOM = 24;

export interface VerticalListProps<T> {
  focusKey: string;
  items: readonly T[];
  /** The focus key of an item: stable across reloads, unique in the app. */
  getItemFocusKey: (item: T) => string;
  /** Keep it stable (`useCallback` or a module function): a new function renders every item again. */
  renderItem: (item: T, focused: boolean, index: number) => ReactNode;
  /** Item height in CSS px at 1080p. */
  itemHeight: number;
  /**
   * Space between two items. Keep it at least `FOCUS_ROOM` (24 px), or the edge of the item
   * beyond the view shows in the room kept for the focus ring.
   */
  gap: number;
  /** Height of the visible part of the list. */
  viewportHeight: number;
  width: number;
  overscan?: number;
  onItemPress?: (item: T, index: number) => void;
  /** The accessible name of an item, computed only when the item renders. Keep it stable, as `renderItem`. */
  getItemLabel?: (item: T) => string;
  itemTestId?: string;
  ariaLabel?: string;
}

function trackTransform(firstVisible: number, stride: number): string {
  return `translate3d(0, ${-firstVisible * stride}px, 0)`;
}

/**
 * Renders a column of fixed-height items that scrolls itself to keep the focused one in view.
 * Only the visible items and `overscan` more above and below are rendered and registered with
 * norigin, so a list of 500 costs what a list of 10 does. It reuses the row maths of
 * `rowWindow.ts` along the vertical axis.
 */
export function VerticalList<T>({
  focusKey,
  items,
  getItemFocusKey,
  renderItem,
  itemHeight,
  gap,
  viewportHeight,
  width,
  overscan = DEFAULT_OVERSCAN,
  onItemPress,
  getItemLabel,
  itemTestId,
  ariaLabel,
}: VerticalListProps<T>) {
  const geometry: RowGeometry = { itemWidth: itemHeight, gap, viewportWidth: viewportHeight };
  const itemCount = items.length;
  const stride = itemHeight + gap;
  const fullyVisible = countFullyVisible(geometry);
  const transformFor = (first: number) => trackTransform(first, stride);
  const { focusedIndex, firstVisible, range, trackRef, scrollToIndex, followFocusedIndex } = useLinearWindow(itemCount, fullyVisible, geometry, overscan, transformFor);

  // Entering the list lands on the item last focused, which is always in view.
  const { ref, focusCard, pressCard } = useWindowFocus<T, HTMLDivElement>({
    focusKey,
    items,
    getItemFocusKey,
    columns: 1,
    range,
    preferredIndex: focusedIndex,
    scrollToIndex,
    onCardFocus: (_item, index) => followFocusedIndex(index),
    onItemPress,
  });

  const rendered = renderWindowedCards({
    items,
    range,
    getItemFocusKey,
    getItemOffset: (index) => ({ left: 0, top: index * stride }),
    itemWidth: width,
    itemHeight,
    className: 'tv-list__item',
    testId: itemTestId,
    renderItem,
    getItemLabel,
    focusCard,
    pressCard,
  });

  return (
    <div
      ref={ref}
      className="tv-list"
      role="list"
      aria-label={ariaLabel}
      style={{
        position: 'relative',
        overflow: 'hidden',
        boxSizing: 'border-box',
        width: width + 2 * FOCUS_ROOM,
        height: viewportHeight + 2 * FOCUS_ROOM,
        padding: FOCUS_ROOM,
        margin: -FOCUS_ROOM,
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
          className="tv-list__track"
          data-first-visible={firstVisible}
          style={{
            position: 'relative',
            width,
            height: itemCount * stride,
            transform: trackTransform(firstVisible, stride),
            transition: 'transform 150ms ease-out',
          }}
        >
          {rendered}
        </div>
      </FocusContext.Provider>
    </div>
  );
}
