import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { searchShows } from '../../api/shows';
import type { Locale } from '../../i18n/locale';
import { useI18n } from '../../i18n/useI18n';
import { memberQueryKey } from '../../session/memberQueryKey';
import { useSignedInSession } from '../../session/useSession';
import { useDebouncedValue } from './useDebouncedValue';

/** Delay after the last key press before searching, in ms: about the pause between two presses on a remote. */
export const SEARCH_DEBOUNCE_MS = 300;

/** Shorter texts match too much of the catalogue to be useful. */
export const MIN_SEARCH_LENGTH = 2;

/** Results per search (`nbpp`). */
export const SEARCH_RESULTS_PER_PAGE = 20;

/** The part of the query key under which every search is cached. */
export const SEARCH_QUERY = 'search';

/** Trims the text and collapses its spaces, so "dark " and "dark" are one search. */
export function normalizeSearchText(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

export function searchQueryKey(memberId: number | null, title: string, locale: Locale): unknown[] {
  return memberQueryKey(memberId, SEARCH_QUERY, { title, perPage: SEARCH_RESULTS_PER_PAGE }, locale);
}

/**
 * Searches shows by title (`GET /shows/search`) as the member types: `SEARCH_DEBOUNCE_MS` after the
 * last change, once the text has `MIN_SEARCH_LENGTH` characters. A request still in flight when
 * the text changes is aborted, because TanStack Query cancels a query that lost its observer once
 * its `signal` was read. The previous results stay on screen while the next ones load.
 */
export function useShowSearch(text: string) {
  const { token, member, client } = useSignedInSession();
  const { locale } = useI18n();

  const title = useDebouncedValue(normalizeSearchText(text), SEARCH_DEBOUNCE_MS);
  const enabled = title.length >= MIN_SEARCH_LENGTH;

  const query = useQuery({
    queryKey: searchQueryKey(member?.id ?? null, title, locale),
    queryFn: ({ signal }) => searchShows(client, token, { title, perPage: SEARCH_RESULTS_PER_PAGE }, signal),
    enabled,
    placeholderData: keepPreviousData,
  });

  return { query, title, enabled };
}
