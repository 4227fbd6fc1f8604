import { useFocusable, type FocusableComponent, type NextFocusResolver } from '@noriginmedia/norigin-spatial-navigation';
import { useCallback, useEffect, useRef, type RefObject } from 'react';
import { runAfterNextPaint } from './afterNextPaint';
import type { RenderRange } from './rowWindow';
import { nextWindowIndex } from './windowNavigation';

export interface WindowFocusOptions<T> {
  focusKey: string;
  items: readonly T[];
  getItemFocusKey: (item: T) => string;
  /** Items per row: the item count for a row, 1 for a list. */
  columns: number;
  /** The rendered indexes, which are the registered focusables. */
  range: RenderRange;
  /** The item that gets the focus when it enters the container, last focused or its neighbour. */
  preferredIndex: number;
  /**
   * Moves the track in the key press's own task, so the frame that shows the new focus shows item
   * `index` in view. It writes to the DOM only, and React state follows in `onCardFocus`.
   */
  scrollToIndex: (index: number) => void;
  /** Called after the frame that shows the new focus (`runAfterNextPaint`), for React state and loads. */
  onCardFocus: (item: T, index: number, focusKey: string) => void;
  onItemPress: ((item: T, index: number) => void) | undefined;
}

export interface WindowFocus<T, E extends HTMLElement> {
  /** The container's element, for norigin. */
  ref: RefObject<E>;
  /** Stable for the container's life, so the memoized cards do not render again. */
  focusCard: (item: T, index: number, focusKey: string) => void;
  pressCard: ((item: T, index: number) => void) | undefined;
}

/**
 * Registers a windowed row, list or grid with norigin and returns stable card callbacks. Arrow
 * moves inside it follow the item indexes (`nextWindowIndex`), because the cards sit where the
 * container's maths puts them. So norigin measures none of its cards on a key press
 * (`measureChildrenLayout: false`).
 */
export function useWindowFocus<T, E extends HTMLElement>(options: WindowFocusOptions<T>): WindowFocus<T, E> {
  const { focusKey, items, getItemFocusKey, preferredIndex, onItemPress } = options;

  // The callbacks given to norigin and to the cards never change and read the latest options.
  const latestRef = useRef(options);
  useEffect(() => {
    latestRef.current = options;
  });

  const resolveNextFocus = useCallback<NextFocusResolver>((direction, currentFocusKey, siblings) => {
    const { items: currentItems, getItemFocusKey: getKey, columns, range } = latestRef.current;

    const index = findRenderedIndex(currentItems, getKey, range, currentFocusKey);
    if (index === null) {
      return null;
    }

    const target = nextWindowIndex(index, direction, currentItems.length, columns);
    if (target === null) {
      return null;
    }

    const targetKey = getKey(currentItems[target] as T);
    return siblings.find((sibling: FocusableComponent) => sibling.focusKey === targetKey) ?? null;
  }, []);

  const preferredItem = items[preferredIndex];

  const { ref } = useFocusable<object, E>({
    focusKey,
    saveLastFocusedChild: true,
    preferredChildFocusKey: preferredItem === undefined ? undefined : getItemFocusKey(preferredItem),
    nextFocusResolver: resolveNextFocus,
    measureChildrenLayout: false,
  });

  const focusCard = useCallback((item: T, index: number, itemFocusKey: string) => {
    latestRef.current.scrollToIndex(index);
    runAfterNextPaint(() => latestRef.current.onCardFocus(item, index, itemFocusKey));
  }, []);
  const pressCard = useCallback((item: T, index: number) => latestRef.current.onItemPress?.(item, index), []);

  return { ref, focusCard, pressCard: onItemPress ? pressCard : undefined };
}

/** Returns the index of the rendered item with `focusKey`, or null when none is rendered. */
function findRenderedIndex<T>(items: readonly T[], getKey: (item: T) => string, range: RenderRange, focusKey: string): number | null {
  for (let index = range.start; index < range.end && index < items.length; index += 1) {
    if (getKey(items[index] as T) === focusKey) {
      return index;
    }
  }

  return null;
}
