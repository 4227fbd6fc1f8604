import { useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { getMemberInfos } from '../api/members';
import { memberQueryKey, UNKNOWN_MEMBER } from './memberQueryKey';
import { useSession, useSignedInSession } from './useSession';

const UNKNOWN_MEMBER_KEY = ['member', UNKNOWN_MEMBER];

/**
 * Calls `callback` once no query under `['member', 'current', …]` is fetching: at once when none
 * is, else after the last of them settles (with data or an error). Returns the cancellation.
 */
function whenUnknownMemberQueriesSettle(queryClient: QueryClient, callback: () => void): () => void {
  const isSettled = () => queryClient.isFetching({ queryKey: UNKNOWN_MEMBER_KEY }) === 0;

  if (isSettled()) {
    callback();
    return () => undefined;
  }

  const unsubscribe = queryClient.getQueryCache().subscribe(() => {
    if (!isSettled()) {
      return;
    }

    unsubscribe();
    callback();
  });

  return unsubscribe;
}

/**
 * Copies what was cached under `['member', 'current', …]` (before the id was known) to the
 * member's own keys, so learning the id does not fetch everything a second time.
 */
function adoptUnknownMemberQueries(queryClient: QueryClient, memberId: number): void {
  const cached = queryClient.getQueriesData({ queryKey: UNKNOWN_MEMBER_KEY });

  for (const [queryKey, data] of cached) {
    if (data !== undefined) {
      queryClient.setQueryData(memberQueryKey(memberId, ...queryKey.slice(2)), data);
    }
  }

  queryClient.removeQueries({ queryKey: UNKNOWN_MEMBER_KEY });
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
      return undefined;
    }

    // Telling the session the id switches every member query to the id's keys. Doing it while
    // the lists fetched under `current` are still in flight would send each of them again, so
    // the switch waits until they have replied and their data can be copied over. The wait is
    // bounded: every request ends by the API client's `timeoutMs`, retries included.
    return whenUnknownMemberQueriesSettle(queryClient, () => {
      adoptUnknownMemberQueries(queryClient, infos.id);
      controller.rememberMember(details);
    });
  }, [infos, member, controller, queryClient]);

  return query;
}
