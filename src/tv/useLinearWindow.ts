import { useState } from 'react';
import { clampFirstVisible, computeRenderRange, followFocus, type RenderRange, type RowGeometry } from './rowWindow';

export interface LinearWindow {
  /** Index of the item last focused, clamped to the list, which may have shrunk since. */
  focusedIndex: number;
  /** Index of the item at the leading edge of the view (left in a row, top in a list). */
  firstVisible: number;
  range: RenderRange;
  /** Stores a newly focused item and scrolls just enough to keep it in view. */
  followFocusedIndex: (index: number) => void;
}

/**
 * Keeps the focused item and the scroll position of a one-dimensional window (`HorizontalRow`,
 * or `VerticalList` with its axis turned) and returns the items to render.
 */
export function useLinearWindow(itemCount: number, fullyVisible: number, geometry: RowGeometry, overscan: number): LinearWindow {
  const [position, setPosition] = useState({ focusedIndex: 0, firstVisible: 0 });

  // The list may have shrunk or been replaced since the last focus move (a refresh, an episode
  // marked watched elsewhere).
  const focusedIndex = Math.min(position.focusedIndex, Math.max(0, itemCount - 1));
  const firstVisible = clampFirstVisible(position.firstVisible, fullyVisible, itemCount);
  const range = computeRenderRange(firstVisible, itemCount, geometry, overscan);

  const followFocusedIndex = (index: number) => {
    setPosition((previous) => ({
      focusedIndex: index,
      firstVisible: followFocus(previous.firstVisible, index, fullyVisible, itemCount),
    }));
  };

  return { focusedIndex, firstVisible, range, followFocusedIndex };
}
