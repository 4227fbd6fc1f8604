import { FocusContext } from '@noriginmedia/norigin-spatial-navigation';
import type { ReactNode } from 'react';
import { renderWindowedCards } from './renderWindowedCards';
import { countFullyVisible, getStride, type RowGeometry } from './rowWindow';
import { useLinearWindow } from './useLinearWindow';
import { useWindowFocus } from './useWindowFocus';

/** Cards rendered beyond each edge of the view. Enough for a held key at 120 ms per move to never reach an unrendered card. */
const DEFAULT_OVERSCAN = 3;

/** Room around the cards for the focused one's 1.05 scale and outline, inside the row's clipping box. */
const FOCUS_ROOM = 24;

export interface HorizontalRowProps<T> {
  focusKey: string;
  items: readonly T[];
  /** The focus key of an item's card: stable across reloads, unique in the app. */
  getItemFocusKey: (item: T) => string;
  /** Keep it stable (`useCallback` or a module function): a new function renders every card again. */
  renderItem: (item: T, focused: boolean, index: number) => ReactNode;
  geometry: RowGeometry;
  itemHeight: number;
  overscan?: number;
  onItemPress?: (item: T, index: number) => void;
  /** The accessible name of an item's card, computed only when the card renders. Keep it stable, as `renderItem`. */
  getItemLabel?: (item: T) => string;
  itemTestId?: string;
  ariaLabel?: string;
}

function trackTransform(firstVisible: number, stride: number): string {
  return `translate3d(${-firstVisible * stride}px, 0, 0)`;
}

/**
 * Renders a row of cards that scrolls itself to keep the focused card in view. Only the visible cards
 * and `overscan` more on each side are rendered and registered as focusables, so a row of 2,000
 * costs what a row of 12 does. The track moves with a CSS transform rather than `scrollLeft`.
 */
export function HorizontalRow<T>({
  focusKey,
  items,
  getItemFocusKey,
  renderItem,
  geometry,
  itemHeight,
  overscan = DEFAULT_OVERSCAN,
  onItemPress,
  getItemLabel,
  itemTestId,
  ariaLabel,
}: HorizontalRowProps<T>) {
  const itemCount = items.length;
  const stride = getStride(geometry);

  // The row clips at the right edge of its viewport (the safe area), so a card counts as fully
  // visible only if its focus ring fits too.
  const fullyVisible = countFullyVisible({ ...geometry, viewportWidth: geometry.viewportWidth - FOCUS_ROOM });
  const transformFor = (first: number) => trackTransform(first, stride);
  const { focusedIndex, firstVisible, range, trackRef, scrollToIndex, followFocusedIndex } = useLinearWindow(itemCount, fullyVisible, geometry, overscan, transformFor);

  // Entering the row (from the header, or after Back) lands on the card last focused, which is
  // always in view. Norigin's fallback, the card nearest the page origin, may be off-screen.
  const { ref, focusCard, pressCard } = useWindowFocus<T, HTMLDivElement>({
    focusKey,
    items,
    getItemFocusKey,
    columns: Math.max(1, itemCount),
    range,
    preferredIndex: focusedIndex,
    scrollToIndex,
    onCardFocus: (_item, index) => followFocusedIndex(index),
    onItemPress,
  });

  const cards = renderWindowedCards({
    items,
    range,
    getItemFocusKey,
    getItemOffset: (index) => ({ left: index * stride, top: 0 }),
    itemWidth: geometry.itemWidth,
    itemHeight,
    className: 'tv-row__item',
    testId: itemTestId,
    renderItem,
    getItemLabel,
    focusCard,
    pressCard,
  });

  return (
    <div
      ref={ref}
      className="tv-row"
      role="group"
      aria-label={ariaLabel}
      style={{
        // Room for the focus ring above, below and left of the cards. On the right the row stops at
        // the viewport's edge, so a card cut there never reaches past the safe area.
        width: geometry.viewportWidth + FOCUS_ROOM,
        height: itemHeight + 2 * FOCUS_ROOM,
        padding: `${FOCUS_ROOM}px 0 ${FOCUS_ROOM}px ${FOCUS_ROOM}px`,
        marginLeft: -FOCUS_ROOM,
      }}
      // NOTE: engines without `focus({ preventScroll })` (before Chrome 64) scroll this clipped
      // box to the focused card; resetting keeps the transform the only thing that moves cards.
      onScroll={(event) => {
        event.currentTarget.scrollLeft = 0;
      }}
    >
      <FocusContext.Provider value={focusKey}>
        <div
          ref={trackRef}
          className="tv-row__track"
          data-first-visible={firstVisible}
          style={{ width: itemCount * stride, height: itemHeight, transform: trackTransform(firstVisible, stride) }}
        >
          {cards}
        </div>
      </FocusContext.Provider>
    </div>
  );
}
