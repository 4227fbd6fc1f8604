import type { UnwatchedList, UnwatchedShow } from '../../api/types';

/**
 * Changes to an `episodes/list` reply in the cache after a show's next episode changed: the
 * show's entry keeps its place in the list, so the card on screen keeps its position.
 */

/** A show's entry and where it was, kept to put it back on Undo. */
export interface UnwatchedEntrySnapshot {
  index: number;
  entry: UnwatchedShow;
}

export function findUnwatchedEntry(list: UnwatchedList, showId: number): UnwatchedEntrySnapshot | null {
  const index = list.shows.findIndex((show) => show.id === showId);
  const entry = list.shows[index];

  return entry ? { index, entry } : null;
}

/**
 * Replaces the show's entry with `entry`, or removes it when `entry` is null (nothing left to
 * watch). A show that is not in the list is added at `insertAt` (clamped), or left out when
 * `insertAt` is null. Returns `list` itself when nothing changes.
 */
export function replaceUnwatchedEntry(list: UnwatchedList, showId: number, entry: UnwatchedShow | null, insertAt: number | null): UnwatchedList {
  const index = list.shows.findIndex((show) => show.id === showId);

  if (index < 0) {
    if (!entry || insertAt === null) {
      return list;
    }

    const shows = list.shows.slice();
    shows.splice(Math.min(Math.max(0, insertAt), shows.length), 0, entry);
    return { ...list, shows, total: list.total + 1 };
  }

  const shows = list.shows.slice();
  if (entry) {
    shows[index] = entry;
    return { ...list, shows };
  }

  shows.splice(index, 1);
  return { ...list, shows, total: Math.max(0, list.total - 1) };
}

/** Adds `delta` to the show's count of episodes left (never below 0). */
export function shiftRemaining(list: UnwatchedList, showId: number, delta: number): UnwatchedList {
  const found = findUnwatchedEntry(list, showId);
  if (!found) {
    return list;
  }

  const shows = list.shows.slice();
  shows[found.index] = { ...found.entry, remaining: Math.max(0, found.entry.remaining + delta) };
  return { ...list, shows };
}
