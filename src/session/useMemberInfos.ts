import { useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { getMemberInfos } from '../api/members';
import { memberQueryKey, UNKNOWN_MEMBER } from './memberQueryKey';
import { useSession, useSignedInSession } from './useSession';

/**
 * Copies what was cached under `['member', 'current', …]` (before the id was known) to the
 * member's own keys, so learning the id does not fetch everything a second time.
 */
function adoptUnknownMemberQueries(queryClient: QueryClient, memberId: number): void {
  const cached = queryClient.getQueriesData({ queryKey: ['member', UNKNOWN_MEMBER] });

  for (const [queryKey, data] of cached) {
    if (data !== undefined) {
      queryClient.setQueryData(memberQueryKey(memberId, ...queryKey.slice(2)), data);
    }
  }

  queryClient.removeQueries({ queryKey: ['member', UNKNOWN_MEMBER] });
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
      return;
    }

    if (!member || member.id !== infos.id) {
      adoptUnknownMemberQueries(queryClient, infos.id);
    }

    // The controller writes only what changed, so a reply that repeats the same member costs nothing.
    controller.rememberMember({ id: infos.id, login: infos.login, avatar: infos.avatar });
  }, [infos, member, controller, queryClient]);

  return query;
}
