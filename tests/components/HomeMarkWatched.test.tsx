import { getCurrentFocusKey } from '@noriginmedia/norigin-spatial-navigation';
import { configure, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { destroySpatialNavigation } from '../../src/tv/spatialNavigation';
import { startHomeHarness, renderHomeApp, type HomeHarness } from './support/homeHarness';
import { pressColour, pressLetter } from './support/homeKeys';
import { initHomeNavigation } from './support/homeLayout';
import { press, settle } from './support/keys';

// The real sandbox replies in tens of ms, but a loaded two-core machine can take a second or more.
configure({ asyncUtilTimeout: 5_000 });

let harness: HomeHarness;

interface ApiShow {
  id: number;
  title: string;
  remaining: number | string;
  unseen: Array<{ id: number; code: string }>;
}

function cards(): HTMLElement[] {
  return screen.queryAllByTestId('to-watch-card');
}

function card(index: number): HTMLElement {
  const found = cards().find((candidate) => candidate.getAttribute('data-index') === String(index));
  if (!found) {
    throw new Error(`no To watch card at index ${index}`);
  }
  return found;
}

function focusedIndex(): number | null {
  const focused = cards().find((candidate) => candidate.getAttribute('data-focused') === 'true');
  return focused ? Number(focused.getAttribute('data-index')) : null;
}

async function toWatchShows(): Promise<ApiShow[]> {
  const reply = await harness.call('/episodes/list', { params: { order: 'smart', limit: 1 } });
  return reply.json.shows as ApiShow[];
}

async function isSeen(episodeId: number): Promise<boolean> {
  const reply = await harness.call('/episodes/display', { params: { id: episodeId } });
  return reply.json.episode.user.seen as boolean;
}

/** Counts the show's seen episodes, from `shows/episodes`. */
async function seenCount(showId: number): Promise<number> {
  const reply = await harness.call('/shows/episodes', { params: { id: showId } });
  return (reply.json.episodes as Array<{ user: { seen: boolean } }>).filter((episode) => episode.user.seen).length;
}

async function openHome(): Promise<void> {
  renderHomeApp(harness);
  await waitFor(() => expect(cards().length).toBeGreaterThan(0));
  await waitFor(() => expect(screen.getByTestId('home-episodes-to-watch')).toBeTruthy());
  await settle();
}

beforeEach(async () => {
  window.localStorage.clear();
  harness = await startHomeHarness();
  initHomeNavigation();
});

afterEach(async () => {
  destroySpatialNavigation();
  await harness.close();
});

describe('mark watched from home', () => {
  it('marks the focused episode with Green and bulk=false', async () => {
    const shows = await toWatchShows();
    const show = shows[0] as ApiShow;
    const episode = show.unseen[0] as { id: number; code: string };
    const seenBefore = await seenCount(show.id);
    await openHome();

    await pressColour('green');

    await waitFor(() => expect(harness.requestsTo('/episodes/watched', 'POST')).toHaveLength(1));
    const request = harness.requestsTo('/episodes/watched', 'POST')[0];
    expect(request?.params.get('id')).toBe(String(episode.id));
    expect(request?.params.get('bulk')).toBe('false');

    await waitFor(() => expect(card(0).textContent).not.toContain(episode.code));
    expect(await isSeen(episode.id)).toBe(true);
    expect(await seenCount(show.id)).toBe(seenBefore + 1);
  });

  it('shows the episode watched before the API replies', async () => {
    harness.sandbox.faults.set({ path: '/episodes/watched', kind: 'latency', ms: 400 });
    await openHome();
    const counterBefore = Number(screen.getByTestId('home-episodes-to-watch').textContent?.replace(/\D/g, ''));

    await pressColour('green');

    expect(card(0).querySelector('[data-testid="watched-badge"]')).not.toBeNull();
    expect(Number(screen.getByTestId('home-episodes-to-watch').textContent?.replace(/\D/g, ''))).toBe(counterBefore - 1);
    expect(screen.getByTestId('watched-toast').textContent).toContain('marked as watched');
    expect(screen.getByTestId('shortcut-hints').textContent).toContain('Undo');
  });

  it('puts the next episode of the show in the same card', async () => {
    const shows = await toWatchShows();
    const show = shows[0] as ApiShow;
    const next = await harness.call('/episodes/list', { params: { showId: show.id, limit: 2 } });
    const following = next.json.shows[0].unseen[1] as { code: string };
    await openHome();

    await pressColour('green');

    await waitFor(() => expect(card(0).textContent).toContain(following.code));
    expect(card(0).textContent).toContain(show.title);
    expect(card(0).querySelector('[data-testid="watched-badge"]')).toBeNull();
    expect(getCurrentFocusKey()).toBe(`to-watch-card-${show.id}`);
  });

  it('marks with the w key in a desktop browser', async () => {
    await openHome();

    await pressLetter('w');

    await waitFor(() => expect(harness.requestsTo('/episodes/watched', 'POST')).toHaveLength(1));
  });

  it('marks once for a held Green key', async () => {
    harness.sandbox.faults.set({ path: '/episodes/watched', kind: 'latency', ms: 200 });
    await openHome();

    await pressColour('green');
    await pressColour('green', { repeat: true });
    await pressColour('green');

    await waitFor(() => expect(screen.getByTestId('watched-toast').getAttribute('data-kind')).toBe('marked'));
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect(harness.requestsTo('/episodes/watched', 'POST')).toHaveLength(1);
  });

  it('undoes with Yellow and sends DELETE', async () => {
    const shows = await toWatchShows();
    const show = shows[0] as ApiShow;
    const episode = show.unseen[0] as { id: number; code: string };
    const seenBefore = await seenCount(show.id);
    await openHome();

    await pressColour('green');
    await waitFor(() => expect(card(0).textContent).not.toContain(episode.code));

    await pressColour('yellow');

    await waitFor(() => expect(harness.requestsTo('/episodes/watched', 'DELETE')).toHaveLength(1));
    expect(harness.requestsTo('/episodes/watched', 'DELETE')[0]?.params.get('id')).toBe(String(episode.id));
    await waitFor(() => expect(card(0).textContent).toContain(episode.code));
    expect(screen.getByTestId('watched-toast').getAttribute('data-kind')).toBe('unmarked');
    expect(await isSeen(episode.id)).toBe(false);
    expect(await seenCount(show.id)).toBe(seenBefore);
    expect(focusedIndex()).toBe(0);
  });

  it('undoes a mark still in flight once the API confirmed it', async () => {
    harness.sandbox.faults.set({ path: '/episodes/watched', kind: 'latency', ms: 300, times: 1 });
    const shows = await toWatchShows();
    const episode = (shows[0] as ApiShow).unseen[0] as { id: number; code: string };
    await openHome();

    await pressColour('green');
    await pressColour('yellow');

    await waitFor(() => expect(harness.requestsTo('/episodes/watched', 'DELETE')).toHaveLength(1));
    await waitFor(async () => expect(await isSeen(episode.id)).toBe(false));
    await waitFor(() => expect(card(0).textContent).toContain(episode.code));
  });

  it('undoes from the focusable Undo button', async () => {
    await openHome();

    await pressColour('green');
    await waitFor(() => expect(screen.getByTestId('watched-undo')).toBeTruthy());
    screen.getByTestId('watched-undo').click();

    await waitFor(() => expect(harness.requestsTo('/episodes/watched', 'DELETE')).toHaveLength(1));
  });

  it('rolls back and says why when the API rejects the mark', async () => {
    harness.rejectNext('/episodes/watched', 3004, 'Invalid parameter: id');
    const shows = await toWatchShows();
    const episode = (shows[0] as ApiShow).unseen[0] as { id: number; code: string };
    await openHome();
    const counterBefore = screen.getByTestId('home-episodes-to-watch').textContent;

    await pressColour('green');

    await waitFor(() => expect(screen.getByTestId('watched-toast').getAttribute('data-kind')).toBe('markFailed'));
    expect(screen.getByTestId('watched-toast').textContent).toContain(`Could not mark ${episode.code}`);
    expect(screen.getByTestId('watched-toast').textContent).toContain('Invalid parameter: id (code 3004)');
    expect(card(0).textContent).toContain(episode.code);
    expect(card(0).querySelector('[data-testid="watched-badge"]')).toBeNull();
    expect(screen.getByTestId('home-episodes-to-watch').textContent).toBe(counterBefore);
    expect(screen.queryByTestId('watched-undo')).toBeNull();
    expect(await isSeen(episode.id)).toBe(false);
    expect(focusedIndex()).toBe(0);
  });

  it('says why in French for a French member', async () => {
    await harness.close();
    harness = await startHomeHarness('demo', 'fr-FR');
    harness.rejectNext('/episodes/watched', 3004, 'Paramètre invalide : id');
    await openHome();

    await pressColour('green');

    await waitFor(() => expect(screen.getByTestId('watched-toast').getAttribute('data-kind')).toBe('markFailed'));
    expect(screen.getByTestId('watched-toast').textContent).toMatch(/^Impossible de marquer S\d+E\d+ de .+ comme vu\u00a0: Paramètre invalide : id \(code 3004\)$/);
  });

  it('keeps the mark through a network failure and sends it again', async () => {
    harness.sandbox.faults.set({ path: '/episodes/watched', kind: 'drop', times: 1 });
    const shows = await toWatchShows();
    const episode = (shows[0] as ApiShow).unseen[0] as { id: number; code: string };
    await openHome();

    await pressColour('green');

    await waitFor(() => expect(harness.requestsTo('/episodes/watched', 'POST')).toHaveLength(2));
    await waitFor(async () => expect(await isSeen(episode.id)).toBe(true));
    await waitFor(() => expect(card(0).textContent).not.toContain(episode.code));
    expect(screen.getByTestId('watched-toast').getAttribute('data-kind')).toBe('marked');
  });

  it('removes a finished show and keeps the focus at its position', async () => {
    const shows = await toWatchShows();
    const index = shows.findIndex((show) => Number(show.remaining) === 1);
    const finished = shows[index] as ApiShow;
    const after = shows[index + 1] as ApiShow;
    expect(index).toBeGreaterThan(0);
    await openHome();
    for (let step = 0; step < index; step += 1) {
      await press('right');
    }
    expect(getCurrentFocusKey()).toBe(`to-watch-card-${finished.id}`);

    await pressColour('green');

    await waitFor(() => expect(cards().some((candidate) => candidate.textContent?.includes(finished.title))).toBe(false));
    await settle();
    expect(focusedIndex()).toBe(index);
    expect(getCurrentFocusKey()).toBe(`to-watch-card-${after.id}`);

    await pressColour('yellow');
    await waitFor(() => expect(card(index).textContent).toContain(finished.title));
  });

  it('ignores Green outside To watch', async () => {
    await openHome();
    await waitFor(() => expect(screen.queryAllByTestId('airing-card').length).toBeGreaterThan(0));
    await press('down');
    expect(getCurrentFocusKey()).toMatch(/^airing-card-/);

    await pressColour('green');
    await settle();

    expect(harness.requestsTo('/episodes/watched')).toHaveLength(0);
  });
});
