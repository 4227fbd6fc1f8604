import { describe, expect, it } from 'vitest';
import type { UnwatchedList, UnwatchedShow } from '../../../src/api/types';
import { findUnwatchedEntry, replaceUnwatchedEntry, shiftRemaining } from '../../../src/screens/common/unwatchedListPatch';

function entry(id: number, remaining = 3): UnwatchedShow {
  return { id, title: `Show ${id}`, remaining, unseen: [] };
}

function list(...ids: number[]): UnwatchedList {
  return { shows: ids.map((id) => entry(id)), total: ids.length, totalEpisodes: ids.length * 3 };
}

describe('unwatched list patches', () => {
  it('replaces an entry in place', () => {
    const patched = replaceUnwatchedEntry(list(1, 2, 3), 2, entry(2, 9), null);

    expect(patched.shows.map((show) => show.id)).toEqual([1, 2, 3]);
    expect(patched.shows[1]?.remaining).toBe(9);
  });

  it('removes the entry of a show with nothing left', () => {
    const patched = replaceUnwatchedEntry(list(1, 2, 3), 2, null, null);

    expect(patched.shows.map((show) => show.id)).toEqual([1, 3]);
    expect(patched.total).toBe(2);
  });

  it('puts an entry back at its position', () => {
    const patched = replaceUnwatchedEntry(list(1, 3), 2, entry(2), 1);

    expect(patched.shows.map((show) => show.id)).toEqual([1, 2, 3]);
    expect(patched.total).toBe(3);
  });

  it('adds at the end when the position is past it', () => {
    expect(replaceUnwatchedEntry(list(1), 2, entry(2), 5).shows.map((show) => show.id)).toEqual([1, 2]);
  });

  it('leaves the list alone for a missing show without a position', () => {
    const original = list(1, 3);

    expect(replaceUnwatchedEntry(original, 2, entry(2), null)).toBe(original);
    expect(replaceUnwatchedEntry(original, 2, null, 0)).toBe(original);
  });

  it('shifts the episodes left without going below 0', () => {
    expect(shiftRemaining(list(1), 1, -1).shows[0]?.remaining).toBe(2);
    expect(shiftRemaining(list(1), 1, -5).shows[0]?.remaining).toBe(0);
  });

  it('finds an entry with its index', () => {
    expect(findUnwatchedEntry(list(4, 5), 5)?.index).toBe(1);
    expect(findUnwatchedEntry(list(4, 5), 6)).toBeNull();
  });
});
