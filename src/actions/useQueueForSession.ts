import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { memberQueryKey } from '../session/memberQueryKey';
import { useSession } from '../session/useSession';
import type { ActionQueue } from './actionQueue';
import { actionQueueFor, onQueueSessionOver } from './actionQueueRegistry';
import { actionLog as log } from './actionLog';
import { hasWaiter } from './runQueuedAction';

/**
 * Keeps the action queue on the signed-in member, so their stored changes are replayed after a
 * reload or a new sign-in as the same member, and never sent as another member. Sign-out and
 * "Who's watching?" stop the queue and keep the changes. A token the queue finds rejected ends
 * the session, as a rejected token on any other call does. A change replayed with no screen
 * waiting for it (sent before a reload) makes the member's cached data stale, so screens
 * refetch what the API now has. A successful query means the network is back, so a change
 * waiting for its retry timer is sent at once, because TV browsers often fire no `online` event.
 * Returns the queue.
 *
 * Any number of components may call it: the queue ignores a session it already has.
 */
export function useQueueForSession(): ActionQueue {
  const { state, controller, client } = useSession();
  const queryClient = useQueryClient();
  const queue = actionQueueFor(client);

  const signedIn = state.status === 'signedIn' ? state : null;
  const token = signedIn?.token ?? null;
  const memberId = signedIn?.member?.id ?? null;
  const signedOut = state.status === 'signedOut' || state.status === 'choosing' || state.status === 'adding';

  useEffect(() => {
    if (token !== null && memberId !== null) {
      queue.setSession({ memberId, token });
      return;
    }

    if (signedOut) {
      queue.setSession(null);
    }
  }, [queue, token, memberId, signedOut]);

  useEffect(
    () =>
      onQueueSessionOver(client, (rejected) => {
        const current = controller.getState();

        // Another hook may have ended it already, or another member may be signed in by now.
        if (current.status !== 'signedIn' || current.token !== rejected.token) {
          return;
        }

        log.info('the queue met a rejected token, so the session ends', { memberId: rejected.memberId });
        controller.endSession();
      }),
    [client, controller],
  );

  useEffect(
    () =>
      queue.subscribeOutcomes((outcome) => {
        if (hasWaiter(queue, outcome.action.id)) {
          return;
        }

        void queryClient.invalidateQueries({ queryKey: memberQueryKey(outcome.action.memberId) });
      }),
    [queue, queryClient],
  );

  useEffect(
    () =>
      queryClient.getQueryCache().subscribe((event) => {
        // `manual` successes come from `setQueryData`, which involves no request.
        if (event.type === 'updated' && event.action.type === 'success' && event.action.manual !== true) {
          queue.retryNow();
        }
      }),
    [queue, queryClient],
  );

  return queue;
}
