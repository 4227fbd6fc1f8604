import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startSandbox, type RunningSandbox } from '../../sandbox/server';
import { App } from '../../src/app/App';
import type { AppServices } from '../../src/app/appServices';
import { createApiClient } from '../../src/api/client';
import { createLocaleStore } from '../../src/i18n/localeStore';
import { clearLog, getLogEntries, setLogLevel } from '../../src/logger';
import { createAppQueryClient } from '../../src/session/queryClient';
import { createSessionController } from '../../src/session/sessionController';
import { createTokenStorage } from '../../src/session/tokenStorage';
import { md5Hex } from '../../src/signin/md5Hex';
import { destroySpatialNavigation } from '../../src/tv/spatialNavigation';
import { press, settle } from './support/keys';
import { initAppNavigation } from './support/renderApp';
import { createScriptedProvider } from './support/scriptedDeviceFlowProvider';

const PASSWORD = 'épisode2000';

let running: RunningSandbox;
let services: AppServices | null = null;

beforeAll(async () => {
  running = await startSandbox({ port: 0, log: () => undefined });
});

afterAll(async () => {
  await running.close();
  setLogLevel('info');
});

beforeEach(() => {
  running.sandbox.reset();
  running.sandbox.requests.clear();
  window.localStorage.clear();
  window.sessionStorage.clear();
  clearLog();
  setLogLevel('debug');
  initAppNavigation();
});

afterEach(() => {
  destroySpatialNavigation();
  services?.session.dispose();
  services?.queryClient.clear();
  services = null;
});

async function startApp(baseUrl = running.url): Promise<AppServices> {
  const localeStore = createLocaleStore({ systemLanguage: 'en-US', storage: window.localStorage });
  const client = createApiClient({
    baseUrl,
    apiKey: 'sandbox-demo-key',
    clientSecret: 'sandbox-demo-secret',
    tokenUrl: `${baseUrl}/oauth/access_token`,
    getLocale: () => localeStore.getLocale(),
    timeoutMs: 3_000,
  });
  const session = createSessionController({ client, storage: createTokenStorage(window.localStorage), redirectReturn: null });
  services = { localeStore, client, pairingProvider: createScriptedProvider(), session, queryClient: createAppQueryClient({ onSessionOver: () => session.endSession() }) };

  await services.session.start();
  render(<App services={services} />);
  await settle();
  return services;
}

async function click(element: HTMLElement): Promise<void> {
  await act(async () => {
    fireEvent.click(element);
  });
  await settle();
}

async function openPasswordScreen(): Promise<void> {
  await click(screen.getByTestId('other-sign-in-methods'));
  await click(screen.getByTestId('sign-in-with-password'));
}

/** Types `text` by clicking keys, as the LG Magic Remote pointer does, switching Shift and layers as needed. */
async function typeOn(keyboardTestId: string, text: string): Promise<void> {
  const keyboard = () => screen.getByTestId(keyboardTestId);
  const key = (id: string) => within(keyboard()).getAllByTestId('keyboard-key').find((element) => element.getAttribute('data-key-id') === id);

  for (const character of Array.from(text)) {
    const lower = character.toLowerCase();
    const shifted = lower !== character;
    const isOn = key('shift')?.getAttribute('aria-pressed') === 'true';
    if (shifted !== isOn) {
      await click(key('shift') as HTMLElement);
    }

    if (!key(`char:${lower}`)) {
      await click(key('layer') as HTMLElement);
    }

    const target = key(`char:${lower}`);
    if (!target) {
      throw new Error(`No key for "${character}" on either layer`);
    }
    await click(target);
  }
}

async function submit(keyboardTestId: string): Promise<void> {
  const keyboard = screen.getByTestId(keyboardTestId);
  const key = within(keyboard).getAllByTestId('keyboard-key').find((element) => element.getAttribute('data-key-id') === 'submit');
  await click(key as HTMLElement);
}

describe('password sign-in', () => {
  it('signs in with the keyboard', async () => {
    const app = await startApp();
    await openPasswordScreen();

    await typeOn('login-keyboard', 'marathon');
    await submit('login-keyboard');
    await typeOn('password-keyboard', PASSWORD);
    await submit('password-keyboard');

    await waitFor(() => expect(app.session.getState().status).toBe('signedIn'));
    const state = app.session.getState();
    expect(state.status === 'signedIn' ? state.member : null).toEqual({ id: 2, login: 'marathon' });
  });

  it('never keeps the password or its MD5', async () => {
    const app = await startApp();
    await openPasswordScreen();
    const seenInDom: string[] = [];
    const observer = new MutationObserver(() => seenInDom.push(document.body.innerHTML));
    observer.observe(document.body, { subtree: true, childList: true, characterData: true, attributes: true });

    await typeOn('login-keyboard', 'marathon');
    await submit('login-keyboard');
    await typeOn('password-keyboard', PASSWORD);
    await submit('password-keyboard');
    await waitFor(() => expect(app.session.getState().status).toBe('signedIn'));
    observer.disconnect();

    const hash = md5Hex(PASSWORD);
    const stores = [window.localStorage, window.sessionStorage].map((storage) =>
      Array.from({ length: storage.length }, (_, index) => `${storage.key(index)}=${storage.getItem(storage.key(index) ?? '')}`).join('\n'),
    );
    for (const text of [...stores, window.location.href, JSON.stringify(getLogEntries()), ...seenInDom]) {
      expect(text).not.toContain(PASSWORD);
      expect(text).not.toContain(hash);
    }
    expect(getLogEntries().length).toBeGreaterThan(0);
  });

  it('says so for a wrong password', async () => {
    const app = await startApp();
    await openPasswordScreen();

    await typeOn('login-keyboard', 'demo');
    await submit('login-keyboard');
    await typeOn('password-keyboard', 'Popcorn');
    await submit('password-keyboard');

    await waitFor(() => expect(screen.getByTestId('password-status').textContent).toBe('Wrong login or password.'));
    expect(within(screen.getByTestId('password-keyboard')).getByTestId('keyboard-field').textContent).toBe('');
    expect(app.session.getState().status).toBe('signedOut');
  });

  it('asks for a login before the password', async () => {
    await startApp();
    await openPasswordScreen();

    await submit('login-keyboard');

    expect(screen.getByTestId('password-status').textContent).toBe('Type your e-mail or login.');
    expect(screen.queryByTestId('password-keyboard')).toBeNull();
  });

  it('returns to the login on Back', async () => {
    await startApp();
    await openPasswordScreen();
    await typeOn('login-keyboard', 'demo');
    await submit('login-keyboard');
    await typeOn('password-keyboard', 'abc');

    await press('escape');

    expect(screen.queryByTestId('password-keyboard')).toBeNull();
    expect(within(screen.getByTestId('login-keyboard')).getByTestId('keyboard-field').textContent).toBe('demo');
  });

  it('refuses a plain HTTP API on the network', async () => {
    await startApp('http://192.0.2.10:8080/api');
    await openPasswordScreen();

    expect(screen.getByTestId('password-insecure').textContent).toContain('http://192.0.2.10:8080/api');
    expect(screen.queryByTestId('login-keyboard')).toBeNull();
  });

  it('offers no redirect when the BetaSeries pages are unknown', async () => {
    await startApp();

    await click(screen.getByTestId('other-sign-in-methods'));

    expect(screen.getByTestId('sign-in-with-code')).toBeTruthy();
    expect(screen.getByTestId('sign-in-with-password')).toBeTruthy();
    expect(screen.queryByTestId('sign-in-with-oauth')).toBeNull();
    expect(screen.queryByTestId('sign-in-with-key')).toBeNull();
  });
});
