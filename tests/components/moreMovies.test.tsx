import { getCurrentFocusKey } from '@noriginmedia/norigin-spatial-navigation';
import { screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { listMemberMovies } from '../../src/api/movies';
import type { AppServices } from '../../src/app/appServices';
import { destroySpatialNavigation } from '../../src/tv/spatialNavigation';
import { press, settle } from './support/keys';
import {
  initMoreNavigation,
  launchFocusKey,
  pressColourKey,
  renderLauncher,
  signIn,
  startProxiedSandbox,
  type ProxiedSandbox,
} from './support/moreHarness';

let running: ProxiedSandbox;
let services: AppServices;

function cards(): HTMLElement[] {
  return screen.queryAllByTestId('movie-card');
}

function cardTitles(): string[] {
  return cards().map((card) => card.querySelector('.movie-card__title')?.textContent ?? '');
}

function focusedCardTitle(): string | null {
  const focused = cards().find((card) => card.getAttribute('data-focused') === 'true');
  return focused?.querySelector('.movie-card__title')?.textContent ?? null;
}

/** Reads the films of the signed-in member in `state` from the sandbox through the API. */
async function moviesOnServer(state: 0 | 1 | 2): Promise<string[]> {
  const token = services.session.getState().status === 'signedIn' ? (services.session.getState() as { token: string }).token : '';
  const page = await listMemberMovies(services.client, token, { state });
  return page.movies.map((movie) => movie.title);
}

async function openMovies(): Promise<void> {
  renderLauncher(services);
  await settle();
  await press('down');
  expect(getCurrentFocusKey()).toBe(launchFocusKey('movies'));

  await press('enter');
  await waitFor(() => expect(cards().length).toBeGreaterThan(0));
  await settle();
}

beforeEach(async () => {
  window.localStorage.clear();
  running = await startProxiedSandbox();
  services = signIn(running, 'demo');
  initMoreNavigation();
});

afterEach(async () => {
  destroySpatialNavigation();
  services.session.dispose();
  services.queryClient.clear();
  await running.close();
});

describe('movies screen', { timeout: 15_000 }, () => {
  it('lists the films to watch and focuses the first', async () => {
    await openMovies();

    const request = running.requestsTo('/movies/member')[0];
    expect(request?.query.get('state')).toBe('0');

    const expected = await moviesOnServer(0);
    expect(expected.length).toBeGreaterThan(3);
    expect(cardTitles()).toEqual(expected.slice(0, cards().length));
    expect(focusedCardTitle()).toBe(expected[0]);
    expect(screen.getByTestId('movie-details').textContent).toContain(expected[0]);
  });

  it('draws a poster lazily or the initial without one', async () => {
    await openMovies();

    const withPoster = cards().find((card) => card.querySelector('img'));
    const image = withPoster?.querySelector('img');
    expect(image?.getAttribute('loading')).toBe('lazy');
    expect(image?.getAttribute('width')).toBe('260');

    const placeholder = cards().find((card) => card.querySelector('.movie-card__poster--placeholder'));
    const title = placeholder?.querySelector('.movie-card__title')?.textContent ?? '';
    expect(placeholder?.querySelector('.movie-card__poster--placeholder')?.textContent).toBe(title.charAt(0).toUpperCase());
  });

  it('marks a film watched from its menu at once', async () => {
    await openMovies();
    const [first, second] = cardTitles();
    running.sandbox.faults.set({ path: '/movies/movie', kind: 'latency', ms: 400 });

    await press('enter');
    expect(screen.getByTestId('movies-menu')).toBeTruthy();
    expect(getCurrentFocusKey()).toBe('movies-menu-watched');

    await press('enter');

    // Gone before the sandbox sent its reply.
    expect(cardTitles()).not.toContain(first);
    expect(screen.queryByTestId('movies-menu')).toBeNull();
    expect(screen.getByTestId('movies-notice').textContent).toContain(`“${first}” is marked watched.`);
    await waitFor(() => expect(focusedCardTitle()).toBe(second));

    await waitFor(() => expect(running.requestsTo('/movies/movie')).toHaveLength(1));
    const change = running.requestsTo('/movies/movie')[0];
    expect(change?.method).toBe('POST');
    await waitFor(async () => expect(await moviesOnServer(1)).toContain(first));
  });

  it('marks the focused film not interested with Red', async () => {
    await openMovies();
    await press('right');
    const second = cardTitles()[1];

    await pressColourKey('red');

    expect(cardTitles()).not.toContain(second);
    await waitFor(async () => expect(await moviesOnServer(2)).toContain(second));
  });

  it('puts the film back in place with Undo', async () => {
    await openMovies();
    await press('right');
    const before = cardTitles();
    const second = before[1];

    await pressColourKey('green');
    await waitFor(async () => expect(await moviesOnServer(1)).toContain(second));

    running.sandbox.faults.set({ path: '/movies/movie', kind: 'latency', ms: 400 });
    await pressColourKey('yellow');

    await waitFor(() => expect(cardTitles()).toEqual(before));
    expect(running.requestsTo('/movies/movie')).toHaveLength(2);
    await waitFor(() => expect(focusedCardTitle()).toBe(second));
    expect(screen.getByTestId('movies-notice').textContent).toContain('is back in your movies to watch');
    await waitFor(async () => expect(await moviesOnServer(0)).toContain(second));
  });

  it('rolls back and explains a failed change', async () => {
    await openMovies();
    const before = cardTitles();
    running.sandbox.faults.set({ path: '/movies/movie', kind: 'html5xx', times: 1 });

    await pressColourKey('green');

    await waitFor(() => expect(screen.getByTestId('movies-notice').getAttribute('role')).toBe('alert'));
    expect(screen.getByTestId('movies-notice').textContent).toContain(`“${before[0]}” could not be changed`);
    expect(cardTitles()).toEqual(before);
    expect(await moviesOnServer(0)).toContain(before[0]);
  });

  it('closes the menu with Back and keeps the film', async () => {
    await openMovies();
    const before = cardTitles();

    await press('enter');
    await press('escape');

    expect(screen.queryByTestId('movies-menu')).toBeNull();
    expect(cardTitles()).toEqual(before);
    await waitFor(() => expect(focusedCardTitle()).toBe(before[0]));
    expect(running.requestsTo('/movies/movie')).toHaveLength(0);
  });

  it('offers Retry and Back when the list fails', async () => {
    running.sandbox.faults.set({ path: '/movies/member', kind: 'status', status: 404, times: 1 });
    renderLauncher(services);
    await settle();
    await press('down');
    await press('enter');

    await waitFor(() => expect(screen.getByTestId('movies-error')).toBeTruthy());
    await settle();
    expect(getCurrentFocusKey()).toBe('movies-error-retry');
    expect(screen.getByTestId('movies-error-back')).toBeTruthy();

    await press('enter');
    await waitFor(() => expect(cards().length).toBeGreaterThan(0));
  });

  it('says where to add films when there is none', async () => {
    running.rewrite('/movies/member', (body) => ({ ...body, movies: [], total: 0 }));
    renderLauncher(services);
    await settle();
    await press('down');
    await press('enter');

    await waitFor(() => expect(screen.getByTestId('movies-empty').textContent).toContain('Add movies to your list on the BetaSeries website'));
    await settle();
    expect(getCurrentFocusKey()).toBe('movies-empty-back');

    await press('enter');
    await waitFor(() => expect(getCurrentFocusKey()).toBe(launchFocusKey('movies')));
  });

  it('goes Back to the button that opened it', async () => {
    await openMovies();
    await press('right');

    await press('escape');

    await waitFor(() => expect(getCurrentFocusKey()).toBe(launchFocusKey('movies')));
    expect(screen.queryByTestId('movies-screen')).toBeNull();
  });
});
