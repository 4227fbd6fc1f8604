import { useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { getMemberInfos } from '../api/members';
import { memberQueryKey, UNKNOWN_MEMBER } from './memberQueryKey';
import { useSession, useSignedInSession } from './useSession';

const UNKNOWN_MEMBER_KEY = ['member', UNKNOWN_MEMBER];

/**
 * Calls `callback` once no query under `['member', 'current', …]` is fetching: at once when none
 * is, else after the last of them settles (with data or an error). Returns the cancellation.
 *
 * The first check waits for a microtask. It runs in the effect of the render that shows
 * `members/infos`, and that render may also enable a query that starts in a later effect of the
 * same commit: Home requests "Airing soon" in the render that shows "To watch". Checked at once,
 * nothing would be fetching yet, so "Airing soon" would go out under `current`, then again
 * under the id.
 */
function whenUnknownMemberQueriesSettle(queryClient: QueryClient, callback: () => void): () => void {
  const isSettled = () => queryClient.isFetching({ queryKey: UNKNOWN_MEMBER_KEY }) === 0;
  let cancelled = false;
  let unsubscribe: () => void = () => undefined;

  // A resolved promise rather than `queueMicrotask`, which Chrome 53 lacks.
  void Promise.resolve().then(() => {
    if (cancelled) {
      return;
    }

    if (isSettled()) {
      callback();
      return;
    }

    unsubscribe = queryClient.getQueryCache().subscribe(() => {
      if (!isSettled()) {
        return;
      }

      unsubscribe();
      callback();
    });
  });

  return () => {
    cancelled = true;
    unsubscribe();
  };
}

/**
 * Copies what was cached under `['member', 'current', …]` (before the id was known) to the
 * member's own keys, so learning the id does not fetch everything a second time. The placeholder
 * queries stay until the screens have moved to the id's keys (`dropUnknownMemberQueries`):
 * removing a query a screen still observes makes that screen build it again, empty, and fetch it.
 */
function copyUnknownMemberQueries(queryClient: QueryClient, memberId: number): void {
  for (const [queryKey, data] of queryClient.getQueriesData({ queryKey: UNKNOWN_MEMBER_KEY })) {
    if (data !== undefined) {
      queryClient.setQueryData(memberQueryKey(memberId, ...queryKey.slice(2)), data);
    }
  }
}

/** Removes the placeholder queries no screen observes any more. */
function dropUnknownMemberQueries(queryClient: QueryClient): void {
  queryClient.removeQueries({ queryKey: UNKNOWN_MEMBER_KEY, type: 'inactive' });
}

/**
 * Fetches the signed-in member's profile (`members/infos`). Each reply also gives the session the
 * member's id, login and avatar, which "Who's watching?" shows.
 */
export function useMemberInfos() {
  const { controller } = useSession();
  const { token, member, client } = useSignedInSession();
  const queryClient = useQueryClient();

  const query = useQuery({
    queryKey: memberQueryKey(member?.id ?? null, 'infos'),
    queryFn: ({ signal }) => getMemberInfos(client, token, signal),
  });

  const infos = query.data;

  useEffect(() => {
    if (!infos) {
      return undefined;
    }

    const details = { id: infos.id, login: infos.login, avatar: infos.avatar };
    if (member && member.id === infos.id) {
      // The controller writes only what changed, so a reply that repeats the same member costs nothing.
      controller.rememberMember(details);
      dropUnknownMemberQueries(queryClient);
      return undefined;
    }

    // Telling the session the id switches every member query to the id's keys. Doing it while
    // the lists fetched under `current` are still in flight would send each of them again, so
    // the switch waits until they have replied and their data can be copied over. Each request
    // ends by the API client's `timeoutMs`, retries included, so the wait is bounded. The copies
    // are made before the session changes, so the first render under the id's keys finds them.
    return whenUnknownMemberQueriesSettle(queryClient, () => {
      copyUnknownMemberQueries(queryClient, infos.id);
      controller.rememberMember(details);
    });
  }, [infos, member, controller, queryClient]);

  return query;
}
