import { useInfiniteQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { listMemberShows } from '../../api/memberShows';
import type { Show } from '../../api/types';
import { useI18n } from '../../i18n/useI18n';
import { useSignedInSession } from '../../session/useSession';
import { memberShowsQueryKey } from './memberShowsQueryKey';
import { findFilter, findOrder, type ShowsFilter, type ShowsOrder } from './showsFilters';
import { keepShowOrder } from './keepShowOrder';
import { flattenShowPages, nextPageOffset, pageLimit, type ShowsPage } from './showsPaging';

interface ShownList {
  /** Filter, order and locale of the list. */
  listId: string;
  /** The pages it was built from. */
  pages: readonly ShowsPage[] | undefined;
  shows: Show[];
}

/**
 * Fetches the member's shows for a filter and an order, one page at a time through `offset`
 * (`shows/member` returns at most 200 a call). Only the first page is requested at once, and
 * the screen requests the next with `fetchNextPage` as the focus nears the end. Keyed by locale
 * too, because genres and descriptions come translated.
 */
export function useMemberShows(filter: ShowsFilter, order: ShowsOrder) {
  const { token, member, client } = useSignedInSession();
  const { locale } = useI18n();

  const status = findFilter(filter).status;
  const apiOrder = findOrder(order).apiOrder;

  const query = useInfiniteQuery({
    queryKey: memberShowsQueryKey(member?.id ?? null, { status: status ?? 'all', order: apiOrder }, locale),
    queryFn: async ({ pageParam, signal }): Promise<ShowsPage> => {
      const limit = pageLimit(pageParam);
      const page = await listMemberShows(client, token, { status, order: apiOrder, offset: pageParam, limit }, signal);

      return { offset: pageParam, limit, shows: page.shows, total: page.total };
    },
    initialPageParam: 0,
    getNextPageParam: nextPageOffset,
  });

  const pages = query.data?.pages;
  const listId = `${filter}|${order}|${locale}`;

  // The list as last shown, so a refetch of the same list keeps its order (see `keepShowOrder`).
  // It is derived during render, React's pattern for state that follows a changed input.
  const [shown, setShown] = useState<ShownList>({ listId, pages: undefined, shows: [] });
  let shows = shown.shows;
  if (shown.listId !== listId || shown.pages !== pages) {
    const fresh = flattenShowPages(pages ?? []);
    shows = shown.listId === listId ? keepShowOrder(shown.shows, fresh) : fresh;
    setShown({ listId, pages, shows });
  }

  const lastPage = pages?.[pages.length - 1];

  return {
    query,
    shows,
    /** Shows matching the filter, loaded or not; 0 before the first reply. */
    total: lastPage ? Math.max(lastPage.total, shows.length) : 0,
  };
}
