import { useMemo, useSyncExternalStore } from 'react';
import type { QueueSnapshot } from './actionQueue';
import type { ActionTarget, QueuedAction } from './memberAction';
import { pendingActionsFor } from './pendingActions';
import { useQueueForSession } from './useQueueForSession';

/** Returns the action queue's state for the signed-in member, read again at every change. */
export function useActionQueueSnapshot(): QueueSnapshot {
  const queue = useQueueForSession();

  return useSyncExternalStore(queue.subscribe, queue.getSnapshot, queue.getSnapshot);
}

/**
 * Returns the changes of `target` that the API has not applied yet, oldest first, so a screen
 * can mark the episode, show or movie as pending.
 */
export function usePendingActions(target: ActionTarget): QueuedAction[] {
  const snapshot = useActionQueueSnapshot();
  const { type, id } = target;

  return useMemo(() => pendingActionsFor(snapshot.actions, { type, id }), [snapshot, type, id]);
}
