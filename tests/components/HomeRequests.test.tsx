import { InfiniteQueryObserver } from '@tanstack/react-query';
import { act, configure, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { listMemberShows } from '../../src/api/memberShows';
import { memberShowsQueryKey } from '../../src/screens/Shows/memberShowsQueryKey';
import { nextPageOffset, pageLimit, type ShowsPage } from '../../src/screens/Shows/showsPaging';
import { destroySpatialNavigation } from '../../src/tv/spatialNavigation';
import { renderHomeApp, startHomeHarness, type HomeHarness } from './support/homeHarness';
import { pressColour } from './support/homeKeys';
import { initHomeNavigation } from './support/homeLayout';
import { settle } from './support/keys';

// The real sandbox replies in tens of ms, but a loaded two-core machine can take a second or more.
configure({ asyncUtilTimeout: 5_000 });

/** Long enough for a refetch started by the mark to reach the sandbox. */
const QUIET_MS = 500;

let harness: HomeHarness;

function cards(): HTMLElement[] {
  return screen.queryAllByTestId('to-watch-card');
}

async function openHome(): Promise<void> {
  renderHomeApp(harness);
  await waitFor(() => expect(cards().length).toBeGreaterThan(0));
  await waitFor(() => expect(screen.getByTestId('member-login').textContent).toContain('marathon'));
  await settle();
}

async function waitQuiet(): Promise<void> {
  await act(async () => {
    await new Promise((resolve) => setTimeout(resolve, QUIET_MS));
  });
}

/**
 * Loads `pages` pages of My shows in an observer that stays subscribed, as the My shows screen
 * does while another screen covers it, and returns the observer's unsubscription.
 */
async function loadMyShowsPages(memberId: number, pages: number): Promise<{ queryKey: unknown[]; stop: () => void }> {
  const { queryClient, client } = harness.services;
  const queryKey = memberShowsQueryKey(memberId, { status: 'all', order: 'last_seen' }, 'en');
  const observer = new InfiniteQueryObserver(queryClient, {
    queryKey,
    queryFn: async ({ pageParam, signal }): Promise<ShowsPage> => {
      const limit = pageLimit(pageParam);
      const page = await listMemberShows(client, harness.token, { order: 'last_seen', offset: pageParam, limit }, signal);
      return { offset: pageParam, limit, shows: page.shows, total: page.total };
    },
    initialPageParam: 0,
    getNextPageParam: nextPageOffset,
  });
  const stop = observer.subscribe(() => undefined);

  await waitFor(() => expect(observer.getCurrentResult().data?.pages).toHaveLength(1));
  for (let loaded = 1; loaded < pages; loaded += 1) {
    await observer.fetchNextPage();
  }
  expect(observer.getCurrentResult().data?.pages).toHaveLength(pages);

  return { queryKey, stop };
}

beforeEach(async () => {
  window.localStorage.clear();
  harness = await startHomeHarness('marathon');
  initHomeNavigation();
});

afterEach(async () => {
  destroySpatialNavigation();
  await harness.close();
});

describe('requests of Home', () => {
  it('sends each Home request once', async () => {
    // Lists slower than members/infos: the member id arrives while both lists are in flight.
    harness.sandbox.faults.set({ path: '/episodes/list', kind: 'latency', ms: 300 });

    await openHome();
    await waitFor(() => expect(screen.queryAllByTestId('airing-card').length).toBeGreaterThan(0));
    await waitQuiet();

    expect(harness.requestsTo('/members/infos')).toHaveLength(1);
    // `marathon` has airing-soon episodes in more than 200 shows, so that row reads several pages.
    const lists = harness.requestsTo('/episodes/list').map((request) => request.params.toString());
    expect(lists.filter((params) => !params.includes('released=2'))).toHaveLength(1);
    expect(lists.filter((params) => params.includes('released=2')).length).toBeGreaterThan(1);
    expect(new Set(lists).size).toBe(lists.length);
  });

  it('leaves My shows pages unfetched after a mark', async () => {
    await openHome();
    // The session learns the id once Home's first lists have replied (decision 0009).
    await waitFor(() => expect(harness.services.session.getMembers()[0]?.id).toEqual(expect.any(Number)));
    const memberId = Number(harness.services.session.getMembers()[0]?.id);
    const myShows = await loadMyShowsPages(memberId, 3);
    const requestsBefore = harness.requests.length;

    await pressColour('green');
    await waitFor(() => expect(harness.requestsTo('/episodes/watched', 'POST')).toHaveLength(1));
    await waitFor(() => expect(screen.getByTestId('watched-toast').getAttribute('data-kind')).toBe('marked'));
    await waitQuiet();

    const afterMark = harness.requests.slice(requestsBefore).map((request) => `${request.method} ${request.path}`);
    expect(afterMark.filter((request) => request === 'GET /shows/member')).toEqual([]);
    expect(afterMark.filter((request) => request === 'GET /members/infos')).toHaveLength(1);
    expect(harness.services.queryClient.getQueryState(myShows.queryKey)?.isInvalidated).toBe(true);

    myShows.stop();
  });
});
