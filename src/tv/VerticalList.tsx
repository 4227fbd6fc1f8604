import { FocusContext, useFocusable } from '@noriginmedia/norigin-spatial-navigation';
import { useState, type ReactNode } from 'react';
import { FocusableCard } from './FocusableCard';
import { clampFirstVisible, computeRenderRange, countFullyVisible, followFocus, type RowGeometry } from './rowWindow';

/** Items rendered beyond the top and bottom of the view, as in `HorizontalRow`. */
const DEFAULT_OVERSCAN = 3;

/** Room around the items for the focused one's scale and outline, inside the list's clipping box. */
const FOCUS_ROOM = 24;

export interface VerticalListProps<T> {
  focusKey: string;
  items: readonly T[];
  /** The focus key of an item: stable across reloads, unique in the app. */
  getItemFocusKey: (item: T) => string;
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
  getItemLabel?: (item: T) => string;
  itemTestId?: string;
  ariaLabel?: string;
}

interface ListPosition {
  focusedIndex: number;
  firstVisible: number;
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
  const [position, setPosition] = useState<ListPosition>({ focusedIndex: 0, firstVisible: 0 });

  const geometry: RowGeometry = { itemWidth: itemHeight, gap, viewportWidth: viewportHeight };
  const itemCount = items.length;
  const stride = itemHeight + gap;
  const fullyVisible = countFullyVisible(geometry);

  // The list may have shrunk or been replaced since the last focus move (a refresh).
  const focusedIndex = Math.min(position.focusedIndex, Math.max(0, itemCount - 1));
  const firstVisible = clampFirstVisible(position.firstVisible, fullyVisible, itemCount);
  const range = computeRenderRange(firstVisible, itemCount, geometry, overscan);

  const focusedItem = items[focusedIndex];

  // Entering the list lands on the item last focused, which is always in view.
  const { ref } = useFocusable<object, HTMLDivElement>({
    focusKey,
    saveLastFocusedChild: true,
    preferredChildFocusKey: focusedItem === undefined ? undefined : getItemFocusKey(focusedItem),
  });

  const onItemFocus = (index: number) => {
    setPosition((previous) => ({
      focusedIndex: index,
      firstVisible: followFocus(previous.firstVisible, index, fullyVisible, itemCount),
    }));
  };

  const renderedIndexes: number[] = [];
  for (let index = range.start; index < range.end; index += 1) {
    renderedIndexes.push(index);
  }

  const rendered = renderedIndexes.map((index) => {
    const item = items[index] as T;
    const itemFocusKey = getItemFocusKey(item);

    return (
      <FocusableCard
        key={itemFocusKey}
        focusKey={itemFocusKey}
        index={index}
        className="tv-list__item"
        style={{ position: 'absolute', left: 0, top: index * stride, width, height: itemHeight }}
        ariaLabel={getItemLabel?.(item)}
        testId={itemTestId}
        onFocus={() => onItemFocus(index)}
        onPress={onItemPress ? () => onItemPress(item, index) : undefined}
      >
        {(focused) => renderItem(item, focused, index)}
      </FocusableCard>
    );
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
          className="tv-list__track"
          data-first-visible={firstVisible}
          style={{
            position: 'relative',
            width,
            height: itemCount * stride,
            transform: `translate3d(0, ${-firstVisible * stride}px, 0)`,
            transition: 'transform 150ms ease-out',
          }}
        >
          {rendered}
        </div>
      </FocusContext.Provider>
    </div>
  );
}
