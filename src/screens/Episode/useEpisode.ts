import { useQuery } from '@tanstack/react-query';
import { getEpisode } from '../../api/episodes';
import { useI18n } from '../../i18n/useI18n';
import { memberQueryKey } from '../../session/memberQueryKey';
import { useSignedInSession } from '../../session/useSession';

export const EPISODE_QUERY = 'episode';

/** Fetches one episode with the member's watched state (`episodes/display`). Keyed by locale, as texts come translated. */
export function useEpisode(episodeId: number) {
  const { token, member, client } = useSignedInSession();
  const { locale } = useI18n();

  return useQuery({
    queryKey: memberQueryKey(member?.id ?? null, EPISODE_QUERY, episodeId, locale),
    queryFn: ({ signal }) => getEpisode(client, token, episodeId, signal),
  });
}
