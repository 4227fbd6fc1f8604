import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useQueueForSession } from '../../actions/useQueueForSession';
import type { Show } from '../../api/types';
import { useMemberIdNow } from '../../session/useMemberIdNow';
import { useSignedInSession } from '../../session/useSession';
import { followShow, setShowArchived, unfollowShow, type ShowActionContext } from './showMutations';

export type ShowAction = 'follow' | 'unfollow' | 'archive' | 'unarchive';

function runAction(context: ShowActionContext, show: Show, action: ShowAction): Promise<void> {
  switch (action) {
    case 'follow':
      return followShow(context, show);
    case 'unfollow':
      return unfollowShow(context, show);
    case 'archive':
      return setShowArchived(context, show, true);
    case 'unarchive':
      return setShowArchived(context, show, false);
  }
}

/**
 * Runs follow, unfollow and archive on a show as a TanStack mutation, so a rejected token ends
 * the session through the app's mutation cache. Returns the action running, or the last one
 * that failed with its error.
 */
export function useShowActions(show: Show | undefined) {
  // Keeps the action queue on this member and ends the session when it meets a rejected token.
  useQueueForSession();
  const { token, client } = useSignedInSession();
  const queryClient = useQueryClient();
  const memberIdNow = useMemberIdNow();

  // `memberId` is read when the action uses it, because a reply may come after the session learns it.
  const context = useMemo<ShowActionContext>(
    () => ({
      client,
      token,
      queryClient,
      get memberId() {
        return memberIdNow();
      },
    }),
    [client, token, queryClient, memberIdNow],
  );

  const mutation = useMutation({
    mutationFn: ({ target, action }: { target: Show; action: ShowAction }) => runAction(context, target, action),
  });

  return {
    run: (action: ShowAction) => {
      if (show && !mutation.isPending) {
        mutation.mutate({ target: show, action });
      }
    },
    pendingAction: mutation.isPending ? (mutation.variables?.action ?? null) : null,
    error: mutation.isError ? mutation.error : null,
  };
}
