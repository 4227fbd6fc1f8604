import { getCurrentFocusKey } from '@noriginmedia/norigin-spatial-navigation';
import { configure, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { destroySpatialNavigation } from '../../src/tv/spatialNavigation';
import { startHomeHarness, renderHomeApp, type HomeHarness } from './support/homeHarness';
import { initHomeNavigation } from './support/homeLayout';
import { press, settle } from './support/keys';

// The real sandbox replies in tens of ms, but a loaded two-core machine can take a second or more.
configure({ asyncUtilTimeout: 5_000 });

let harness: HomeHarness;
let leaveCount: number;

interface ApiShow {
  id: number;
  title: string;
  unseen: Array<{ id: number; code: string; date: string }>;
}

function cards(testId = 'to-watch-card'): HTMLElement[] {
  return screen.queryAllByTestId(testId);
}

function focusedIndex(testId = 'to-watch-card'): number | null {
  const focused = cards(testId).find((card) => card.getAttribute('data-focused') === 'true');
  return focused ? Number(focused.getAttribute('data-index')) : null;
}

async function openHome(): Promise<void> {
  renderHomeApp(harness, () => {
    leaveCount += 1;
  });
  await waitFor(() => expect(cards().length).toBeGreaterThan(0));
  await waitFor(() => expect(cards('airing-card').length).toBeGreaterThan(0));
  await settle();
}

beforeEach(async () => {
  window.localStorage.clear();
  leaveCount = 0;
  harness = await startHomeHarness();
  initHomeNavigation();
});

afterEach(async () => {
  destroySpatialNavigation();
  await harness.close();
});

describe('home screen', () => {
  it('shows the next episode of each show in smart order', async () => {
    const reply = await harness.call('/episodes/list', { params: { order: 'smart', limit: 1 } });
    const shows = reply.json.shows as ApiShow[];

    await openHome();

    const first = shows[0] as ApiShow;
    expect(cards()[0]?.textContent).toContain(first.title);
    expect(cards()[0]?.textContent).toContain(first.unseen[0]?.code);
    expect(getCurrentFocusKey()).toBe(`to-watch-card-${first.id}`);
  });

  it('lists airing soon episodes soonest first', async () => {
    const reply = await harness.call('/episodes/list', { params: { released: 2, limit: 1 } });
    const dates = (reply.json.shows as ApiShow[]).map((show) => show.unseen[0]?.date ?? '').sort();

    await openHome();

    const firstAiring = (reply.json.shows as ApiShow[]).find((show) => show.unseen[0]?.date === dates[0]) as ApiShow;
    expect(cards('airing-card')[0]?.getAttribute('aria-label')).toContain(firstAiring.unseen[0]?.code);
    expect(cards('airing-card')[0]?.textContent).toMatch(/today|tomorrow|in \d days|[A-Z][a-z]{2} \d{1,2}/);
  });

  it('waits for To watch before loading Airing soon', async () => {
    await openHome();

    const lists = harness.requestsTo('/episodes/list');
    const firstAiring = lists.findIndex((request) => request.params.get('released') === '2');
    expect(lists[0]?.params.get('order')).toBe('smart');
    expect(firstAiring).toBeGreaterThan(0);
    expect(lists.slice(firstAiring).every((request) => request.params.get('released') === '2')).toBe(true);
  });

  it('shows the member counters', async () => {
    const infos = await harness.call('/members/infos');

    await openHome();

    await waitFor(() => expect(screen.getByTestId('home-episodes-to-watch').textContent).toContain(String(infos.json.member.stats.episodes_to_watch)));
    expect(screen.getByTestId('home-time-left').textContent).toMatch(/\d+ d \d+ h/);
  });

  it('goes down to Airing soon and back up to the same card', async () => {
    await openHome();
    await press('right');
    await press('right');

    await press('down');
    expect(focusedIndex('airing-card')).toBe(0);
    expect(focusedIndex()).toBeNull();

    await press('up');
    expect(focusedIndex()).toBe(2);
  });

  it('restores the card after Episode and Back', async () => {
    await openHome();
    await press('right');
    await press('right');
    const title = cards()[2]?.getAttribute('aria-label') ?? '';

    await press('enter');
    await waitFor(() => expect(screen.getByTestId('episode-title')).toBeTruthy());
    expect(title).toContain(screen.getByTestId('episode-code').textContent ?? '-');

    await press('escape');
    await settle();
    expect(focusedIndex()).toBe(2);
    expect(leaveCount).toBe(0);
  });

  it('leaves the app on Back from Home for a single member', async () => {
    await openHome();

    await press('escape');

    expect(leaveCount).toBe(1);
    expect(cards().length).toBeGreaterThan(0);
  });

  it('shows Retry and loads the row again when it fails', async () => {
    harness.sandbox.faults.set({ path: '/episodes/list', kind: 'html5xx' });
    renderHomeApp(harness);

    await waitFor(() => expect(screen.getByTestId('to-watch-error')).toBeTruthy(), { timeout: 8_000 });
    await settle();
    expect(screen.getByTestId('to-watch-error').textContent).toContain('HTTP 502');
    expect(getCurrentFocusKey()).toBe('to-watch-retry');
    // Home is the first screen: Back there leaves the app, so the panel offers no Back button.
    expect(screen.queryByTestId('to-watch-error-back')).toBeNull();

    harness.sandbox.faults.clear();
    await press('enter');
    await waitFor(() => expect(cards().length).toBeGreaterThan(0));
    await settle();
    expect(focusedIndex()).toBe(0);
  }, 15_000);
});
