import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useState } from 'react';
import type { Show } from '../../api/types';
import { useSignedInSession } from '../../session/useSession';
import { addShowToAccount } from './addShowToAccount';
import { useQueueForSession } from '../../actions/useQueueForSession';

/** How long the outcome of an add stays on screen, in ms. */
export const ADD_NOTICE_MS = 6_000;

export type AddNotice =
  | { kind: 'added'; show: Show }
  | { kind: 'alreadyInAccount'; show: Show }
  | { kind: 'failed'; show: Show; error: unknown };

export interface AddShowState {
  notice: AddNotice | null;
  /** Ids of the shows whose add request runs. */
  addingIds: ReadonlySet<number>;
  add: (show: Show) => void;
}

/** Adds shows from the results, one request per show at a time, and keeps the last outcome to show. */
export function useAddShow(): AddShowState {
  // Keeps the action queue on this member and ends the session when it meets a rejected token.
  useQueueForSession();
  const queryClient = useQueryClient();
  const { token, member, client } = useSignedInSession();

  const [notice, setNotice] = useState<AddNotice | null>(null);
  const [addingIds, setAddingIds] = useState<ReadonlySet<number>>(() => new Set());

  useEffect(() => {
    if (!notice) {
      return undefined;
    }

    const timer = window.setTimeout(() => setNotice(null), ADD_NOTICE_MS);
    return () => window.clearTimeout(timer);
  }, [notice]);

  const add = useCallback(
    (show: Show) => {
      if (show.inAccount) {
        setNotice({ kind: 'alreadyInAccount', show });
        return;
      }

      if (addingIds.has(show.id)) {
        return;
      }

      setAddingIds((previous) => new Set(previous).add(show.id));

      const context = { queryClient, client, token, memberId: member?.id ?? null };
      addShowToAccount(context, show)
        .then((outcome) => setNotice({ kind: outcome, show }))
        .catch((error: unknown) => setNotice({ kind: 'failed', show, error }))
        .finally(() =>
          setAddingIds((previous) => {
            const next = new Set(previous);
            next.delete(show.id);
            return next;
          }),
        );
    },
    [addingIds, queryClient, client, token, member],
  );

  return { notice, addingIds, add };
}
