import { MAX_MEMBER_SHOWS_LIMIT } from '../../api/memberShows';
import type { Show } from '../../api/types';

/** Shows in the first request: five rows of the grid, so the screen fills fast on a slow TV. */
export const FIRST_PAGE_SIZE = 40;

/**
 * Distance, in shows, from the focus to the end of the loaded list at which the next page is
 * requested: ten rows of eight, which a held key crosses in about 1.2 s at one row per 120 ms.
 */
export const LOAD_AHEAD_SHOWS = 80;

/** One reply of `shows/member`, with the paging it was requested with. */
export interface ShowsPage {
  offset: number;
  limit: number;
  shows: Show[];
  /** Shows matching the filter across all pages, as the reply states. */
  total: number;
}

/** Returns how many shows to request at `offset`: a small first page, then the API's maximum. */
export function pageLimit(offset: number): number {
  return offset === 0 ? FIRST_PAGE_SIZE : MAX_MEMBER_SHOWS_LIMIT;
}

function bringsNewShows(lastPage: ShowsPage, earlierPages: readonly ShowsPage[]): boolean {
  const earlierIds = new Set<number>();
  for (const page of earlierPages) {
    for (const show of page.shows) {
      earlierIds.add(show.id);
    }
  }

  return lastPage.shows.some((show) => !earlierIds.has(show.id));
}

/**
 * Returns the offset of the page after `lastPage`, or undefined once every show is loaded: the
 * offsets reach `total`, a page comes back empty, or a page brings no new show. The last check
 * stops the paging against a server that ignores `offset`, which would otherwise never end.
 */
export function nextPageOffset(lastPage: ShowsPage, allPages: readonly ShowsPage[]): number | undefined {
  const offset = lastPage.offset + lastPage.limit;

  if (lastPage.shows.length === 0 || offset >= lastPage.total) {
    return undefined;
  }

  if (allPages.length > 1 && !bringsNewShows(lastPage, allPages.slice(0, -1))) {
    return undefined;
  }

  return offset;
}

/** Returns the shows of every page in order, each once: a show that moved between two requests appears on both. */
export function flattenShowPages(pages: readonly ShowsPage[]): Show[] {
  const shows: Show[] = [];
  const seenIds = new Set<number>();

  for (const page of pages) {
    for (const show of page.shows) {
      if (!seenIds.has(show.id)) {
        seenIds.add(show.id);
        shows.push(show);
      }
    }
  }

  return shows;
}

/** True when the focus at `focusedIndex` is close enough to the end of what is loaded to request more. */
export function shouldLoadMore(focusedIndex: number, loadedCount: number): boolean {
  return focusedIndex >= loadedCount - LOAD_AHEAD_SHOWS;
}
