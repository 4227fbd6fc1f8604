import type { InfiniteData, QueryKey } from '@tanstack/react-query';
import type { Show } from '../../api/types';
import { MEMBER_SHOWS_QUERY } from '../Shows/memberShowsQueryKey';
import type { ShowsPage } from '../Shows/showsPaging';

/**
 * Changes to cached data after the member follows, unfollows or archives a show, for
 * `updateMemberQueries`: the show is updated wherever a screen cached it (its details, My shows,
 * search results), and an unfollowed show leaves My shows at once.
 */

type DataChange = (queryKey: QueryKey, data: unknown) => unknown;

/** Lists and objects nested deeper than this are left alone; the app's query data is 3 to 4 levels deep. */
const MAX_DEPTH = 5;

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    return false;
  }

  const prototype = Object.getPrototypeOf(value) as unknown;
  return prototype === Object.prototype || prototype === null;
}

/** True for the shape `src/api` gives every show (`Show`). */
function isShow(value: Record<string, unknown>): boolean {
  return (
    typeof value.id === 'number' &&
    typeof value.title === 'string' &&
    typeof value.inAccount === 'boolean' &&
    isPlainObject(value.images)
  );
}

function patchValue(value: unknown, showId: number, update: (show: Show) => Show, depth: number): unknown {
  if (depth > MAX_DEPTH) {
    return value;
  }

  if (Array.isArray(value)) {
    let changed = false;
    const next = value.map((item) => {
      const patched = patchValue(item, showId, update, depth + 1);
      changed = changed || patched !== item;
      return patched;
    });

    return changed ? next : value;
  }

  if (!isPlainObject(value)) {
    return value;
  }

  if (isShow(value)) {
    return value.id === showId ? update(value as unknown as Show) : value;
  }

  let copy: Record<string, unknown> | null = null;
  for (const key of Object.keys(value)) {
    const item = value[key];
    const patched = patchValue(item, showId, update, depth + 1);

    if (patched !== item) {
      copy = copy ?? { ...value };
      copy[key] = patched;
    }
  }

  return copy ?? value;
}

/** Returns the change that applies `update` to the show with `showId` in any cached data. */
export function showEverywhereChange(showId: number, update: (show: Show) => Show): DataChange {
  return (_queryKey, data) => patchValue(data, showId, update, 0);
}

function isShowsPages(data: unknown): data is InfiniteData<ShowsPage> {
  return Boolean(data) && Array.isArray((data as InfiniteData<ShowsPage>).pages);
}

/** Returns the change that takes the show out of every cached list of My shows. */
export function leaveMemberShowsChange(showId: number): DataChange {
  return (queryKey, data) => {
    if (queryKey[2] !== MEMBER_SHOWS_QUERY || !isShowsPages(data)) {
      return data;
    }

    let changed = false;
    const pages = data.pages.map((page) => {
      if (!page.shows.some((show) => show.id === showId)) {
        return page;
      }

      changed = true;
      return { ...page, shows: page.shows.filter((show) => show.id !== showId), total: Math.max(0, page.total - 1) };
    });

    return changed ? { ...data, pages } : data;
  };
}

/** Returns the show followed; its progress comes with the refetch that follows the change. */
export function markFollowed(show: Show): Show {
  return show.inAccount ? show : { ...show, inAccount: true };
}

/** Returns the show unfollowed and without the member's progress, as the API sends an unfollowed show without `user`. */
export function markUnfollowed(show: Show): Show {
  return { ...show, inAccount: false, user: null };
}

/** Returns the update that archives a followed show, or takes it out of the archive. */
export function markArchived(archived: boolean): (show: Show) => Show {
  return (show) => (show.user && show.user.archived !== archived ? { ...show, user: { ...show.user, archived } } : show);
}
