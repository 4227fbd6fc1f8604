import { useSyncExternalStore } from 'react';
import { useSession } from '../session/useSession';
import type { ActionQueue, QueueSnapshot } from './actionQueue';
import { actionQueueFor } from './actionQueueRegistry';

/**
 * Returns the page's action queue without steering it. The app mounts `useQueueForSession` once,
 * which keeps the queue on the signed-in member, so readers such as pending badges need not add
 * its effects once per card.
 */
export function usePageActionQueue(): ActionQueue {
  const { client } = useSession();

  return actionQueueFor(client);
}

/**
 * Returns the action queue's state, read again at every change. Every change renders the caller
 * again: a component about one target should use `usePendingState` instead.
 */
export function useActionQueueSnapshot(): QueueSnapshot {
  const queue = usePageActionQueue();

  return useSyncExternalStore(queue.subscribe, queue.getSnapshot, queue.getSnapshot);
}
