import { useCallback, useSyncExternalStore } from 'react';
import type { ActionKind } from './memberAction';
import { latestPendingAction } from './pendingActions';
import { usePageActionQueue } from './useActionQueue';

/**
 * Returns the kind of the newest change of an episode, show or movie still in the action queue,
 * or null. A screen shows that change's result while it waits, also after a reload, when the
 * API still returns the state from before the change. The value is a string, so the caller
 * renders again only when it changes, as with `usePendingState`.
 */
export function usePendingActionKind(type: 'episode' | 'show' | 'movie', id: number): ActionKind | null {
  const queue = usePageActionQueue();

  const read = useCallback((): ActionKind | null => latestPendingAction(queue.getSnapshot().actions, { type, id })?.kind ?? null, [queue, type, id]);

  return useSyncExternalStore(queue.subscribe, read, read);
}
