import { getCurrentFocusKey } from '@noriginmedia/norigin-spatial-navigation';
import { screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { getMemberInfos } from '../../src/api/members';
import type { AppServices } from '../../src/app/appServices';
import { formatDuration } from '../../src/i18n/format';
import { destroySpatialNavigation } from '../../src/tv/spatialNavigation';
import { press, settle } from './support/keys';
import { initMoreNavigation, launchFocusKey, renderLauncher, signIn, startProxiedSandbox, type ProxiedSandbox } from './support/moreHarness';

let running: ProxiedSandbox;
let services: AppServices;

function token(): string {
  const state = services.session.getState();
  return state.status === 'signedIn' ? state.token : '';
}

async function openProfile(): Promise<void> {
  renderLauncher(services);
  await settle();
  for (let step = 0; step < 3; step += 1) {
    await press('down');
  }
  expect(getCurrentFocusKey()).toBe(launchFocusKey('profile'));

  await press('enter');
  await waitFor(() => expect(screen.getByTestId('profile-screen')).toBeTruthy());
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

describe('profile screen', { timeout: 15_000 }, () => {
  it('shows the login and the stats of members/infos', async () => {
    const member = await getMemberInfos(services.client, token());
    await openProfile();

    await waitFor(() => expect(screen.getByTestId('profile-stat-shows')).toBeTruthy());
    expect(screen.getByTestId('profile-login').textContent).toBe('demo');
    expect(screen.getByTestId('profile-stat-shows').textContent).toBe(`${member.stats.shows}Shows followed`);
    expect(screen.getByTestId('profile-stat-episodes').textContent).toBe(`${new Intl.NumberFormat('en').format(member.stats.episodes)}Episodes watched`);
    expect(screen.getByTestId('profile-stat-time-on-tv').textContent).toBe(`${formatDuration(member.stats.timeOnTv, 'en')}Time spent watching`);
    expect(screen.getByTestId('profile-stat-time-to-spend').textContent).toBe(`${formatDuration(member.stats.timeToSpend, 'en')}Time left to watch`);
    expect(member.stats.timeOnTv).toBeGreaterThan(60 * 24);
  });

  it('focuses the current language and switches to French', async () => {
    await openProfile();
    expect(getCurrentFocusKey()).toBe('profile-language-en');
    expect(screen.getByTestId('profile-language-en').textContent).toBe('\u2713 English (selected)');

    await press('left');
    expect(getCurrentFocusKey()).toBe('profile-language-fr');
    await press('enter');

    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Profil et réglages');
    expect(services.localeStore.getOverride()).toBe('fr');
    await waitFor(() => expect(screen.getByTestId('profile-stat-shows').textContent).toContain('Séries suivies'));
    expect(screen.getByTestId('profile-language-fr').textContent).toBe('\u2713 Français (choisie)');
    // The next API requests ask for French texts (`locale=`).
    expect(services.client.config.getLocale()).toBe('fr');
  });

  it('signs out after the member confirms', async () => {
    await openProfile();
    await press('right');
    expect(getCurrentFocusKey()).toBe('profile-sign-out');

    await press('enter');
    expect(screen.getByTestId('profile-sign-out-menu').textContent).toContain('Sign out of this TV?');
    expect(getCurrentFocusKey()).toBe('profile-sign-out-confirm-confirm');

    await press('enter');

    await waitFor(() => expect(services.session.getState().status).toBe('signedOut'));
    expect(running.requestsTo('/members/destroy')).toHaveLength(1);
    expect(screen.getByTestId('signed-out')).toBeTruthy();
  });

  it('keeps the member signed in when Back closes the confirmation', async () => {
    await openProfile();
    await press('right');
    await press('enter');

    await press('escape');

    expect(screen.queryByTestId('profile-sign-out-menu')).toBeNull();
    expect(getCurrentFocusKey()).toBe('profile-sign-out');
    expect(services.session.getState().status).toBe('signedIn');
    expect(running.requestsTo('/members/destroy')).toHaveLength(0);
  });

  it('offers Retry when the stats fail to load', async () => {
    running.sandbox.faults.set({ path: '/members/infos', kind: 'status', status: 404, times: 1 });
    await openProfile();

    await waitFor(() => expect(screen.getByTestId('profile-error')).toBeTruthy());
    await press('up');
    await press('left');
    expect(getCurrentFocusKey()).toBe('profile-error-retry');
    await press('enter');

    await waitFor(() => expect(screen.getByTestId('profile-stat-shows')).toBeTruthy());
  });

  it('goes Back to the button that opened it', async () => {
    await openProfile();

    await press('escape');

    await waitFor(() => expect(getCurrentFocusKey()).toBe(launchFocusKey('profile')));
    expect(screen.queryByTestId('profile-screen')).toBeNull();
  });
});
