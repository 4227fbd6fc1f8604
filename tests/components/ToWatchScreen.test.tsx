import { getCurrentFocusKey } from '@noriginmedia/norigin-spatial-navigation';
import { configure, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AppServices } from '../../src/app/appServices';
import { destroySpatialNavigation } from '../../src/tv/spatialNavigation';
import { startFakeBetaSeriesServer, type FakeBetaSeriesServer } from './support/fakeBetaSeriesServer';
import { press, settle } from './support/keys';
import { initHomeNavigation } from './support/homeLayout';
import { renderApp } from './support/renderApp';
import { createTestServices } from './support/testServices';

// A cold start renders the whole app tree, which takes over a second on a loaded machine.
configure({ asyncUtilTimeout: 5_000 });

const TOKEN = 'token-for-to-watch';

/** The single-member session format, which the app's token storage still reads at start. */
const STORED_SESSION_KEY = 'betaseries-tv.session';

/** True while a `localStorage` entry contains the token, whatever the storage format. */
function tokenIsStored(): boolean {
  for (let index = 0; index < window.localStorage.length; index += 1) {
    const key = window.localStorage.key(index) ?? '';
    if ((window.localStorage.getItem(key) ?? '').includes(TOKEN)) {
      return true;
    }
  }

  return false;
}

let server: FakeBetaSeriesServer;
let services: AppServices;

async function startSignedIn(): Promise<void> {
  window.localStorage.setItem(STORED_SESSION_KEY, JSON.stringify({ token: TOKEN, memberId: 7, login: 'demo' }));
  services = createTestServices({ apiUrl: server.url, storage: window.localStorage });
  // Transient failures are retried after 10 ms here instead of TanStack Query's 1 s and 2 s.
  services.queryClient.setDefaultOptions({
    queries: { ...services.queryClient.getDefaultOptions().queries, retryDelay: 10 },
  });
  await services.session.start();
  renderApp(services);
}

function cards(): HTMLElement[] {
  return screen.queryAllByTestId('to-watch-card');
}

function focusedCardIndex(): number | null {
  const focused = cards().find((card) => card.getAttribute('data-focused') === 'true');
  return focused ? Number(focused.getAttribute('data-index')) : null;
}

async function waitForCards(): Promise<void> {
  await waitFor(() => expect(cards().length).toBeGreaterThan(0));
  await settle();
}

beforeEach(async () => {
  window.localStorage.clear();
  server = await startFakeBetaSeriesServer();
  initHomeNavigation();
});

afterEach(async () => {
  destroySpatialNavigation();
  services?.session.dispose();
  services?.queryClient.clear();
  await server.close();
});

describe('to watch screen', () => {
  it('shows the member and one card per show', async () => {
    await startSignedIn();
    await waitForCards();

    expect(screen.getByTestId('member-login').textContent).toBe('demo');
    expect(cards()[0]?.textContent).toContain('Show 1');
    expect(cards()[0]?.textContent).toContain('S02E01');
    expect(cards()[0]?.textContent).toContain('Episode of Show 1');
    await waitFor(() => expect(screen.getByTestId('home-episodes-to-watch').textContent).toBe('132episodes to watch'));
    expect(screen.getByTestId('home-time-left').textContent).toBe('5 d 4 hof watching left');
  });

  it('asks for one episode per show in smart order', async () => {
    await startSignedIn();
    await waitForCards();

    const listRequest = server.requests.find((request) => request.path === '/episodes/list');
    expect(listRequest?.query.get('order')).toBe('smart');
    expect(listRequest?.query.get('limit')).toBe('1');
    expect(listRequest?.bearer).toBe(TOKEN);
  });

  it('focuses the first card once the list has loaded', async () => {
    await startSignedIn();
    await waitForCards();

    expect(focusedCardIndex()).toBe(0);
    expect(getCurrentFocusKey()).toBe('to-watch-card-100');
  });

  it('moves the focus along the row with the arrow keys', async () => {
    await startSignedIn();
    await waitForCards();

    await press('right');
    await press('right');
    await press('right');
    expect(focusedCardIndex()).toBe(3);

    await press('left');
    expect(focusedCardIndex()).toBe(2);
  });

  it('goes up to the header and back down to the same card', async () => {
    await startSignedIn();
    await waitForCards();
    await press('right');

    await press('up');
    expect(['to-watch-language', 'to-watch-sign-out']).toContain(getCurrentFocusKey());
    expect(focusedCardIndex()).toBeNull();

    await press('down');
    expect(focusedCardIndex()).toBe(1);
  });

  it('renders a window of cards for a member with 200 shows', async () => {
    server.showCount = 200;
    await startSignedIn();
    await waitForCards();

    expect(cards().length).toBeLessThanOrEqual(12);
    for (let step = 0; step < 15; step += 1) {
      await press('right');
    }
    expect(focusedCardIndex()).toBe(15);
    expect(cards().length).toBeLessThanOrEqual(12);
  });

  it('draws a poster lazily at display size, or the initial without one', async () => {
    await startSignedIn();
    await waitForCards();

    const withPoster = cards()[0]?.querySelector('img');
    expect(withPoster?.getAttribute('src')).toBe(`${server.url}/images/poster/100.svg`);
    expect(withPoster?.getAttribute('loading')).toBe('lazy');
    expect(withPoster?.getAttribute('width')).toBe('260');
    expect(withPoster?.getAttribute('height')).toBe('390');

    // Show 102 (index 2) has no poster in the fake data.
    const placeholder = cards()[2]?.querySelector('.to-watch-card__poster--placeholder');
    expect(cards()[2]?.querySelector('img')).toBeNull();
    expect(placeholder?.textContent).toBe('S');
  });

  it('draws the initial when the member has no avatar', async () => {
    await startSignedIn();
    await waitForCards();

    expect(document.querySelector('.home-header__avatar--placeholder')?.textContent).toBe('D');
  });

  it('says what to do when nothing is left to watch', async () => {
    server.behaviour.unwatched = 'empty';
    await startSignedIn();

    await waitFor(() => expect(screen.getByTestId('to-watch-empty')).toBeTruthy());
    await settle();
    expect(screen.getByTestId('to-watch-empty').textContent).toContain('Search for a show and add it to your account.');
    expect(getCurrentFocusKey()).toBe('to-watch-search');
  });

  it('offers Retry when the list fails, and loads it on OK', async () => {
    server.behaviour.unwatched = 'html502';
    await startSignedIn();

    await waitFor(() => expect(screen.getByTestId('to-watch-error')).toBeTruthy());
    await settle();
    expect(screen.getByTestId('to-watch-error').textContent).toContain('unreadable reply (HTTP 502)');
    expect(getCurrentFocusKey()).toBe('to-watch-retry');

    server.behaviour.unwatched = 'ok';
    await press('enter');

    await waitForCards();
    expect(focusedCardIndex()).toBe(0);
  });

  it('shows a skeleton while the list loads', async () => {
    await startSignedIn();

    expect(screen.getByTestId('to-watch-loading')).toBeTruthy();
    await waitForCards();
    expect(screen.queryByTestId('to-watch-loading')).toBeNull();
  });

  it('keys the cached queries by member id', async () => {
    await startSignedIn();
    await waitForCards();

    const keys = services.queryClient.getQueryCache().findAll().map((query) => query.queryKey);
    expect(keys.length).toBeGreaterThanOrEqual(2);
    for (const key of keys) {
      expect(key.slice(0, 2)).toEqual(['member', 7]);
    }
  });
});

describe('to watch session handling', () => {
  it('signs out through members/destroy and returns to pairing', async () => {
    await startSignedIn();
    await waitForCards();

    await press('up');
    await press('right');
    expect(getCurrentFocusKey()).toBe('to-watch-sign-out');
    await press('enter');
    expect(screen.getByTestId('sign-out-menu').textContent).toContain('Sign out of this TV?');
    expect(server.count('/members/destroy')).toBe(0);
    await press('enter');

    await waitFor(() => expect(screen.getByTestId('pairing-status')).toBeTruthy());
    expect(server.count('/members/destroy')).toBe(1);
    expect(tokenIsStored()).toBe(false);
    expect(services.queryClient.getQueryCache().findAll()).toHaveLength(0);
  });

  it('keeps the session when Back closes the sign-out menu', async () => {
    await startSignedIn();
    await waitForCards();

    await press('up');
    await press('right');
    await press('enter');
    expect(getCurrentFocusKey()).toBe('home-sign-out-menu-confirm');
    await press('escape');

    expect(screen.queryByTestId('sign-out-menu')).toBeNull();
    expect(getCurrentFocusKey()).toBe('to-watch-sign-out');
    expect(server.count('/members/destroy')).toBe(0);
    expect(tokenIsStored()).toBe(true);
  });

  it('returns to pairing with a notice when a query finds the token rejected', async () => {
    server.behaviour.unwatched = 'tokenRejected';
    await startSignedIn();

    await waitFor(() => expect(screen.getByRole('alert').textContent).toBe('Your session ended, pair again.'));
    expect(tokenIsStored()).toBe(false);
    expect(server.count('/episodes/list')).toBe(1);
  });

  it('lets the member in offline and checks again on Retry', async () => {
    server.behaviour.isActive = 'drop';
    await startSignedIn();

    await waitFor(() => expect(screen.getByText(/Offline: your session could not be checked/)).toBeTruthy());

    server.behaviour.isActive = 'ok';
    await services.session.retryValidation();

    await waitFor(() => expect(screen.queryByText(/Offline:/)).toBeNull());
    expect(server.count('/members/is_active')).toBe(2);
  });
});
