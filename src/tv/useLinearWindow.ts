import { useLayoutEffect, useRef, useState, type RefObject } from 'react';
import { clampFirstVisible, computeRenderRange, followFocus, type RenderRange, type RowGeometry } from './rowWindow';

export interface LinearWindow {
  /** Index of the item last focused, clamped to the list, which may have shrunk since. */
  focusedIndex: number;
  /** Index of the item at the leading edge of the view (left in a row, top in a list). */
  firstVisible: number;
  range: RenderRange;
  /** The moving track, which `scrollToIndex` moves before React renders the move. */
  trackRef: RefObject<HTMLDivElement | null>;
  /** Moves the track just enough to keep item `index` in view, on the DOM only. */
  scrollToIndex: (index: number) => void;
  /** Stores a newly focused item and scrolls just enough to keep it in view. */
  followFocusedIndex: (index: number) => void;
}

/**
 * Keeps the focused item and the scroll position of a one-dimensional window (`HorizontalRow`,
 * or `VerticalList` with its axis turned) and returns the items to render. `trackTransform`
 * turns a first visible index into the track's CSS transform.
 */
export function useLinearWindow(
  itemCount: number,
  fullyVisible: number,
  geometry: RowGeometry,
  overscan: number,
  trackTransform: (firstVisible: number) => string,
): LinearWindow {
  const [position, setPosition] = useState({ focusedIndex: 0, firstVisible: 0 });

  // The list may have shrunk or been replaced since the last focus move (a refresh, an episode
  // marked watched elsewhere).
  const focusedIndex = Math.min(position.focusedIndex, Math.max(0, itemCount - 1));
  const firstVisible = clampFirstVisible(position.firstVisible, fullyVisible, itemCount);
  const range = computeRenderRange(firstVisible, itemCount, geometry, overscan);

  // The first visible item on screen, which `scrollToIndex` changes before React renders it.
  const trackRef = useRef<HTMLDivElement>(null);
  const shownFirstVisibleRef = useRef(firstVisible);
  useLayoutEffect(() => {
    shownFirstVisibleRef.current = firstVisible;
  }, [firstVisible]);

  const scrollToIndex = (index: number) => {
    const next = followFocus(shownFirstVisibleRef.current, index, fullyVisible, itemCount);
    if (next === shownFirstVisibleRef.current || !trackRef.current) {
      return;
    }

    shownFirstVisibleRef.current = next;
    trackRef.current.style.transform = trackTransform(next);
    trackRef.current.setAttribute('data-first-visible', String(next));
  };

  const followFocusedIndex = (index: number) => {
    setPosition((previous) => ({
      focusedIndex: index,
      firstVisible: followFocus(previous.firstVisible, index, fullyVisible, itemCount),
    }));
  };

  return { focusedIndex, firstVisible, range, trackRef, scrollToIndex, followFocusedIndex };
}
