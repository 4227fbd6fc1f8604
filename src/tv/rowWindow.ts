/**
 * The maths of a horizontally scrolling row that renders only the cards near the view: which
 * card sits at the left edge, and which cards exist in the DOM. Only those are registered with
 * the spatial navigation library, which measures every registered focusable on each key press.
 */

export interface RowGeometry {
  /** Card width in CSS px at 1080p. */
  itemWidth: number;
  /** Space between two cards. */
  gap: number;
  /** Width of the visible part of the row. */
  viewportWidth: number;
}

export interface RenderRange {
  /** First rendered index. */
  start: number;
  /** One past the last rendered index. */
  end: number;
}

export function getStride(geometry: RowGeometry): number {
  return geometry.itemWidth + geometry.gap;
}

/** Counts the cards that fit entirely in the viewport (at least one). */
export function countFullyVisible(geometry: RowGeometry): number {
  return Math.max(1, Math.floor((geometry.viewportWidth + geometry.gap) / getStride(geometry)));
}

/** Counts the cards that show at least partly, the one cut by the right edge included. */
export function countPartlyVisible(geometry: RowGeometry): number {
  return Math.max(1, Math.ceil(geometry.viewportWidth / getStride(geometry)));
}

/**
 * Returns the index at the left edge after the focus moves to `focusedIndex`: unchanged while the
 * focused card is entirely visible, else shifted just enough to show it at the nearer edge.
 */
export function followFocus(firstVisible: number, focusedIndex: number, fullyVisible: number, itemCount: number): number {
  let first = firstVisible;

  if (focusedIndex < first) {
    first = focusedIndex;
  } else if (focusedIndex > first + fullyVisible - 1) {
    first = focusedIndex - fullyVisible + 1;
  }

  return clampFirstVisible(first, fullyVisible, itemCount);
}

/** Keeps the left edge inside the list, so a shrunk list never shows an empty row. */
export function clampFirstVisible(firstVisible: number, fullyVisible: number, itemCount: number): number {
  const maxFirst = Math.max(0, itemCount - fullyVisible);
  return Math.min(Math.max(0, firstVisible), maxFirst);
}

/** Returns the visible cards plus `overscan` cards on each side, so the next key press finds its target registered. */
export function computeRenderRange(firstVisible: number, itemCount: number, geometry: RowGeometry, overscan: number): RenderRange {
  const start = Math.max(0, firstVisible - overscan);
  const end = Math.min(itemCount, firstVisible + countPartlyVisible(geometry) + overscan);

  return { start, end };
}
