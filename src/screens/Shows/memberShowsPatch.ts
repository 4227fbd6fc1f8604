import type { InfiniteData, QueryKey } from '@tanstack/react-query';
import type { Show } from '../../api/types';
import { MEMBER_SHOWS_QUERY } from './memberShowsQueryKey';
import type { ShowsPage } from './showsPaging';

/**
 * Returns `show` as it reads once one more of its released episodes is seen: one episode fewer
 * left and the share seen raised. The share is an estimate from the rounded percent the API
 * sends, and the next episode stays unknown (null) until the list is fetched again.
 */
export function withOneMoreEpisodeSeen(show: Show): Show {
  const user = show.user;
  if (!user || user.remaining <= 0) {
    return show;
  }

  // `progressPercent` = seen / released, and released = seen + remaining.
  const unseenShare = 1 - user.progressPercent / 100;
  const released = unseenShare > 0 ? user.remaining / unseenShare : user.remaining;
  const seen = released - user.remaining + 1;
  const progressPercent = Math.min(100, Math.max(user.progressPercent, Math.round((seen / released) * 100)));

  return { ...show, user: { ...user, remaining: user.remaining - 1, progressPercent, next: null } };
}

function isShowsPages(data: unknown): data is InfiniteData<ShowsPage> {
  return Boolean(data) && Array.isArray((data as InfiniteData<ShowsPage>).pages);
}

/**
 * Returns the change, for `updateMemberQueries`, that applies `update` to the show with `showId`
 * in every cached list of My shows. Lists without the show are returned as they were.
 */
export function memberShowsChange(showId: number, update: (show: Show) => Show): (queryKey: QueryKey, data: unknown) => unknown {
  return (queryKey, data) => {
    if (queryKey[2] !== MEMBER_SHOWS_QUERY || !isShowsPages(data)) {
      return data;
    }

    let changed = false;
    const pages = data.pages.map((page) => {
      const index = page.shows.findIndex((show) => show.id === showId);
      const current = page.shows[index];
      if (!current) {
        return page;
      }

      const next = update(current);
      if (next === current) {
        return page;
      }

      changed = true;
      const shows = page.shows.slice();
      shows[index] = next;
      return { ...page, shows };
    });

    return changed ? { ...data, pages } : data;
  };
}
