import { useQuery } from '@tanstack/react-query';
import { listMemberMovies, MAX_MEMBER_MOVIES_LIMIT, type MemberMoviesParams } from '../../api/movies';
import { useI18n } from '../../i18n/useI18n';
import type { Locale } from '../../i18n/locale';
import { memberQueryKey } from '../../session/memberQueryKey';
import { useSignedInSession } from '../../session/useSession';

/**
 * Films the member still has to watch (state 0).
 * NOTE: only the first 1,000 films are fetched, the most `movies/member` sends in one call; a
 * longer list would need paging through `start`.
 */
export const MOVIES_TO_WATCH_PARAMS: MemberMoviesParams = { state: 0, limit: MAX_MEMBER_MOVIES_LIMIT };

/** Builds the cache key of the films to watch. It includes the locale, because synopses and genres come translated. */
export function moviesToWatchQueryKey(memberId: number | null, locale: Locale): unknown[] {
  return memberQueryKey(memberId, 'movies', MOVIES_TO_WATCH_PARAMS, locale);
}

/** Fetches the member's films to watch (`GET /movies/member?state=0`). */
export function useMoviesToWatch() {
  const { token, member, client } = useSignedInSession();
  const { locale } = useI18n();

  return useQuery({
    queryKey: moviesToWatchQueryKey(member?.id ?? null, locale),
    queryFn: ({ signal }) => listMemberMovies(client, token, MOVIES_TO_WATCH_PARAMS, signal),
  });
}
