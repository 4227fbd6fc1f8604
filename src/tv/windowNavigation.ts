/**
 * The arrow-key moves inside a windowed row, list or grid, worked out from item indexes. The
 * windowed containers give this to norigin as their `nextFocusResolver`, so a key press reads no
 * layout: norigin would otherwise measure every registered sibling on each press.
 */
import type { Direction } from '@noriginmedia/norigin-spatial-navigation';

/**
 * Returns the index the focus moves to from `index`, or null when the move leaves the container
 * (norigin then looks for a target around it). A row is a grid of one row (`columns` at least the
 * item count), a list a grid of one column. Down from a row above a shorter last row lands on
 * the last item, the one nearest below. A left or right move never wraps to another row.
 */
export function nextWindowIndex(index: number, direction: Direction, itemCount: number, columns: number): number | null {
  if (index < 0 || index >= itemCount || columns < 1) {
    return null;
  }

  const column = index % columns;

  switch (direction) {
    case 'left':
      return column > 0 ? index - 1 : null;

    case 'right':
      return column < columns - 1 && index + 1 < itemCount ? index + 1 : null;

    case 'up':
      return index - columns >= 0 ? index - columns : null;

    case 'down': {
      if (index + columns < itemCount) {
        return index + columns;
      }

      const lastRowStart = itemCount - 1 - ((itemCount - 1) % columns);
      return index < lastRowStart ? itemCount - 1 : null;
    }
  }
}
