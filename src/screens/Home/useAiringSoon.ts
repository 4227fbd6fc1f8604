import { useQuery } from '@tanstack/react-query';
import { useI18n } from '../../i18n/useI18n';
import { memberQueryKey } from '../../session/memberQueryKey';
import { useSignedInSession } from '../../session/useSession';
import { AIRING_SOON_QUERY } from '../common/watchedCacheUpdates';
import { fetchAiringSoon } from './fetchAiringSoon';

/**
 * Fetches the member's episodes airing soon, once `enabled`: Home waits for its first row, so
 * that row gets a slow TV connection to itself. Keyed by locale, as titles come translated.
 */
export function useAiringSoon(enabled: boolean) {
  const { token, member, client } = useSignedInSession();
  const { locale } = useI18n();

  return useQuery({
    queryKey: memberQueryKey(member?.id ?? null, AIRING_SOON_QUERY, locale),
    queryFn: ({ signal }) => fetchAiringSoon(client, token, signal),
    enabled,
  });
}

export type AiringSoonQuery = ReturnType<typeof useAiringSoon>;
