import { useQuery } from '@tanstack/react-query';
import { listShowSeasons } from '../../api/shows';
import { useSignedInSession } from '../../session/useSession';
import { showQueryKey } from './showQueryKeys';

/** Fetches a show's seasons with whether the member saw each one entirely (`shows/seasons`). */
export function useShowSeasons(showId: number) {
  const { token, member, client } = useSignedInSession();

  return useQuery({
    queryKey: showQueryKey(member?.id ?? null, showId, 'seasons'),
    queryFn: ({ signal }) => listShowSeasons(client, token, showId, signal),
  });
}
