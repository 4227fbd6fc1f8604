import { useQuery } from '@tanstack/react-query';
import { listShowEpisodes } from '../../api/shows';
import { useI18n } from '../../i18n/useI18n';
import { useSignedInSession } from '../../session/useSession';
import { showQueryKey } from './showQueryKeys';

/**
 * Fetches the episodes of one season with their watched state (`shows/episodes`), or waits
 * while `season` is null (the seasons are not known yet). Keyed by locale for the titles.
 */
export function useSeasonEpisodes(showId: number, season: number | null) {
  const { token, member, client } = useSignedInSession();
  const { locale } = useI18n();

  return useQuery({
    queryKey: showQueryKey(member?.id ?? null, showId, 'episodes', season, locale),
    queryFn: ({ signal }) => listShowEpisodes(client, token, showId, season ?? undefined, signal),
    enabled: season !== null,
  });
}
