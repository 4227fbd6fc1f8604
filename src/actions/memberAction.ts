import type { MovieState } from '../api/types';

/**
 * A change the member makes to their account, as a screen requests it. Each kind is safe to
 * send twice, because a replay after a crash between "sent" and "removed" must be harmless:
 *
 * - `markWatched`: `POST /episodes/watched` with `bulk=false` marks only this episode, and
 *   marking a watched episode again leaves it watched.
 * - `unmarkWatched`: a second `DELETE /episodes/watched` gets error 2005 ("not marked as
 *   watched"), which counts as done.
 * - `addShow` / `removeShow`: a second call gets error 2003 ("already in the account") or 2004
 *   ("not in the account"), which count as done.
 * - `archiveShow` / `unarchiveShow`: sets a flag to a fixed value, so a second call changes
 *   nothing in the sandbox. The live API's reply to a repeat is undocumented.
 * - `setMovieState`: sets the state to a fixed value, so a second call changes nothing.
 * - `markSeasonWatched`: `POST /seasons/watched` marks every episode of the season, and a second
 *   call leaves them watched.
 */
export type MemberActionInput =
  | { kind: 'markWatched'; episodeId: number }
  | { kind: 'unmarkWatched'; episodeId: number }
  | { kind: 'addShow'; showId: number }
  | { kind: 'removeShow'; showId: number }
  | { kind: 'archiveShow'; showId: number }
  | { kind: 'unarchiveShow'; showId: number }
  | { kind: 'setMovieState'; movieId: number; state: MovieState }
  | { kind: 'markSeasonWatched'; showId: number; season: number };

export type ActionKind = MemberActionInput['kind'];

export const ACTION_KINDS: readonly ActionKind[] = [
  'markWatched',
  'unmarkWatched',
  'addShow',
  'removeShow',
  'archiveShow',
  'unarchiveShow',
  'setMovieState',
  'markSeasonWatched',
];

/**
 * Stage of an action in the queue. `queued` waits for its turn or for the network, and
 * `sending` has its request in flight. An action that succeeds or is rejected leaves the queue.
 */
export type ActionStatus = 'queued' | 'sending';

/** Stored form of one action. */
export type QueuedAction = MemberActionInput & {
  /** Unique within the member's queue. */
  id: string;
  /** The BetaSeries member id the action belongs to. It is only ever sent with that member's token. */
  memberId: number;
  /** Wall-clock time (ms since the epoch) when the member made the change. */
  createdAt: number;
  status: ActionStatus;
  /**
   * Requests sent for this action so far. Above 0 the API may already have applied it, because
   * a timeout or a cut connection does not tell whether the server did, so it never collapses
   * with an opposite action.
   */
  attempts: number;
};

/**
 * Episode, show, movie or season that an action changes. Screens mark it as pending. A season
 * has no id of its own in the API, so it is the show's id plus the season number.
 */
export type ActionTarget = { type: 'episode' | 'show' | 'movie'; id: number } | { type: 'season'; id: number; season: number };

/** True when two targets are the same episode, show, movie or season. */
export function isSameTarget(a: ActionTarget, b: ActionTarget): boolean {
  if (a.type !== b.type || a.id !== b.id) {
    return false;
  }

  return a.type !== 'season' || (b.type === 'season' && a.season === b.season);
}

/** Returns a target as text, such as `episode:12` or `season:7:2` (show 7, season 2), for comparing and for tests. */
export function targetKeyOf(target: ActionTarget): string {
  return target.type === 'season' ? `season:${target.id}:${target.season}` : `${target.type}:${target.id}`;
}

/** Returns the episode, show, movie or season an action changes. */
export function targetOf(action: MemberActionInput): ActionTarget {
  switch (action.kind) {
    case 'markWatched':
    case 'unmarkWatched':
      return { type: 'episode', id: action.episodeId };

    case 'addShow':
    case 'removeShow':
    case 'archiveShow':
    case 'unarchiveShow':
      return { type: 'show', id: action.showId };

    case 'setMovieState':
      return { type: 'movie', id: action.movieId };

    case 'markSeasonWatched':
      return { type: 'season', id: action.showId, season: action.season };
  }
}

/** Throws a `RangeError` naming the field unless the action's ids, season and movie state are valid. */
export function validateActionInput(input: MemberActionInput): void {
  const target = targetOf(input);
  const idName = target.type === 'season' ? 'show' : target.type;
  if (!Number.isInteger(target.id) || target.id <= 0) {
    throw new RangeError(`Invalid ${idName} id: ${target.id}. Pass a positive integer id.`);
  }

  // Season 0 is allowed, because some catalogs file specials there.
  if (input.kind === 'markSeasonWatched' && (!Number.isInteger(input.season) || input.season < 0)) {
    throw new RangeError(`Invalid season: ${String(input.season)}. Pass a season number of 0 or more.`);
  }

  if (input.kind === 'setMovieState' && input.state !== 0 && input.state !== 1 && input.state !== 2) {
    throw new RangeError(`Invalid movie state: ${String(input.state)}. Pass 0 (to watch), 1 (watched) or 2 (not interested).`);
  }
}
