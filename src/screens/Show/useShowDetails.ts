import { useQuery } from '@tanstack/react-query';
import { getShow } from '../../api/shows';
import { useI18n } from '../../i18n/useI18n';
import { useSignedInSession } from '../../session/useSession';
import { showQueryKey } from './showQueryKeys';

/** Fetches one show with the member's progress (`shows/display`). Keyed by locale, because the description and genres come translated. */
export function useShowDetails(showId: number) {
  const { token, member, client } = useSignedInSession();
  const { locale } = useI18n();

  return useQuery({
    queryKey: showQueryKey(member?.id ?? null, showId, 'details', locale),
    queryFn: ({ signal }) => getShow(client, token, showId, signal),
  });
}
