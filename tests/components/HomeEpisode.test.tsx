import { getCurrentFocusKey } from '@noriginmedia/norigin-spatial-navigation';
import { configure, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { destroySpatialNavigation } from '../../src/tv/spatialNavigation';
import { renderHomeApp, renderRoute, startHomeHarness, type HomeHarness } from './support/homeHarness';
import { pressColour } from './support/homeKeys';
import { initHomeNavigation } from './support/homeLayout';
import { press, settle } from './support/keys';

// The real sandbox replies in tens of ms, but a loaded two-core machine can take a second or more.
configure({ asyncUtilTimeout: 5_000 });

let harness: HomeHarness;

interface ApiEpisode {
  id: number;
  code: string;
  title: string;
  season: number;
  description: string;
  note: { total: number; mean: number };
  user: { seen: boolean };
}

/** Fetches the first show of "To watch" and its episodes, in order. */
async function showWithUnseenEpisodes(): Promise<{ showId: number; episodes: ApiEpisode[] }> {
  const list = await harness.call('/episodes/list', { params: { order: 'smart', limit: 1 } });
  const showId = list.json.shows[0].id as number;
  const reply = await harness.call('/shows/episodes', { params: { id: showId } });
  return { showId, episodes: reply.json.episodes as ApiEpisode[] };
}

async function seenIds(showId: number): Promise<number[]> {
  const reply = await harness.call('/shows/episodes', { params: { id: showId } });
  return (reply.json.episodes as ApiEpisode[]).filter((episode) => episode.user.seen).map((episode) => episode.id);
}

async function openEpisode(episodeId: number): Promise<void> {
  renderRoute(harness, { name: 'episode', episodeId });
  await waitFor(() => expect(screen.getByTestId('episode-title')).toBeTruthy());
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

describe('episode screen', () => {
  it('shows the title, code, air date, rating and description', async () => {
    const { episodes } = await showWithUnseenEpisodes();
    const episode = episodes.find((candidate) => !candidate.user.seen) as ApiEpisode;

    await openEpisode(episode.id);

    expect(screen.getByTestId('episode-title').textContent).toBe(episode.title);
    expect(screen.getByTestId('episode-code').textContent).toBe(episode.code);
    expect(screen.getByTestId('episode-screen').textContent).toMatch(/Aired on [A-Z][a-z]+ \d+, \d{4}/);
    expect(screen.getByTestId('episode-rating').textContent).toContain(`(${episode.note.total.toLocaleString('en')} votes)`);
    expect(screen.getByTestId('episode-screen').textContent).toContain(episode.description);
    expect(screen.getByTestId('episode-state').textContent).toBe('Not watched yet');
    expect(getCurrentFocusKey()).toBe(`episode-${episode.id}-toggle`);
  });

  it('marks only this episode watched, not the earlier ones', async () => {
    const { showId, episodes } = await showWithUnseenEpisodes();
    const unseen = episodes.filter((episode) => !episode.user.seen);
    const later = unseen[2] as ApiEpisode;
    const seenBefore = await seenIds(showId);

    await openEpisode(later.id);
    await press('enter');

    await waitFor(() => expect(screen.getByTestId('episode-state').textContent).toContain('Watched'));
    await waitFor(() => expect(harness.requestsTo('/episodes/watched', 'POST')).toHaveLength(1));
    expect(harness.requestsTo('/episodes/watched', 'POST')[0]?.params.get('bulk')).toBe('false');
    await waitFor(async () => expect(await seenIds(showId)).toEqual([...seenBefore, later.id].sort((a, b) => a - b)));
    expect(screen.getByTestId('episode-toggle-watched').textContent).toBe('Mark as unwatched');
  });

  it('marks a watched episode unwatched', async () => {
    const { showId, episodes } = await showWithUnseenEpisodes();
    const watched = episodes.filter((episode) => episode.user.seen).pop() as ApiEpisode;

    await openEpisode(watched.id);
    expect(screen.getByTestId('episode-state').textContent).toMatch(/^✓ Watched/);
    await press('enter');

    await waitFor(() => expect(screen.getByTestId('episode-state').textContent).toBe('Not watched yet'));
    await waitFor(async () => expect(await seenIds(showId)).not.toContain(watched.id));
    expect(screen.getByTestId('watched-toast').getAttribute('data-kind')).toBe('unmarked');
  });

  it('marks it watched with Green and undoes with Yellow', async () => {
    const { showId, episodes } = await showWithUnseenEpisodes();
    const episode = episodes.find((candidate) => !candidate.user.seen) as ApiEpisode;
    const seenBefore = await seenIds(showId);

    await openEpisode(episode.id);
    await pressColour('green');
    await waitFor(() => expect(screen.getByTestId('watched-toast').getAttribute('data-kind')).toBe('marked'));
    await pressColour('yellow');

    await waitFor(() => expect(harness.requestsTo('/episodes/watched', 'DELETE')).toHaveLength(1));
    await waitFor(() => expect(screen.getByTestId('episode-state').textContent).toBe('Not watched yet'));
    expect(await seenIds(showId)).toEqual(seenBefore);
  });

  it('marks the whole season watched', async () => {
    const { showId, episodes } = await showWithUnseenEpisodes();
    const episode = episodes.find((candidate) => !candidate.user.seen) as ApiEpisode;
    const season = episodes.filter((candidate) => candidate.season === episode.season).map((candidate) => candidate.id);

    await openEpisode(episode.id);
    await press('right');
    expect(getCurrentFocusKey()).toBe(`episode-${episode.id}-season`);
    await press('enter');

    await waitFor(() => expect(screen.getByTestId('watched-toast').getAttribute('data-kind')).toBe('seasonMarked'));
    expect(screen.getByTestId('watched-toast').textContent).toContain(`Season ${episode.season}`);
    expect(screen.getByTestId('episode-state').textContent).toContain('Watched');
    const seen = await seenIds(showId);
    for (const id of season) {
      expect(seen).toContain(id);
    }
  });

  it('rolls the season back and says why when it fails', async () => {
    harness.sandbox.faults.set({ path: '/seasons/watched', kind: 'html5xx', times: 1 });
    const { episodes } = await showWithUnseenEpisodes();
    const episode = episodes.find((candidate) => !candidate.user.seen) as ApiEpisode;

    await openEpisode(episode.id);
    await press('right');
    await press('enter');

    await waitFor(() => expect(screen.getByTestId('watched-toast').getAttribute('data-kind')).toBe('seasonFailed'));
    expect(screen.getByTestId('watched-toast').textContent).toContain('HTTP 502');
    expect(screen.getByTestId('episode-state').textContent).toBe('Not watched yet');
  });

  it('offers Retry when the episode cannot be loaded', async () => {
    harness.sandbox.faults.set({ path: '/episodes/display', kind: 'malformedJson' });
    const { episodes } = await showWithUnseenEpisodes();
    const episode = episodes[0] as ApiEpisode;

    renderRoute(harness, { name: 'episode', episodeId: episode.id });
    await waitFor(() => expect(screen.getByTestId('episode-error')).toBeTruthy(), { timeout: 8_000 });
    await settle();
    expect(getCurrentFocusKey()).toBe(`episode-${episode.id}-error-retry`);

    harness.sandbox.faults.clear();
    await press('enter');
    await waitFor(() => expect(screen.getByTestId('episode-title').textContent).toBe(episode.title));
  }, 15_000);

  it('goes back to the same Home card from the error panel', async () => {
    harness.sandbox.faults.set({ path: '/episodes/display', kind: 'malformedJson' });
    renderHomeApp(harness);
    await waitFor(() => expect(screen.queryAllByTestId('to-watch-card').length).toBeGreaterThan(0));
    await settle();
    await press('right');
    const cardKey = getCurrentFocusKey();

    await press('enter');
    await waitFor(() => expect(screen.getByTestId('episode-error-back')).toBeTruthy());
    await settle();
    await press('right');
    await press('enter');

    await waitFor(() => expect(screen.queryByTestId('episode-error')).toBeNull());
    await settle();
    expect(getCurrentFocusKey()).toBe(cardKey);
  });
});
