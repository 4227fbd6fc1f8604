import { getCurrentFocusKey, setFocus } from '@noriginmedia/norigin-spatial-navigation';
import { render, screen, waitFor } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { AppErrorBoundary } from '../../src/app/AppErrorBoundary';
import type { AppServices } from '../../src/app/appServices';
import { I18nProvider } from '../../src/i18n/I18nProvider';
import { LOCALE_STORAGE_KEY } from '../../src/i18n/localeStore';
import { MEMBERS_STORAGE_KEY, SESSION_STORAGE_KEY, type StoredMembers } from '../../src/session/tokenStorage';
import { destroySpatialNavigation } from '../../src/tv/spatialNavigation';
import { startFakeBetaSeriesServer, type FakeBetaSeriesServer } from './support/fakeBetaSeriesServer';
import { press, settle } from './support/keys';
import { initAppNavigation, renderApp } from './support/renderApp';
import { createScriptedProvider, makeDeviceCode, type ScriptedProvider } from './support/scriptedDeviceFlowProvider';
import { createTestLocaleStore } from './support/TestProviders';
import { createTestServices } from './support/testServices';

let server: FakeBetaSeriesServer;
let services: AppServices | null;
let provider: ScriptedProvider;
let leaveCount: number;

async function startApp(): Promise<AppServices> {
  services = createTestServices({ apiUrl: server.url, storage: window.localStorage, pairingProvider: provider });
  await services.session.start();
  renderApp(services, () => {
    leaveCount += 1;
  });
  await settle();
  return services;
}

beforeEach(async () => {
  window.localStorage.clear();
  server = await startFakeBetaSeriesServer();
  // A 50 ms poll interval keeps the pairing tests fast on real timers.
  provider = createScriptedProvider([makeDeviceCode({ intervalSeconds: 0.05 })]);
  services = null;
  leaveCount = 0;
  initAppNavigation();
});

afterEach(async () => {
  destroySpatialNavigation();
  services?.session.dispose();
  services?.queryClient.clear();
  await server.close();
});

describe('app', () => {
  it('starts on pairing without a stored token', async () => {
    await startApp();

    await waitFor(() => expect(screen.getByTestId('user-code').textContent).toBe('975-820'));
    expect(server.requests).toHaveLength(0);
  });

  it('opens To watch once the phone confirms the code', async () => {
    provider.outcomes.push({ kind: 'pending' }, { kind: 'authorized', accessToken: 'token-from-pairing' });
    await startApp();

    await waitFor(() => expect(screen.getByTestId('member-login').textContent).toBe('demo'));
    await waitFor(() => expect(screen.getAllByTestId('to-watch-card').length).toBeGreaterThan(0));

    expect(server.requests.every((request) => request.bearer === 'token-from-pairing')).toBe(true);
    await waitFor(() => {
      const stored = JSON.parse(window.localStorage.getItem(MEMBERS_STORAGE_KEY) ?? 'null') as StoredMembers | null;
      expect(stored?.members).toEqual([{ key: stored?.activeKey, token: 'token-from-pairing', memberId: 7, login: 'demo', avatar: null }]);
    });
  });

  it('opens To watch at start with a valid stored token', async () => {
    window.localStorage.setItem(SESSION_STORAGE_KEY, JSON.stringify({ token: 'stored-token', memberId: 7, login: 'demo' }));

    await startApp();

    await waitFor(() => expect(screen.getAllByTestId('to-watch-card').length).toBeGreaterThan(0));
    expect(screen.queryByTestId('pairing-status')).toBeNull();
    expect(provider.codeRequests).toBe(0);
  });

  it('sends a rejected stored token back to pairing with the notice', async () => {
    window.localStorage.setItem(SESSION_STORAGE_KEY, JSON.stringify({ token: 'old-token', memberId: 7, login: 'demo' }));
    server.behaviour.isActive = 'tokenRejected';

    await startApp();

    await waitFor(() => expect(screen.getByRole('alert').textContent).toBe('Your session ended, pair again.'));
    expect(screen.getByTestId('pairing-status')).toBeTruthy();
  });

  it('switches to French and remembers the choice', async () => {
    const app = await startApp();
    // The pairing screen focuses "Other ways to sign in" first; the language button sits in its header.
    await waitFor(() => expect(getCurrentFocusKey()).toBe('pairing-other-methods'));
    await setFocus('pairing-language');
    await waitFor(() => expect(getCurrentFocusKey()).toBe('pairing-language'));

    await press('enter');

    expect(screen.getByText('Connectez votre compte BetaSeries')).toBeTruthy();
    expect(document.documentElement.lang).toBe('fr');
    expect(window.localStorage.getItem(LOCALE_STORAGE_KEY)).toBe('fr');
    expect(app.localeStore.getLocale()).toBe('fr');
  });

  it('sends the UI language to the API', async () => {
    window.localStorage.setItem(LOCALE_STORAGE_KEY, 'fr');
    window.localStorage.setItem(SESSION_STORAGE_KEY, JSON.stringify({ token: 'stored-token', memberId: 7, login: 'demo' }));

    await startApp();

    await waitFor(() => expect(server.count('/episodes/list')).toBe(1));
    const listRequest = server.requests.find((request) => request.path === '/episodes/list');
    expect(listRequest?.query.get('locale')).toBe('fr');
  });

  it('leaves the app on Back from the first screen', async () => {
    await startApp();

    await press('escape');

    expect(leaveCount).toBe(1);
  });
});

describe('error boundary', () => {
  beforeEach(() => {
    // React reports the caught error on the console; the test checks the screen instead.
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
  });

  afterEach(() => {
    vi.restoreAllMocks();
  });

  function Fragile({ shouldThrow }: { shouldThrow: () => boolean }) {
    if (shouldThrow()) {
      throw new Error('poster list is not an array');
    }
    return <p>Recovered</p>;
  }

  function Harness() {
    const [failures, setFailures] = useState(1);
    return (
      <I18nProvider store={createTestLocaleStore()}>
        <AppErrorBoundary onRetry={() => setFailures(0)}>
          <Fragile shouldThrow={() => failures > 0} />
        </AppErrorBoundary>
      </I18nProvider>
    );
  }

  it('shows the reason and renders again on Retry', async () => {
    render(<Harness />);
    await settle();

    expect(screen.getByRole('alert').textContent).toContain('The app hit an error: poster list is not an array');
    expect(getCurrentFocusKey()).toBe('crash-retry');

    await press('enter');

    expect(screen.getByText('Recovered')).toBeTruthy();
  });
});
