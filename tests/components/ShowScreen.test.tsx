import { getCurrentFocusKey } from '@noriginmedia/norigin-spatial-navigation';
import { act, configure, fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { callApi } from '../../sandbox/testing/callApi';
import type { AppServices } from '../../src/app/appServices';
import type { Route } from '../../src/app/routes';
import { destroySpatialNavigation } from '../../src/tv/spatialNavigation';
import { press, settle } from './support/keys';
import { initShowsNavigation, renderRoute, signInServices, startRecordingSandbox, type RecordingSandbox } from './support/showsHarness';

// Every step waits on real HTTP to the sandbox, which a busy test machine can slow past the 1 s default.
configure({ asyncUtilTimeout: 5_000 });

let running: RecordingSandbox;
let services: AppServices;
let token: string;

/** Hollow Creek: followed by `demo`, three episodes of season 1 seen, the next one S01E04. */
const HOLLOW_CREEK = 103;
/** Rivages: 12 seasons of 40 episodes, the next one S12E16. */
const RIVAGES = 111;

const COLOUR_KEY_CODES = { green: 404, yellow: 405 } as const;

async function pressColour(colour: keyof typeof COLOUR_KEY_CODES): Promise<void> {
  await act(async () => {
    fireEvent.keyDown(window, { key: 'Unidentified', keyCode: COLOUR_KEY_CODES[colour] });
    fireEvent.keyUp(window, { key: 'Unidentified', keyCode: COLOUR_KEY_CODES[colour] });
  });
  await settle();
}

interface EpisodeJson {
  id: number;
  code: string;
  user: { seen: boolean };
}

async function apiEpisodes(showId: number, season: number): Promise<EpisodeJson[]> {
  const reply = await callApi(running.directUrl, '/shows/episodes', { token, params: { id: showId, season } });
  return reply.json.episodes as EpisodeJson[];
}

async function seenCodes(showId: number, season: number): Promise<string[]> {
  return (await apiEpisodes(showId, season)).filter((episode) => episode.user.seen).map((episode) => episode.code);
}

async function isFollowed(showId: number): Promise<boolean> {
  const reply = await callApi(running.directUrl, '/shows/display', { token, params: { id: showId } });
  return reply.json.show.in_account as boolean;
}

async function openRoute(route: Route): Promise<void> {
  ({ services, token } = await signInServices(running, 'demo'));
  renderRoute(services, route);
}

async function openShow(showId: number): Promise<void> {
  await openRoute({ name: 'show', showId });
  await waitFor(() => expect(screen.queryAllByTestId('show-episode').length).toBeGreaterThan(0));
  await settle();
}

function episodeRows(): HTMLElement[] {
  return screen.queryAllByTestId('show-episode');
}

function focusedRow(): HTMLElement | undefined {
  return episodeRows().find((row) => row.getAttribute('data-focused') === 'true');
}

function rowCode(row: HTMLElement | undefined): string {
  return row?.querySelector('.episode-row__code')?.textContent ?? '';
}

function rowWatched(code: string): string | null {
  const row = episodeRows().find((candidate) => rowCode(candidate) === code);
  return row?.querySelector('.episode-row')?.getAttribute('data-watched') ?? null;
}

function selectedSeason(): string {
  return document.querySelector('[data-selected="true"]')?.textContent ?? '';
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

describe('show screen', () => {
  it('shows the details and lists the season of the next episode', async () => {
    await openShow(RIVAGES);

    expect(screen.getByTestId('show-title').textContent).toBe('Rivages');
    expect(screen.getByTestId('show-facts').textContent).toBe('2015 · Continuing · France 2 · 24 min · Rated 4.1/5');
    expect(screen.getByTestId('show-genres').textContent).toBe('Drama · Romance');
    expect(screen.getByTestId('show-progress').textContent).toBe('94% seen · 25 to watch · Next: S12E16 “Les Fantômes”');
    expect(screen.getAllByTestId('show-season')).toHaveLength(12);
    expect(selectedSeason()).toBe('Season 12');

    expect(running.requestsTo('/shows/episodes').at(-1)?.query.get('season')).toBe('12');
    expect(rowCode(focusedRow())).toBe('S12E16');
    expect(getCurrentFocusKey()).toMatch(/^show-111-episode-\d+$/);
    // A season of 40 episodes mounts the rows in view and two rows of overscan each way.
    expect(episodeRows().length).toBeLessThanOrEqual(9);
  });

  it('names where to watch the show', async () => {
    await openShow(HOLLOW_CREEK);

    expect(screen.getByTestId('show-platforms').textContent).toBe('Where to watch: Netflix');
  });

  it('lists another season on OK and keeps the focus on its button', async () => {
    await openShow(RIVAGES);

    for (let step = 0; step < 20 && !getCurrentFocusKey().startsWith('show-111-season-'); step += 1) {
      await press('up');
    }
    expect(getCurrentFocusKey()).toBe('show-111-season-12');
    await press('left');
    await press('enter');

    await waitFor(() => expect(rowCode(episodeRows()[0])).toBe('S11E01'));
    expect(selectedSeason()).toBe('Season 11 ✓');
    expect(getCurrentFocusKey()).toBe('show-111-season-11');
    expect(running.requestsTo('/shows/episodes').at(-1)?.query.get('season')).toBe('11');

    await press('down');
    expect(rowCode(focusedRow())).toBe('S11E01');
  });

  it('marks the focused episode watched with Green and undoes it with Yellow', async () => {
    await openShow(HOLLOW_CREEK);
    expect(rowCode(focusedRow())).toBe('S01E04');
    await press('down');
    await press('down');
    expect(rowCode(focusedRow())).toBe('S01E06');
    expect(screen.getByTestId('shortcut-hints').textContent).toContain('Mark watched');

    await pressColour('green');

    expect(rowWatched('S01E06')).toBe('true');
    await waitFor(() => expect(screen.getByTestId('watched-toast').getAttribute('data-kind')).toBe('marked'));
    // Only that episode: `bulk=false` leaves the two before it unwatched.
    await waitFor(async () => expect(await seenCodes(HOLLOW_CREEK, 1)).toEqual(['S01E01', 'S01E02', 'S01E03', 'S01E06']));
    expect(rowWatched('S01E04')).toBe('false');

    await pressColour('yellow');
    await waitFor(() => expect(screen.getByTestId('watched-toast').getAttribute('data-kind')).toBe('unmarked'));
    await waitFor(async () => expect(await seenCodes(HOLLOW_CREEK, 1)).toEqual(['S01E01', 'S01E02', 'S01E03']));
    await waitFor(() => expect(rowWatched('S01E06')).toBe('false'));
    expect(rowCode(focusedRow())).toBe('S01E06');
  });

  it('marks a watched episode unwatched with Green', async () => {
    await openShow(HOLLOW_CREEK);
    await press('up');
    expect(rowCode(focusedRow())).toBe('S01E03');
    expect(screen.getByTestId('shortcut-hints').textContent).toContain('Mark unwatched');

    await pressColour('green');

    await waitFor(() => expect(rowWatched('S01E03')).toBe('false'));
    await waitFor(async () => expect(await seenCodes(HOLLOW_CREEK, 1)).toEqual(['S01E01', 'S01E02']));
  });

  it('marks a whole season watched from its button', async () => {
    await openShow(HOLLOW_CREEK);
    for (let step = 0; step < 10 && !getCurrentFocusKey().startsWith('show-103-season-'); step += 1) {
      await press('up');
    }
    expect(getCurrentFocusKey()).toBe('show-103-season-1');
    expect(screen.getByTestId('shortcut-hints').textContent).toContain('Season watched');

    await pressColour('green');

    await waitFor(() => expect(screen.getByTestId('watched-toast').getAttribute('data-kind')).toBe('seasonMarked'));
    const season = await apiEpisodes(HOLLOW_CREEK, 1);
    expect(season.every((episode) => episode.user.seen)).toBe(true);
    await waitFor(() => expect(screen.getAllByTestId('show-season')[0]?.textContent).toBe('Season 1 ✓'));
  });

  it('opens the episode on OK', async () => {
    await openShow(HOLLOW_CREEK);
    const next = (await apiEpisodes(HOLLOW_CREEK, 1))[3];

    await press('enter');

    await waitFor(() => expect(document.querySelector(`[data-screen="screen:episode-${next?.id}"]`)).not.toBeNull());
  });

  it('follows a show that is not in the account', async () => {
    await openRoute({ name: 'show', showId: 10031 });
    await waitFor(() => expect(screen.getByTestId('show-progress').textContent).toBe('Not in your shows'));
    await settle();
    expect(getCurrentFocusKey()).toBe('show-10031-follow');
    expect(screen.queryByTestId('show-archive')).toBeNull();

    await press('enter');

    await waitFor(() => expect(screen.getByTestId('show-follow').textContent).toBe('Unfollow'));
    expect(await isFollowed(10031)).toBe(true);
    expect(getCurrentFocusKey()).toBe('show-10031-follow');
    await waitFor(() => expect(screen.getByTestId('show-progress').textContent).toContain('0% seen'));
  });

  it('asks for a second press before unfollowing', async () => {
    await openShow(HOLLOW_CREEK);
    for (let step = 0; step < 10 && getCurrentFocusKey() !== 'show-103-follow'; step += 1) {
      await press('up');
    }
    expect(screen.getByTestId('show-follow').textContent).toBe('Unfollow');

    await press('enter');
    expect(screen.getByTestId('show-follow').textContent).toBe('Confirm: unfollow');
    expect(screen.getByTestId('show-unfollow-warning').textContent).toBe('Press OK again to remove “Hollow Creek” from your shows.');
    expect(running.requestsTo('/shows/show')).toHaveLength(0);

    await press('enter');
    await waitFor(() => expect(screen.getByTestId('show-follow').textContent).toBe('Follow'));
    expect(await isFollowed(HOLLOW_CREEK)).toBe(false);
    expect(screen.getByTestId('show-progress').textContent).toBe('Not in your shows');
  });

  it('archives after a failed try', async () => {
    await openShow(HOLLOW_CREEK);
    for (let step = 0; step < 10 && getCurrentFocusKey() !== 'show-103-follow'; step += 1) {
      await press('up');
    }
    await press('right');
    expect(getCurrentFocusKey()).toBe('show-103-archive');

    running.sandbox.faults.set({ path: '/shows/archive', kind: 'html5xx', times: 1 });
    await press('enter');
    await waitFor(() => expect(screen.getByTestId('show-action-error').textContent).toContain('“Hollow Creek” could not be changed'));
    expect(screen.getByTestId('show-archive').textContent).toBe('Archive');
    expect(screen.getByTestId('show-progress').textContent).not.toContain('Archived');

    await press('enter');
    await waitFor(() => expect(screen.getByTestId('show-archive').textContent).toBe('Unarchive'));
    expect(screen.getByTestId('show-progress').textContent).toContain('Archived');
    expect(screen.queryByTestId('show-action-error')).toBeNull();
  });

  it('shows an error with Retry and Back, and Back returns to the poster', async () => {
    await openRoute({ name: 'shows' });
    await waitFor(() => expect(screen.queryAllByTestId('shows-poster').length).toBeGreaterThan(0));
    await settle();
    await press('right');
    const posterKey = getCurrentFocusKey();
    running.sandbox.faults.set({ path: '/shows/display', kind: 'html5xx', times: 3 });

    await press('enter');

    await waitFor(() => expect(screen.getByTestId('show-error').textContent).toContain('This show could not be loaded.'));
    await settle();
    expect(getCurrentFocusKey()).toBe('show-103-error-retry');
    await press('right');
    expect(getCurrentFocusKey()).toBe('show-103-error-back');

    await press('enter');
    await settle();
    expect(getCurrentFocusKey()).toBe(posterKey);
  });
});
