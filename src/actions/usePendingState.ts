import { useCallback, useSyncExternalStore } from 'react';
import { targetKeyOf, type ActionTarget } from './memberAction';
import { pendingStateOf, type PendingState } from './pendingActions';
import { usePageActionQueue } from './useActionQueue';

/**
 * Returns whether `target` has a change waiting in the action queue. The value read from the
 * queue is a string, so `useSyncExternalStore` renders the caller again only when that target's
 * state changes, not at every change of the queue: a row of cards stays still while another
 * card's mark is sent.
 */
export function usePendingState(target: ActionTarget): PendingState {
  const queue = usePageActionQueue();

  // Text, because callers create the target object anew at each render.
  const targetKey = targetKeyOf(target);
  const read = useCallback((): PendingState => pendingStateOf(queue.getSnapshot(), targetKey), [queue, targetKey]);

  return useSyncExternalStore(queue.subscribe, read, read);
}
