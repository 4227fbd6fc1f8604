import type { ApiClient } from './client';
import { requireArray, toInt } from './parse';
import { parseShowList } from './parseShow';
import type { MemberShowsPage, Show } from './types';

export type MemberShowsOrder = 'alphabetical' | 'last_seen' | 'progression' | 'remaining_episodes' | 'next_date';
export type MemberShowsStatus = 'current' | 'active' | 'archived' | 'completed' | 'not_started';

export interface MemberShowsParams {
  order?: MemberShowsOrder;
  /** Shows per page, at most `MAX_MEMBER_SHOWS_LIMIT`. */
  limit?: number;
  offset?: number;
  status?: MemberShowsStatus;
}

/** The largest `limit` that `shows/member` accepts. */
export const MAX_MEMBER_SHOWS_LIMIT = 200;

interface FetchedPage {
  page: MemberShowsPage;
  /** Entries in the raw `shows` array, before unusable ones were dropped. */
  rawCount: number;
  /** `total` as sent, or null when the reply has none. */
  reportedTotal: number | null;
}

function validateLimit(limit: number | undefined): number | undefined {
  if (limit === undefined) {
    return undefined;
  }

  if (!Number.isInteger(limit) || limit < 1) {
    throw new RangeError(`Invalid limit: ${limit}. Pass an integer from 1 to ${MAX_MEMBER_SHOWS_LIMIT}.`);
  }

  return Math.min(limit, MAX_MEMBER_SHOWS_LIMIT);
}

async function fetchPage(client: ApiClient, token: string, params: MemberShowsParams, signal?: AbortSignal): Promise<FetchedPage> {
  const offset = params.offset;
  if (offset !== undefined && (!Number.isInteger(offset) || offset < 0)) {
    throw new RangeError(`Invalid offset: ${offset}. Pass an integer of 0 or more.`);
  }

  const reply = await client.request({
    method: 'GET',
    path: '/shows/member',
    token,
    signal,
    params: { order: params.order, limit: validateLimit(params.limit), offset, status: params.status },
  });

  const rawShows = requireArray(reply, 'shows', 'GET /shows/member');
  const shows = parseShowList(rawShows);
  const reportedTotal = toInt(reply.total, -1);

  return {
    page: {
      shows,
      total: reportedTotal >= 0 ? reportedTotal : shows.length,
      totalMissingShows: toInt(reply.totalMissingShows),
    },
    rawCount: rawShows.length,
    reportedTotal: reportedTotal >= 0 ? reportedTotal : null,
  };
}

/** Fetches one page of the member's shows (`GET /shows/member`). A `limit` above 200 is lowered to 200. */
export async function listMemberShows(
  client: ApiClient,
  token: string,
  params: MemberShowsParams = {},
  signal?: AbortSignal,
): Promise<MemberShowsPage> {
  const fetched = await fetchPage(client, token, params, signal);

  return fetched.page;
}

/**
 * Fetches every show of the member by paging through `offset`, 200 at a time. It stops at an
 * empty page, once `total` shows are collected (or at a short page when the API sends no
 * total), and when a page brings no new id, which guards against a server that ignores
 * `offset`. Shows that appear on two pages are kept once.
 */
export async function listAllMemberShows(
  client: ApiClient,
  token: string,
  params: Pick<MemberShowsParams, 'order' | 'status'> = {},
  signal?: AbortSignal,
): Promise<MemberShowsPage> {
  const shows: Show[] = [];
  const seenIds = new Set<number>();
  let offset = 0;
  let last: FetchedPage;

  for (;;) {
    last = await fetchPage(client, token, { ...params, limit: MAX_MEMBER_SHOWS_LIMIT, offset }, signal);

    let added = 0;
    for (const show of last.page.shows) {
      if (!seenIds.has(show.id)) {
        seenIds.add(show.id);
        shows.push(show);
        added += 1;
      }
    }

    if (last.rawCount === 0 || added === 0) {
      break;
    }

    const complete =
      last.reportedTotal !== null ? shows.length >= last.reportedTotal : last.rawCount < MAX_MEMBER_SHOWS_LIMIT;
    if (complete) {
      break;
    }

    offset += last.rawCount;
  }

  return {
    shows,
    total: last.reportedTotal ?? shows.length,
    totalMissingShows: last.page.totalMissingShows,
  };
}
