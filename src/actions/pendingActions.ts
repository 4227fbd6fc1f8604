import type { QueueSnapshot } from './actionQueueTypes';
import { isSameTarget, targetKeyOf, targetOf, type ActionTarget, type QueuedAction } from './memberAction';

/** Returns the queued actions on `target`, oldest first, for a screen that marks them "pending". */
export function pendingActionsFor(actions: readonly QueuedAction[], target: ActionTarget): QueuedAction[] {
  return actions.filter((action) => isSameTarget(targetOf(action), target));
}

/** Returns the newest queued action on `target`, the one whose result the screen shows, or null. */
export function latestPendingAction(actions: readonly QueuedAction[], target: ActionTarget): QueuedAction | null {
  const pending = pendingActionsFor(actions, target);

  return pending[pending.length - 1] ?? null;
}

/**
 * Pending state of a target, as a badge shows it: none, "waiting to be sent", or "sent once you
 * sign in again" while a rejected token pauses the queue.
 */
export type PendingState = 'none' | 'pending' | 'pendingSignIn';

/**
 * Returns the pending state of a target, given as `targetKeyOf` text, in a queue snapshot. The
 * result is a string, so a component can compare it with `Object.is` and skip rendering when a
 * change of the queue does not concern it.
 */
export function pendingStateOf(snapshot: QueueSnapshot, targetKey: string): PendingState {
  const pending = snapshot.actions.some((action) => targetKeyOf(targetOf(action)) === targetKey);
  if (!pending) {
    return 'none';
  }

  return snapshot.pausedForSignIn ? 'pendingSignIn' : 'pending';
}
