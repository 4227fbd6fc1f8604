import type { ApiClient } from '../api/client';
import type { EnqueueResult } from './collapseActions';
import type { MemberActionInput, QueuedAction } from './memberAction';
import type { RetryPolicy } from './retryPolicy';

/** The signed-in member whose actions the queue sends. */
export interface MemberSession {
  /** The id `GET /members/infos` returned for `token`. Actions are stored and replayed under it. */
  memberId: number;
  token: string;
}

/** Queue state that screens read. A new object after every change, so it suits `useSyncExternalStore`. */
export interface QueueSnapshot {
  /** The member whose actions are loaded, or null while no member is signed in. */
  memberId: number | null;
  /** The member's actions in the order they will be sent. */
  actions: readonly QueuedAction[];
  /** True after the API rejected the token: nothing is sent until the same member signs in again. */
  pausedForSignIn: boolean;
  /** Wall-clock time (ms) of the next try after a failure, or null when none is scheduled. */
  retryAt: number | null;
}

/** Result of an action that left the queue. */
export type ActionOutcome =
  | { kind: 'applied'; action: QueuedAction }
  /** The API replied that the change was already in place (2003, 2004 or 2005). */
  | { kind: 'alreadyApplied'; action: QueuedAction }
  /** The API refused the change: the screen rolls it back and shows `error`. */
  | { kind: 'rejected'; action: QueuedAction; error: unknown };

export interface ActionQueueOptions {
  client: ApiClient;
  /** Storage where actions survive a reload: `localStorage` in the app, or null for memory only. */
  storage: Storage | null;
  /** Wall clock in ms since the epoch, default `Date.now`. */
  now?: () => number;
  /** Subscribes to "the network is back" signals. Default: the page's `online` events. */
  subscribeOnline?: (listener: () => void) => () => void;
  /** Called with the session whose token the API rejected while an action was sent. */
  onSessionOver?: (session: MemberSession) => void;
  retryPolicy?: Partial<RetryPolicy>;
}

export interface ActionQueue {
  getSnapshot(): QueueSnapshot;
  /** Registers a listener called after every change of the snapshot and returns its removal. */
  subscribe(listener: () => void): () => void;
  /** Registers a listener called when an action leaves the queue and returns its removal. */
  subscribeOutcomes(listener: (outcome: ActionOutcome) => void): () => void;
  /**
   * Stores a change of the signed-in member and sends it in its turn. Throws when no member is
   * signed in or an id is not a positive integer.
   */
  enqueue(input: MemberActionInput): EnqueueResult;
  /**
   * Switches to `session`'s member and loads their stored actions, or stops sending with null.
   * A new token for the same member resumes a queue paused by a rejected token.
   */
  setSession(session: MemberSession | null): void;
  /**
   * Tries the next action now instead of waiting for the backoff timer. Call it when a request
   * elsewhere in the app succeeds. A server's `Retry-After` still holds.
   */
  retryNow(): void;
  /** Aborts the request in flight, clears the timer and stops listening. Stored actions stay. */
  dispose(): void;
}
