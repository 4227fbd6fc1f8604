import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startSandbox, type RunningSandbox } from '../../sandbox/server';
import { App } from '../../src/app/App';
import type { AppServices } from '../../src/app/appServices';
import { createApiClient } from '../../src/api/client';
import { createLocaleStore } from '../../src/i18n/localeStore';
import { createAppQueryClient } from '../../src/session/queryClient';
import { createSessionController } from '../../src/session/sessionController';
import { createTokenStorage, MEMBERS_STORAGE_KEY } from '../../src/session/tokenStorage';
import { destroySpatialNavigation } from '../../src/tv/spatialNavigation';
import { press, settle } from './support/keys';
import { initAppNavigation } from './support/renderApp';
import { createScriptedProvider } from './support/scriptedDeviceFlowProvider';

let running: RunningSandbox;
let services: AppServices | null = null;
let tokens: Record<string, string>;
let leaveCount = 0;

beforeAll(async () => {
  running = await startSandbox({ port: 0, log: () => undefined });
});

afterAll(async () => {
  await running.close();
});

beforeEach(() => {
  running.sandbox.reset();
  window.localStorage.clear();
  window.sessionStorage.clear();
  leaveCount = 0;
  initAppNavigation();

  tokens = { demo: running.sandbox.createToken('demo'), marathon: running.sandbox.createToken('marathon') };
  const members = [
    { key: 'a1a1a1a1a1a1a1a1', token: tokens.demo, memberId: 1, login: 'demo', avatar: null },
    { key: 'b2b2b2b2b2b2b2b2', token: tokens.marathon, memberId: 2, login: 'marathon', avatar: null },
  ];
  window.localStorage.setItem(MEMBERS_STORAGE_KEY, JSON.stringify({ members, activeKey: 'a1a1a1a1a1a1a1a1' }));
});

afterEach(() => {
  destroySpatialNavigation();
  services?.session.dispose();
  services?.queryClient.clear();
  services = null;
});

/** Builds the app's services as `createAppServices` does, on the sandbox and the page's storage. */
function createServices(): AppServices {
  const localeStore = createLocaleStore({ systemLanguage: 'en-US', storage: window.localStorage });
  const client = createApiClient({
    baseUrl: running.url,
    apiKey: 'sandbox-demo-key',
    clientSecret: 'sandbox-demo-secret',
    tokenUrl: `${running.url}/oauth/access_token`,
    getLocale: () => localeStore.getLocale(),
    timeoutMs: 3_000,
  });
  const session = createSessionController({ client, storage: createTokenStorage(window.localStorage), redirectReturn: null });
  const queryClient = createAppQueryClient({ onSessionOver: () => session.endSession() });

  return { localeStore, client, pairingProvider: createScriptedProvider(), session, queryClient };
}

async function startApp(): Promise<AppServices> {
  services = createServices();
  await services.session.start();
  render(<App services={services} leaveApp={() => (leaveCount += 1)} />);
  await settle();
  return services;
}

function tile(login: string): HTMLElement {
  const found = screen.getAllByTestId('member-tile').find((element) => within(element).getByTestId('member-tile-login').textContent === login);
  if (!found) {
    throw new Error(`No tile for ${login}`);
  }
  return found;
}

async function click(element: HTMLElement): Promise<void> {
  await act(async () => {
    fireEvent.click(element);
  });
  await settle();
}

async function isActive(token: string): Promise<boolean> {
  const reply = await fetch(`${running.url}/members/is_active`, { headers: { 'X-BetaSeries-Key': 'sandbox-demo-key', Authorization: `Bearer ${token}` } });
  return reply.status === 200;
}

describe("who's watching", () => {
  it('lists the paired members', async () => {
    await startApp();

    expect(screen.getByText('Who’s watching?')).toBeTruthy();
    expect(screen.getAllByTestId('member-tile-login').map((element) => element.textContent)).toEqual(['demo', 'marathon']);
    expect(screen.getByTestId('member-add')).toBeTruthy();
  });

  it('opens the chosen member', async () => {
    const app = await startApp();

    await click(tile('marathon'));

    await waitFor(() => expect(app.session.getState().status).toBe('signedIn'));
    await waitFor(() => expect(screen.getByTestId('member-login').textContent).toContain('marathon'));
    expect(screen.queryByTestId('who-is-watching')).toBeNull();
  });

  it('returns on Back from the member home', async () => {
    const app = await startApp();
    await click(tile('demo'));
    await waitFor(() => expect(app.session.getState().status).toBe('signedIn'));

    // A first Back may only close the side menu, when the home screen put the focus in it.
    await press('escape');
    if (!screen.queryByTestId('who-is-watching')) {
      await press('escape');
    }

    await waitFor(() => expect(screen.getByTestId('who-is-watching')).toBeTruthy());
    expect(leaveCount).toBe(0);

    await press('escape');
    expect(leaveCount).toBe(1);
  });

  it('returns to the member on Back after a switch from Profile', async () => {
    const app = await startApp();
    await click(tile('marathon'));
    await waitFor(() => expect(app.session.getState().status).toBe('signedIn'));

    act(() => app.session.switchMember(true));
    await waitFor(() => expect(screen.getByTestId('who-is-watching')).toBeTruthy());
    expect(screen.getByText('Back: return to the previous member')).toBeTruthy();
    await press('escape');

    await waitFor(() => expect(screen.getByTestId('member-login').textContent).toContain('marathon'));
    expect(leaveCount).toBe(0);
  });

  it('drops the cached data of the member left', async () => {
    const app = await startApp();
    await click(tile('demo'));
    await waitFor(() => expect(app.queryClient.getQueryCache().findAll({ queryKey: ['member', 1] }).length).toBeGreaterThan(0));

    act(() => app.session.switchMember());

    expect(app.queryClient.getQueryCache().getAll()).toEqual([]);
  });

  it('removes a member after confirmation', async () => {
    const app = await startApp();

    const removeButtons = screen.getAllByTestId('member-remove');
    await click(removeButtons[1] as HTMLElement);
    expect(screen.getByTestId('member-remove-menu').textContent).toContain('Remove marathon from this TV?');
    await click(screen.getByTestId('member-remove-confirm'));

    await waitFor(() => expect(screen.getAllByTestId('member-tile-login').map((element) => element.textContent)).toEqual(['demo']));
    expect(await isActive(tokens.marathon as string)).toBe(false);
    expect(await isActive(tokens.demo as string)).toBe(true);
    expect(app.session.getMembers()).toHaveLength(1);
  });

  it('keeps the member when removal is cancelled', async () => {
    await startApp();

    await click(screen.getAllByTestId('member-remove')[0] as HTMLElement);
    await click(screen.getByTestId('member-remove-cancel'));

    expect(screen.queryByTestId('member-remove-menu')).toBeNull();
    expect(screen.getAllByTestId('member-tile')).toHaveLength(2);
    expect(await isActive(tokens.demo as string)).toBe(true);
  });

  it('opens sign-in to add a member, and Back returns', async () => {
    const app = await startApp();

    await click(screen.getByTestId('member-add'));
    expect(app.session.getState().status).toBe('adding');
    await waitFor(() => expect(screen.getByTestId('user-code')).toBeTruthy());
    expect(screen.getByTestId('cancel-adding')).toBeTruthy();

    await press('escape');

    expect(app.session.getState().status).toBe('choosing');
    expect(screen.getByTestId('who-is-watching')).toBeTruthy();
  });
});
