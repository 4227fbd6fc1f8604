/**
 * The maths of a vertically scrolling grid that renders only the rows near the view: where each
 * item sits, which row is at the top edge, and which items exist in the DOM. Only those are
 * registered with the spatial navigation library, which measures the focused item's registered
 * siblings on each key press. The top row follows the focus with `followFocus` from
 * `rowWindow.ts`, applied to rows instead of cards.
 */
import { clampFirstVisible, followFocus } from './rowWindow';

export interface GridGeometry {
  columns: number;
  /** Item size in CSS px at 1080p. */
  itemWidth: number;
  itemHeight: number;
  /** Horizontal space between two items. */
  columnGap: number;
  /** Vertical space between two rows. */
  rowGap: number;
  /** Height of the visible part of the grid. */
  viewportHeight: number;
}

export interface GridRenderRange {
  /** First rendered item index. */
  start: number;
  /** One past the last rendered item index. */
  end: number;
}

export interface ItemOffset {
  left: number;
  top: number;
}

export function getRowStride(geometry: GridGeometry): number {
  return geometry.itemHeight + geometry.rowGap;
}

export function getColumnStride(geometry: GridGeometry): number {
  return geometry.itemWidth + geometry.columnGap;
}

export function countRows(itemCount: number, columns: number): number {
  return Math.ceil(Math.max(0, itemCount) / columns);
}

export function rowOfIndex(index: number, columns: number): number {
  return Math.floor(index / columns);
}

/** Counts the rows that fit entirely in the viewport (at least one). */
export function countFullyVisibleRows(geometry: GridGeometry): number {
  return Math.max(1, Math.floor((geometry.viewportHeight + geometry.rowGap) / getRowStride(geometry)));
}

/** Counts the rows that show at least partly, the one cut by the bottom edge included. */
export function countPartlyVisibleRows(geometry: GridGeometry): number {
  return Math.max(1, Math.ceil(geometry.viewportHeight / getRowStride(geometry)));
}

/** Returns where item `index` sits in the grid's track, before the track's scroll transform. */
export function getItemOffset(index: number, geometry: GridGeometry): ItemOffset {
  const row = rowOfIndex(index, geometry.columns);
  const column = index - row * geometry.columns;

  return { left: column * getColumnStride(geometry), top: row * getRowStride(geometry) };
}

/** Returns the height of every row together, the track's height. */
export function getContentHeight(itemCount: number, geometry: GridGeometry): number {
  const rows = countRows(itemCount, geometry.columns);

  return rows === 0 ? 0 : rows * getRowStride(geometry) - geometry.rowGap;
}

/**
 * Returns the row at the top edge after the focus moves to item `focusedIndex`: unchanged while
 * the focused row is entirely visible, else shifted just enough to show it at the nearer edge.
 */
export function followFocusRow(firstRow: number, focusedIndex: number, itemCount: number, geometry: GridGeometry): number {
  const rowCount = countRows(itemCount, geometry.columns);
  const focusedRow = rowOfIndex(focusedIndex, geometry.columns);

  return followFocus(firstRow, focusedRow, countFullyVisibleRows(geometry), rowCount);
}

/** Keeps the top row inside the grid, so a shrunk list never shows empty rows. */
export function clampFirstRow(firstRow: number, itemCount: number, geometry: GridGeometry): number {
  return clampFirstVisible(firstRow, countFullyVisibleRows(geometry), countRows(itemCount, geometry.columns));
}

/**
 * Returns the items of the visible rows plus `overscanRows` rows above and below, so the next key
 * press (one row per press) finds its target registered.
 */
export function computeGridRenderRange(firstRow: number, itemCount: number, geometry: GridGeometry, overscanRows: number): GridRenderRange {
  const startRow = Math.max(0, firstRow - overscanRows);
  const endRow = firstRow + countPartlyVisibleRows(geometry) + overscanRows;

  return {
    start: Math.min(itemCount, startRow * geometry.columns),
    end: Math.min(itemCount, endRow * geometry.columns),
  };
}

/**
 * Returns the index of the item to keep focused after `items` changed: the item with
 * `focusedKey` wherever it moved, else the item now at `focusedIndex` (clamped to the list).
 * A refresh that removes the focused item so leaves the focus on its neighbour. The lookup
 * reads only `items[focusedIndex]` unless the list changed under the focus.
 */
export function resolveFocusedIndex<T>(
  items: readonly T[],
  getKey: (item: T) => string,
  focusedKey: string | null,
  focusedIndex: number,
): number {
  if (items.length === 0) {
    return 0;
  }

  const clamped = Math.min(Math.max(0, focusedIndex), items.length - 1);
  if (focusedKey === null) {
    return clamped;
  }

  const atIndex = items[clamped];
  if (atIndex !== undefined && getKey(atIndex) === focusedKey) {
    return clamped;
  }

  for (let index = 0; index < items.length; index += 1) {
    if (getKey(items[index] as T) === focusedKey) {
      return index;
    }
  }

  return clamped;
}
