import type { ReactElement, ReactNode } from 'react';
import type { RenderRange } from './rowWindow';
import { WindowedCard } from './WindowedCard';

export interface WindowedCardsOptions<T> {
  items: readonly T[];
  /** The indexes to render: the visible ones and the overscan. */
  range: RenderRange;
  getItemFocusKey: (item: T) => string;
  /** The place of item `index` in the track, before the track's scroll transform. */
  getItemOffset: (index: number) => { left: number; top: number };
  itemWidth: number;
  itemHeight: number;
  className: string;
  testId: string | undefined;
  renderItem: (item: T, focused: boolean, index: number) => ReactNode;
  getItemLabel: ((item: T) => string) | undefined;
  /** Stable callbacks from `useWindowFocus`. */
  focusCard: (item: T, index: number, focusKey: string) => void;
  pressCard: ((item: T, index: number) => void) | undefined;
}

/** Renders the cards of `range` for `HorizontalRow`, `VerticalList` and `VirtualGrid`, keyed by focus key. */
export function renderWindowedCards<T>(options: WindowedCardsOptions<T>): ReactElement[] {
  const { items, range, getItemFocusKey, getItemOffset, itemWidth, itemHeight, className, testId, renderItem, getItemLabel, focusCard, pressCard } = options;
  const cards: ReactElement[] = [];

  for (let index = range.start; index < range.end; index += 1) {
    const item = items[index] as T;
    const itemFocusKey = getItemFocusKey(item);
    const offset = getItemOffset(index);

    cards.push(
      <WindowedCard
        key={itemFocusKey}
        item={item}
        index={index}
        focusKey={itemFocusKey}
        className={className}
        left={offset.left}
        top={offset.top}
        width={itemWidth}
        height={itemHeight}
        testId={testId}
        renderItem={renderItem}
        getLabel={getItemLabel}
        onFocusItem={focusCard}
        onPressItem={pressCard}
      />,
    );
  }

  return cards;
}
