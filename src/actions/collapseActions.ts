import type { ActionKind, MemberActionInput, QueuedAction } from './memberAction';

/** Result of adding an action to the queue. */
export type EnqueueResult =
  /** The action was appended and will be sent in its turn. */
  | { kind: 'queued'; action: QueuedAction }
  /** The same change is already in the queue, so nothing was added. `action` is the one kept. */
  | { kind: 'duplicate'; action: QueuedAction }
  /** An unsent change of the same movie was dropped and this one appended in its place. */
  | { kind: 'replaced'; action: QueuedAction; replaced: QueuedAction }
  /** The opposite change was still unsent, so both are gone and nothing will be sent. */
  | { kind: 'cancelled'; cancelled: QueuedAction };

const OPPOSITES: Partial<Record<ActionKind, ActionKind>> = {
  markWatched: 'unmarkWatched',
  unmarkWatched: 'markWatched',
  addShow: 'removeShow',
  removeShow: 'addShow',
  archiveShow: 'unarchiveShow',
  unarchiveShow: 'archiveShow',
};

/**
 * Returns the key of what an action sets: an episode's watched flag, a show's place in the
 * account, a show's archive flag, a movie's state or a season's watched flags. Two actions with
 * the same key override each other. Actions with different keys are independent, except that a
 * season action overlaps episode actions (see `overlapsLater`).
 */
export function collapseKeyOf(action: MemberActionInput): string {
  switch (action.kind) {
    case 'markWatched':
    case 'unmarkWatched':
      return `watched:${action.episodeId}`;

    case 'addShow':
    case 'removeShow':
      return `follow:${action.showId}`;

    case 'archiveShow':
    case 'unarchiveShow':
      return `archive:${action.showId}`;

    case 'setMovieState':
      return `movie:${action.movieId}`;

    case 'markSeasonWatched':
      return `season:${action.showId}:${action.season}`;
  }
}

function isEpisodeAction(action: MemberActionInput): boolean {
  return action.kind === 'markWatched' || action.kind === 'unmarkWatched';
}

/**
 * True when an action queued after `index` may change what `incoming` changes under another key.
 * A season mark sets the watched flag of every episode in the season, and an episode action does
 * not carry its show or season, so any season action overlaps any episode action. Merging
 * across an overlap would change the final state: unmark E, mark its season, unmark E again
 * must leave E unwatched, which dropping the second unmark as a duplicate would not.
 */
function overlapsLater(actions: readonly QueuedAction[], index: number, incoming: MemberActionInput): boolean {
  for (let position = index + 1; position < actions.length; position += 1) {
    const later = actions[position];
    if (later === undefined) {
      continue;
    }

    const seasonAfterEpisode = isEpisodeAction(incoming) && later.kind === 'markSeasonWatched';
    const episodeAfterSeason = incoming.kind === 'markSeasonWatched' && isEpisodeAction(later);
    if (seasonAfterEpisode || episodeAfterSeason) {
      return true;
    }
  }

  return false;
}

function isSameChange(a: MemberActionInput, b: MemberActionInput): boolean {
  if (a.kind === 'setMovieState' && b.kind === 'setMovieState') {
    return a.movieId === b.movieId && a.state === b.state;
  }

  return a.kind === b.kind && collapseKeyOf(a) === collapseKeyOf(b);
}

function findLastIndex(actions: readonly QueuedAction[], key: string): number {
  for (let index = actions.length - 1; index >= 0; index -= 1) {
    const action = actions[index];
    if (action !== undefined && collapseKeyOf(action) === key) {
      return index;
    }
  }

  return -1;
}

/**
 * Adds `incoming` to the end of `actions`, or merges it with the last queued action on the same
 * key. Only an action never sent (`attempts` 0) may be cancelled or replaced, because the API
 * may already have applied one that was sent, even when its request failed. Nothing merges
 * across an overlapping action queued in between (a season mark and an episode action), so
 * those replay in the order the member made them. Returns the new list and leaves `actions`
 * unchanged.
 *
 * NOTE: keys are independent, so removing a show does not cancel a queued `markWatched` of one
 * of its episodes, and the API adds the show back when that episode is marked.
 */
export function addCollapsing(
  actions: readonly QueuedAction[],
  incoming: QueuedAction,
): { actions: QueuedAction[]; result: EnqueueResult } {
  const index = findLastIndex(actions, collapseKeyOf(incoming));
  const previous = index === -1 ? undefined : actions[index];

  if (previous === undefined || overlapsLater(actions, index, incoming)) {
    return { actions: [...actions, incoming], result: { kind: 'queued', action: incoming } };
  }

  // The queued one will be sent (or sent again) before anything added now, so a copy adds nothing.
  if (isSameChange(previous, incoming)) {
    return { actions: [...actions], result: { kind: 'duplicate', action: previous } };
  }

  const unsent = previous.attempts === 0 && previous.status === 'queued';
  if (!unsent) {
    return { actions: [...actions, incoming], result: { kind: 'queued', action: incoming } };
  }

  const remaining = actions.filter((_action, position) => position !== index);

  if (OPPOSITES[previous.kind] === incoming.kind) {
    return { actions: remaining, result: { kind: 'cancelled', cancelled: previous } };
  }

  // Only `setMovieState` reaches this point: the same movie with another state.
  return { actions: [...remaining, incoming], result: { kind: 'replaced', action: incoming, replaced: previous } };
}
