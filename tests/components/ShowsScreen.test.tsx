import { doesFocusableExist, getCurrentFocusKey } from '@noriginmedia/norigin-spatial-navigation';
import { act, configure, fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { callApi } from '../../sandbox/testing/callApi';
import type { AppServices } from '../../src/app/appServices';
import { destroySpatialNavigation } from '../../src/tv/spatialNavigation';
import { press, settle, settleBeforePaint } from './support/keys';
import { initShowsNavigation, renderRoute, signInServices, startRecordingSandbox, type RecordingSandbox } from './support/showsHarness';

// Every step waits on real HTTP to the sandbox, which a busy test machine can slow past the 1 s default.
configure({ asyncUtilTimeout: 5_000 });

let running: RecordingSandbox;
let services: AppServices;
let token: string;

/** Colour keys as webOS and Tizen remotes send them. */
const COLOUR_KEY_CODES = { red: 403, green: 404, yellow: 405, blue: 406 } as const;

async function pressColour(colour: keyof typeof COLOUR_KEY_CODES): Promise<void> {
  await act(async () => {
    fireEvent.keyDown(window, { key: 'Unidentified', keyCode: COLOUR_KEY_CODES[colour] });
    fireEvent.keyUp(window, { key: 'Unidentified', keyCode: COLOUR_KEY_CODES[colour] });
  });
  await settle();
}

async function openShows(login: string): Promise<void> {
  ({ services, token } = await signInServices(running, login));
  renderRoute(services, { name: 'shows' });
  await waitFor(() => expect(posters().length).toBeGreaterThan(0));
  await settle();
}

function posters(): HTMLElement[] {
  return screen.queryAllByTestId('shows-poster');
}

function focusedPoster(): HTMLElement | null {
  return posters().find((poster) => poster.getAttribute('data-focused') === 'true') ?? null;
}

function titleOf(poster: HTMLElement | null | undefined): string {
  return poster?.querySelector('.show-poster__title')?.textContent ?? '';
}

function focusedIndex(): number {
  return Number(focusedPoster()?.getAttribute('data-index') ?? -1);
}

/** The shows `shows/member` returns for these parameters, straight from the sandbox. */
async function apiShows(params: Record<string, string | number>): Promise<Array<{ id: number; title: string }>> {
  const reply = await callApi(running.directUrl, '/shows/member', { token, params: { limit: 200, ...params } });
  return reply.json.shows as Array<{ id: number; title: string }>;
}

/** Returns whether the member has seen the episode, read from the sandbox. */
async function isSeen(episodeId: number): Promise<boolean> {
  const reply = await callApi(running.directUrl, '/episodes/display', { token, params: { id: episodeId } });
  return reply.json.episode.user.seen as boolean;
}

/** Returns the show's next episode to watch, read from the sandbox. */
async function nextEpisodeOf(showId: number): Promise<{ id: number; code: string }> {
  const reply = await callApi(running.directUrl, '/shows/display', { token, params: { id: showId } });
  return reply.json.show.user.next as { id: number; code: string };
}

function posterTitled(title: string): HTMLElement | undefined {
  return posters().find((poster) => titleOf(poster) === title);
}

async function apiTitles(params: Record<string, string | number>): Promise<string[]> {
  return (await apiShows(params)).map((show) => show.title);
}

beforeEach(async () => {
  window.localStorage.clear();
  running = await startRecordingSandbox();
  initShowsNavigation();
});

afterEach(async () => {
  destroySpatialNavigation();
  services?.session.dispose();
  services?.queryClient.clear();
  await running.close();
});

describe('my shows', () => {
  it('shows every show of the member as a poster, last seen first', async () => {
    await openShows('demo');

    const first = running.requestsTo('/shows/member')[0];
    expect(first?.query.get('order')).toBe('last_seen');
    expect(first?.query.get('offset')).toBe('0');
    expect(first?.query.get('limit')).toBe('40');
    expect(first?.query.has('status')).toBe(false);

    const expected = await apiTitles({ order: 'last_seen' });
    expect(posters()).toHaveLength(30);
    expect(posters().map(titleOf)).toEqual(expected);
    expect(screen.getByTestId('shows-count').textContent).toBe('1 of 30');
  });

  it('focuses the first poster once the list has loaded', async () => {
    await openShows('demo');

    expect(getCurrentFocusKey()).toBe('show-116');
    expect(titleOf(focusedPoster())).toBe('Les Ateliers');
  });

  it('draws each show with its progress and a placeholder for a missing poster', async () => {
    await openShows('demo');

    const hollowCreek = posters().find((poster) => titleOf(poster) === 'Hollow Creek');
    expect(hollowCreek?.querySelector('[data-testid="show-poster-progress"]')?.getAttribute('data-percent')).toBe('11');
    expect(hollowCreek?.textContent).toContain('23 to watch');
    expect(hollowCreek?.querySelector('img')?.getAttribute('src')).toMatch(/^http:\/\/127\.0\.0\.1:\d+\//);

    const paperLanterns = posters().find((poster) => titleOf(poster) === 'Paper Lanterns');
    expect(paperLanterns?.querySelector('img')).toBeNull();
    expect(paperLanterns?.querySelector('[data-testid="show-poster-placeholder"]')?.textContent).toBe('P');

    const finished = posters().find((poster) => titleOf(poster) === 'Les Disparus de Bréhat');
    expect(finished?.textContent).toContain('Completed');
  });

  it('moves the focus and the counter with the arrows', async () => {
    await openShows('demo');

    await press('right');
    await press('down');

    const shows = await apiShows({ order: 'last_seen' });
    expect(getCurrentFocusKey()).toBe(`show-${shows[9]?.id}`);
    expect(screen.getByTestId('shows-count').textContent).toBe('10 of 30');
    // The poster may cut a long title short; the header gives it whole.
    expect(screen.getByTestId('shows-focused-title').textContent).toBe(shows[9]?.title);
  });

  it('filters to the shows in progress from the toolbar', async () => {
    await openShows('demo');

    await press('up');
    expect(getCurrentFocusKey()).toBe('shows-filter-all');
    await press('right');
    await press('enter');
    await waitFor(() => expect(posters()).toHaveLength(20));

    const request = running.requestsTo('/shows/member').at(-1);
    expect(request?.query.get('status')).toBe('current');
    expect(posters().map(titleOf)).toEqual(await apiTitles({ order: 'last_seen', status: 'current' }));
    expect(screen.getByTestId('shows-filter-current').className).toContain('is-selected');
    // The member chose a filter: the focus stays on it while the new list loads.
    expect(getCurrentFocusKey()).toBe('shows-filter-current');
  });

  it('cycles the order with the order button', async () => {
    await openShows('demo');
    const expected = await apiTitles({ order: 'alphabetical' });

    await press('up');
    for (let step = 0; step < 5; step += 1) {
      await press('right');
    }
    expect(getCurrentFocusKey()).toBe('shows-order');
    await press('enter');
    await waitFor(() => expect(posters().map(titleOf)).toEqual(expected));

    expect(running.requestsTo('/shows/member').at(-1)?.query.get('order')).toBe('alphabetical');
    expect(screen.getByTestId('shows-order').textContent).toBe('Order: A to Z');
  });

  it('changes filter and order with the Red and Blue keys', async () => {
    await openShows('demo');
    const expected = await apiTitles({ order: 'alphabetical', status: 'current' });

    await pressColour('red');
    await waitFor(() => expect(posters()).toHaveLength(20));
    await pressColour('blue');
    await waitFor(() => expect(posters().map(titleOf)).toEqual(expected));

    expect(running.requestsTo('/shows/member').at(-1)?.query.get('status')).toBe('current');
  });

  it('says what to do when a filter is empty', async () => {
    await openShows('demo');
    for (const show of await apiShows({ status: 'archived' })) {
      await callApi(running.directUrl, '/shows/archive', { method: 'DELETE', token, params: { id: show.id } });
    }

    await pressColour('red');
    await pressColour('red');
    await pressColour('red');
    await pressColour('red');
    await waitFor(() => expect(screen.getByTestId('shows-empty').textContent).toContain('None of your shows matches this filter.'));
    await settle();

    expect(screen.getByTestId('shows-filter-archived').className).toContain('is-selected');
    await press('down');
    expect(getCurrentFocusKey()).toBe('shows-show-all');
    await press('enter');
    await waitFor(() => expect(posters()).toHaveLength(30));
  });

  it('offers Search when the member has no show', async () => {
    ({ services, token } = await signInServices(running, 'demo'));
    for (const show of await apiShows({})) {
      await callApi(running.directUrl, '/shows/show', { method: 'DELETE', token, params: { id: show.id } });
    }

    renderRoute(services, { name: 'shows' });
    await waitFor(() => expect(screen.getByTestId('shows-empty').textContent).toBe('No show yet. Open Search to add one.Open Search'));
    await settle();

    expect(getCurrentFocusKey()).toBe('shows-open-search');
    await press('enter');
    await waitFor(() => expect(document.querySelector('[data-screen="screen:search"]')).not.toBeNull());
  });

  it('shows an error with Retry, then the list once it loads', async () => {
    running.sandbox.faults.set({ path: '/shows/member', kind: 'html5xx', times: 3 });
    ({ services, token } = await signInServices(running, 'demo'));
    renderRoute(services, { name: 'shows' });

    await waitFor(() => expect(screen.getByTestId('shows-error').textContent).toContain('Your shows could not be loaded.'));
    await settle();
    expect(screen.getByTestId('shows-error').textContent).toContain('HTTP 502');
    // My shows is the first screen of this stack, so the panel has no Back button.
    expect(screen.queryByTestId('shows-error-back')).toBeNull();
    expect(getCurrentFocusKey()).toBe('shows-error-retry');

    await press('enter');
    await waitFor(() => expect(posters()).toHaveLength(30));
  });

  it('loads pages as the focus nears the end', async () => {
    await openShows('marathon');

    // The first 40 arrive alone, and the focus on the first poster requests the next 200 at once.
    await waitFor(() => expect(running.requestsTo('/shows/member')).toHaveLength(2));
    expect(running.requestsTo('/shows/member')[1]?.query.get('offset')).toBe('40');
    expect(running.requestsTo('/shows/member')[1]?.query.get('limit')).toBe('200');
    await waitFor(() => expect(document.querySelector('.tv-grid')?.getAttribute('data-item-count')).toBe('240'));
    const firstKey = getCurrentFocusKey();

    // 240 shows are loaded, so row 20 (index 160) is 80 shows from the end, which requests the next page.
    let largestMount = 0;
    for (let step = 0; step < 19; step += 1) {
      await press('down');
      largestMount = Math.max(largestMount, posters().length);
    }
    expect(focusedIndex()).toBe(152);
    expect(running.requestsTo('/shows/member')).toHaveLength(2);

    await press('down');
    expect(focusedIndex()).toBe(160);
    await waitFor(() => expect(running.requestsTo('/shows/member')).toHaveLength(3));
    expect(running.requestsTo('/shows/member')[2]?.query.get('offset')).toBe('240');
    await waitFor(() => expect(document.querySelector('.tv-grid')?.getAttribute('data-item-count')).toBe('440'));

    expect(screen.getByTestId('shows-count').textContent).toBe('161 of 2,000');
    expect(largestMount).toBeLessThanOrEqual(48);
    expect(doesFocusableExist(firstKey)).toBe(false);
  }, 30_000);

  it('marks the next episode watched with Green, then undoes it with Yellow', async () => {
    await openShows('demo');
    const next = await nextEpisodeOf(103);
    await press('right');
    expect(titleOf(focusedPoster())).toBe('Hollow Creek');
    expect(screen.getByTestId('shortcut-hints').textContent).toContain('Next episode watched');

    await pressColour('green');

    // The poster counts one episode fewer at once, before the API has replied.
    expect(posterTitled('Hollow Creek')?.textContent).toContain('22 to watch');
    await waitFor(() => expect(screen.getByTestId('watched-toast').getAttribute('data-kind')).toBe('marked'));
    expect(screen.getByTestId('watched-toast').textContent).toContain(`${next.code} of Hollow Creek marked as watched`);
    await waitFor(async () => expect(await isSeen(next.id)).toBe(true));
    expect(running.requestsTo('/episodes/watched')).toHaveLength(1);
    expect(getCurrentFocusKey()).toBe('show-103');

    // The refetch of the list, now in a new "last seen" order, leaves the poster where it was.
    await waitFor(() => expect(running.requestsTo('/shows/member').length).toBeGreaterThan(1));
    await waitFor(() => expect(posterTitled('Hollow Creek')?.textContent).toContain('22 to watch'));
    expect(focusedPoster()?.getAttribute('data-index')).toBe('1');
    expect((await apiShows({ order: 'last_seen' }))[0]?.title).toBe('Hollow Creek');

    await pressColour('yellow');
    await waitFor(() => expect(screen.getByTestId('watched-toast').getAttribute('data-kind')).toBe('unmarked'));
    await waitFor(async () => expect(await isSeen(next.id)).toBe(false));
    await waitFor(() => expect(posterTitled('Hollow Creek')?.textContent).toContain('23 to watch'));
  });

  it('marks the poster moved to with Green before the frame', async () => {
    await openShows('demo');
    const next = await nextEpisodeOf(103);

    // Right then Green in one go: the screen's state still names the first poster when Green arrives.
    act(() => {
      fireEvent.keyDown(window, { key: 'ArrowRight', keyCode: 39 });
      fireEvent.keyUp(window, { key: 'ArrowRight', keyCode: 39 });
    });
    await settleBeforePaint();
    expect(getCurrentFocusKey()).toBe('show-103');
    await pressColour('green');

    await waitFor(async () => expect(await isSeen(next.id)).toBe(true));
    expect(running.requestsTo('/episodes/watched')).toHaveLength(1);
  });

  it('puts the poster back and says why when marking fails', async () => {
    await openShows('demo');
    const next = await nextEpisodeOf(103);
    // The failure comes after a delay, so the poster shows the mark before it is put back.
    running.sandbox.faults.set({ path: '/episodes/watched', kind: 'latency', ms: 500, times: 1 });
    running.sandbox.faults.set({ path: '/episodes/watched', kind: 'html5xx', times: 1 });
    await press('right');

    await pressColour('green');
    expect(posterTitled('Hollow Creek')?.textContent).toContain('22 to watch');

    await waitFor(() => expect(screen.getByTestId('watched-toast').getAttribute('data-kind')).toBe('markFailed'));
    expect(screen.getByTestId('watched-toast').textContent).toContain('HTTP 502');
    await waitFor(() => expect(posterTitled('Hollow Creek')?.textContent).toContain('23 to watch'));
    expect(await isSeen(next.id)).toBe(false);
  });

  it('does nothing on Green for a show with nothing left to watch', async () => {
    await openShows('demo');
    expect(titleOf(focusedPoster())).toBe('Les Ateliers');
    expect(screen.getByTestId('shortcut-hints').textContent).not.toContain('Next episode watched');

    await pressColour('green');
    await settle();

    expect(screen.queryByTestId('watched-toast')).toBeNull();
    expect(running.requestsTo('/episodes/watched')).toHaveLength(0);
  });

  it('gives the focus back to the same poster after Back from a show', async () => {
    await openShows('demo');
    await press('right');
    await press('right');
    await press('down');
    const key = getCurrentFocusKey();
    const title = titleOf(focusedPoster());

    await press('enter');
    await waitFor(() => expect(screen.getByTestId('show-title').textContent).toBe(title));
    await settle();
    expect(getCurrentFocusKey()).not.toBe(key);

    await press('escape');
    await settle();

    expect(getCurrentFocusKey()).toBe(key);
    expect(titleOf(focusedPoster())).toBe(title);
    expect(screen.getByTestId('shows-count').textContent).toBe('11 of 30');
  });

  it('offers Retry in the header when a later page fails', async () => {
    await openShows('marathon');
    await waitFor(() => expect(running.requestsTo('/shows/member')).toHaveLength(2));
    await waitFor(() => expect(posters().length).toBeGreaterThan(0));
    // The next page (offset 240) fails three times: the first try and TanStack Query's two retries.
    running.sandbox.faults.set({ path: '/shows/member', kind: 'html5xx', times: 3 });

    for (let step = 0; step < 25 && !screen.queryByTestId('shows-more-error'); step += 1) {
      await press('down');
    }
    await waitFor(() => expect(screen.getByTestId('shows-more-error').textContent).toContain('HTTP 502'));
    const keyBefore = getCurrentFocusKey();
    expect(keyBefore).toMatch(/^show-\d+$/);

    for (let step = 0; step < 40 && getCurrentFocusKey() !== 'shows-more-retry'; step += 1) {
      await press('up');
    }
    expect(getCurrentFocusKey()).toBe('shows-more-retry');
    await press('enter');

    await waitFor(() => expect(screen.queryByTestId('shows-more-error')).toBeNull());
    await waitFor(() => expect(running.requestsTo('/shows/member').at(-1)?.query.get('offset')).toBe('240'));
    await waitFor(() => expect(document.querySelector('.tv-grid')?.getAttribute('data-item-count')).toBe('440'));
  }, 30_000);
});
