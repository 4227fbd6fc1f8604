import { useQuery } from '@tanstack/react-query';
import { listUnwatched, type UnwatchedParams } from '../../api/episodes';
import type { Episode, UnwatchedList, UnwatchedShow } from '../../api/types';
import { useI18n } from '../../i18n/useI18n';
import { memberQueryKey } from '../../session/memberQueryKey';
import { useSignedInSession } from '../../session/useSession';
import { UNWATCHED_QUERY } from '../common/watchedCacheUpdates';

/**
 * One episode per show, in BetaSeries' "smart" order (the shows the member is most likely to
 * continue come first).
 * NOTE: only the first page is fetched, so the row contains at most `showsLimit` shows (API
 * default 50). A member following more gets the first 50 until the row pages through `page`.
 */
const TO_WATCH_PARAMS: UnwatchedParams = { order: 'smart', limit: 1 };

export interface NextEpisode {
  show: UnwatchedShow;
  episode: Episode;
}

/**
 * Fetches the member's next episode of each show. Keyed by locale too, because episode titles come
 * translated (`locale=`) and a language change must fetch them again.
 */
export function useToWatchList() {
  const { token, member, client } = useSignedInSession();
  const { locale } = useI18n();

  return useQuery({
    queryKey: memberQueryKey(member?.id ?? null, UNWATCHED_QUERY, TO_WATCH_PARAMS, locale),
    queryFn: ({ signal }) => listUnwatched(client, token, TO_WATCH_PARAMS, signal),
    select: selectNextEpisodes,
  });
}

export type ToWatchQuery = ReturnType<typeof useToWatchList>;

/** Keeps one entry per show that has an unwatched episode. (No `flatMap`, because it needs Chrome 69.) */
function selectNextEpisodes(list: UnwatchedList): NextEpisode[] {
  const items: NextEpisode[] = [];

  for (const show of list.shows) {
    const episode = show.unseen[0];
    if (episode) {
      items.push({ show, episode });
    }
  }

  return items;
}
