import { describe, expect, it } from 'vitest';
import {
  clampFirstRow,
  computeGridRenderRange,
  countFullyVisibleRows,
  countPartlyVisibleRows,
  countRows,
  followFocusRow,
  getContentHeight,
  getItemOffset,
  resolveFocusedIndex,
  rowOfIndex,
  type GridGeometry,
} from '../../../src/tv/gridWindow';

/** Seven posters of 220 × 420 a row, 40 px apart, in a 760 px high view: one full row and most of the next. */
const GEOMETRY: GridGeometry = { columns: 7, itemWidth: 220, itemHeight: 420, columnGap: 30, rowGap: 40, viewportHeight: 760 };

/** Three full rows of 100 px in a 340 px view. */
const SHORT_ROWS: GridGeometry = { columns: 4, itemWidth: 100, itemHeight: 100, columnGap: 10, rowGap: 20, viewportHeight: 340 };

describe('grid rows', () => {
  it.each([
    [0, 0],
    [1, 1],
    [7, 1],
    [8, 2],
    [2000, 286],
  ])('counts %d items as %d rows', (items, rows) => {
    expect(countRows(items, 7)).toBe(rows);
  });

  it('puts an index in its row', () => {
    expect(rowOfIndex(0, 7)).toBe(0);
    expect(rowOfIndex(6, 7)).toBe(0);
    expect(rowOfIndex(7, 7)).toBe(1);
    expect(rowOfIndex(1999, 7)).toBe(285);
  });

  it('counts fully and partly visible rows', () => {
    expect(countFullyVisibleRows(GEOMETRY)).toBe(1);
    expect(countPartlyVisibleRows(GEOMETRY)).toBe(2);
    expect(countFullyVisibleRows(SHORT_ROWS)).toBe(3);
    expect(countPartlyVisibleRows(SHORT_ROWS)).toBe(3);
  });

  it('counts at least one visible row in a tiny view', () => {
    const tiny = { ...GEOMETRY, viewportHeight: 10 };

    expect(countFullyVisibleRows(tiny)).toBe(1);
    expect(countPartlyVisibleRows(tiny)).toBe(1);
  });
});

describe('item offsets', () => {
  it('places items column by column, then row by row', () => {
    expect(getItemOffset(0, GEOMETRY)).toEqual({ left: 0, top: 0 });
    expect(getItemOffset(6, GEOMETRY)).toEqual({ left: 6 * 250, top: 0 });
    expect(getItemOffset(7, GEOMETRY)).toEqual({ left: 0, top: 460 });
    expect(getItemOffset(16, GEOMETRY)).toEqual({ left: 2 * 250, top: 2 * 460 });
  });

  it('measures the content without a gap after the last row', () => {
    expect(getContentHeight(0, GEOMETRY)).toBe(0);
    expect(getContentHeight(1, GEOMETRY)).toBe(420);
    expect(getContentHeight(8, GEOMETRY)).toBe(460 + 420);
  });
});

describe('followFocusRow', () => {
  it('keeps the view while the focused row is fully visible', () => {
    expect(followFocusRow(0, 6, 2000, GEOMETRY)).toBe(0);
    expect(followFocusRow(0, 11, 2000, SHORT_ROWS)).toBe(0);
  });

  it('scrolls down just enough to show a row below the view', () => {
    expect(followFocusRow(0, 7, 2000, GEOMETRY)).toBe(1);
    expect(followFocusRow(0, 12, 2000, SHORT_ROWS)).toBe(1);
  });

  it('scrolls up to a row above the view', () => {
    expect(followFocusRow(10, 7 * 4 + 3, 2000, GEOMETRY)).toBe(4);
    expect(followFocusRow(5, 0, 2000, SHORT_ROWS)).toBe(0);
  });

  it('jumps straight to a focused row far away', () => {
    expect(followFocusRow(0, 1999, 2000, GEOMETRY)).toBe(285);
    expect(followFocusRow(0, 1999, 2000, SHORT_ROWS)).toBe(497);
  });

  it('never scrolls past the last full view', () => {
    // 10 items in rows of 4 make 3 rows, which all fit: the view never moves.
    expect(followFocusRow(0, 9, 10, SHORT_ROWS)).toBe(0);
  });
});

describe('clampFirstRow', () => {
  it('pulls the top row back when the list shrank', () => {
    expect(clampFirstRow(200, 70, GEOMETRY)).toBe(9);
    expect(clampFirstRow(200, 20, SHORT_ROWS)).toBe(2);
  });

  it('keeps the first row for an empty list', () => {
    expect(clampFirstRow(5, 0, GEOMETRY)).toBe(0);
  });

  it('leaves a top row that is inside the list', () => {
    expect(clampFirstRow(3, 2000, GEOMETRY)).toBe(3);
  });
});

describe('computeGridRenderRange', () => {
  it('renders the visible rows and the overscan below at the top', () => {
    // Rows 0 and 1 show, rows 2 and 3 are overscan.
    expect(computeGridRenderRange(0, 2000, GEOMETRY, 2)).toEqual({ start: 0, end: 28 });
  });

  it('renders overscan rows on both sides deep in the list', () => {
    // Rows 98 to 103: two above, two visible, two below.
    expect(computeGridRenderRange(100, 2000, GEOMETRY, 2)).toEqual({ start: 98 * 7, end: 104 * 7 });
  });

  it('keeps the same number of items wherever the view is', () => {
    const sizes = [10, 100, 200, 280].map((firstRow) => {
      const range = computeGridRenderRange(firstRow, 2000, GEOMETRY, 2);
      return range.end - range.start;
    });

    expect(sizes).toEqual([42, 42, 42, 42]);
  });

  it('stops at the last item', () => {
    expect(computeGridRenderRange(285, 2000, GEOMETRY, 2)).toEqual({ start: 283 * 7, end: 2000 });
    expect(computeGridRenderRange(0, 5, GEOMETRY, 2)).toEqual({ start: 0, end: 5 });
  });

  it('renders nothing for an empty list', () => {
    expect(computeGridRenderRange(0, 0, GEOMETRY, 2)).toEqual({ start: 0, end: 0 });
  });
});

describe('resolveFocusedIndex', () => {
  const keyOf = (item: string) => `show-${item}`;

  it('keeps the index while the item is still there', () => {
    expect(resolveFocusedIndex(['a', 'b', 'c'], keyOf, 'show-b', 1)).toBe(1);
  });

  it('follows the focused item to its new place', () => {
    expect(resolveFocusedIndex(['b', 'a', 'c', 'd'], keyOf, 'show-c', 0)).toBe(2);
  });

  it('falls back to the neighbour when the item is gone', () => {
    expect(resolveFocusedIndex(['a', 'c', 'd'], keyOf, 'show-b', 1)).toBe(1);
  });

  it('clamps to the last item when the list shrank below the index', () => {
    expect(resolveFocusedIndex(['a', 'b'], keyOf, 'show-z', 9)).toBe(1);
  });

  it('uses the index before any item was focused', () => {
    expect(resolveFocusedIndex(['a', 'b', 'c'], keyOf, null, 2)).toBe(2);
  });

  it('returns 0 for an empty list', () => {
    expect(resolveFocusedIndex([], keyOf, 'show-a', 4)).toBe(0);
  });

  it('reads one key when the item is where it was', () => {
    const items = Array.from({ length: 2000 }, (_, index) => String(index));
    let reads = 0;
    const countingKeyOf = (item: string) => {
      reads += 1;
      return `show-${item}`;
    };

    resolveFocusedIndex(items, countingKeyOf, 'show-1500', 1500);

    expect(reads).toBe(1);
  });
});
