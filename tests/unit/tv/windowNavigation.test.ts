import { describe, expect, it } from 'vitest';
import { nextWindowIndex } from '../../../src/tv/windowNavigation';

/** A grid of 8 columns and 20 items: rows 0-7, 8-15 and a last row of 16-19. */
const COLUMNS = 8;
const COUNT = 20;

describe('nextWindowIndex in a grid', () => {
  it.each([
    ['right', 9, 10],
    ['left', 9, 8],
    ['down', 9, 17],
    ['up', 9, 1],
  ] as const)('moves %s from %d to %d', (direction, from, to) => {
    expect(nextWindowIndex(from, direction, COUNT, COLUMNS)).toBe(to);
  });

  it.each([
    ['left', 8],
    ['right', 15],
    ['up', 3],
    ['down', 18],
    ['right', 19],
  ] as const)('leaves the grid %s from %d', (direction, from) => {
    expect(nextWindowIndex(from, direction, COUNT, COLUMNS)).toBeNull();
  });

  it('lands on the last item below a shorter last row', () => {
    expect(nextWindowIndex(13, 'down', COUNT, COLUMNS)).toBe(19);
  });

  it('goes up from the shorter last row to its column', () => {
    expect(nextWindowIndex(19, 'up', COUNT, COLUMNS)).toBe(11);
  });
});

describe('nextWindowIndex in a row and a list', () => {
  it('moves along a row and leaves it up and down', () => {
    expect(nextWindowIndex(4, 'right', 12, 12)).toBe(5);
    expect(nextWindowIndex(11, 'right', 12, 12)).toBeNull();
    expect(nextWindowIndex(4, 'down', 12, 12)).toBeNull();
    expect(nextWindowIndex(4, 'up', 12, 12)).toBeNull();
  });

  it('moves along a list and leaves it sideways', () => {
    expect(nextWindowIndex(4, 'down', 12, 1)).toBe(5);
    expect(nextWindowIndex(11, 'down', 12, 1)).toBeNull();
    expect(nextWindowIndex(0, 'up', 12, 1)).toBeNull();
    expect(nextWindowIndex(4, 'right', 12, 1)).toBeNull();
  });

  it('rejects an index outside the items', () => {
    expect(nextWindowIndex(12, 'left', 12, 12)).toBeNull();
    expect(nextWindowIndex(-1, 'right', 12, 12)).toBeNull();
    expect(nextWindowIndex(0, 'right', 0, 1)).toBeNull();
  });
});
