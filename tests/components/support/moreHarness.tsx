import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { QueryClientProvider } from '@tanstack/react-query';
import { act, fireEvent, render } from '@testing-library/react';
import { createSandbox, DEMO_API_KEY, type Sandbox } from '../../../sandbox/server';
import { createApiClient } from '../../../src/api/client';
import type { AppServices } from '../../../src/app/appServices';
import type { Route } from '../../../src/app/routes';
import { ScreenStack } from '../../../src/app/ScreenStack';
import { useOpenScreen } from '../../../src/app/useOpenScreen';
import { I18nProvider } from '../../../src/i18n/I18nProvider';
import { createLocaleStore } from '../../../src/i18n/localeStore';
import { createAppQueryClient } from '../../../src/session/queryClient';
import { createSessionController } from '../../../src/session/sessionController';
import { SessionProvider } from '../../../src/session/SessionProvider';
import { useSession } from '../../../src/session/useSession';
import { createTokenStorage } from '../../../src/session/tokenStorage';
import { BackHandlerProvider } from '../../../src/tv/BackHandlerProvider';
import { FocusableButton } from '../../../src/tv/FocusableButton';
import { initSpatialNavigation } from '../../../src/tv/spatialNavigation';
import { useScreenDefaultFocus } from '../../../src/tv/useScreen';
import { createFakeLayoutAdapter, type Box } from './fakeLayout';
import { createScriptedProvider } from './scriptedDeviceFlowProvider';

/** One API request as it reached the sandbox. */
export interface ProxiedRequest {
  method: string;
  path: string;
  query: URLSearchParams;
  /** True when the client closed the connection before the reply was sent (an aborted fetch). */
  aborted: boolean;
  /** `Date.now()` when the request arrived. */
  at: number;
}

/** Changes a JSON reply of the sandbox before it is sent, to play a reply the sandbox never sends. */
export type ReplyRewrite = (body: Record<string, unknown>) => Record<string, unknown>;

export interface ProxiedSandbox {
  url: string;
  sandbox: Sandbox;
  requests: ProxiedRequest[];
  requestsTo(path: string): ProxiedRequest[];
  /** Rewrites every JSON reply to `path` until `clearRewrites()`. */
  rewrite(path: string, change: ReplyRewrite): void;
  clearRewrites(): void;
  close(): Promise<void>;
}

/**
 * Starts the real sandbox on a loopback port behind a thin proxy that records each request's query
 * and whether the client aborted it, and can rewrite JSON replies of chosen paths.
 */
export async function startProxiedSandbox(): Promise<ProxiedSandbox> {
  const sandbox = createSandbox({ log: () => undefined });
  const requests: ProxiedRequest[] = [];
  const rewrites = new Map<string, ReplyRewrite>();

  const server = http.createServer((req, res) => {
    const requestUrl = new URL(req.url ?? '/', 'http://127.0.0.1');
    const entry: ProxiedRequest = {
      method: req.method ?? '',
      path: requestUrl.pathname,
      query: requestUrl.searchParams,
      aborted: false,
      at: Date.now(),
    };
    if (req.method !== 'OPTIONS') {
      requests.push(entry);
    }

    res.on('close', () => {
      if (!res.writableFinished) {
        entry.aborted = true;
      }
    });

    const change = rewrites.get(requestUrl.pathname);
    if (change) {
      interceptJson(res, change);
    }

    if (!sandbox.handle(req, res)) {
      res.writeHead(404).end();
    }
  });

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  sandbox.setPublicUrl(url);

  return {
    url,
    sandbox,
    requests,
    requestsTo: (path) => requests.filter((request) => request.path === path),
    rewrite: (path, change) => rewrites.set(path, change),
    clearRewrites: () => rewrites.clear(),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/**
 * Holds back the head and body the sandbox writes to `res`, then sends `change(json)` instead,
 * with its own Content-Length, when the body is a JSON object.
 */
function interceptJson(res: http.ServerResponse, change: ReplyRewrite): void {
  const chunks: Buffer[] = [];
  let status = 200;
  let headers: Record<string, string> = {};

  const originalWriteHead = res.writeHead.bind(res);
  const originalEnd = res.end.bind(res);

  res.writeHead = ((statusCode: number, head?: Record<string, string>) => {
    status = statusCode;
    headers = { ...(head ?? {}) };
    return res;
  }) as typeof res.writeHead;

  res.write = ((chunk: unknown) => {
    chunks.push(Buffer.from(chunk as string));
    return true;
  }) as typeof res.write;

  res.end = ((chunk?: unknown) => {
    if (chunk !== undefined && typeof chunk !== 'function') {
      chunks.push(Buffer.from(chunk as string));
    }

    let body = Buffer.concat(chunks).toString('utf8');
    try {
      body = JSON.stringify(change(JSON.parse(body) as Record<string, unknown>));
    } catch {
      // Not JSON (an HTML fault page): sent unchanged.
    }

    originalWriteHead(status, { ...headers, 'Content-Length': String(Buffer.byteLength(body)) });
    return originalEnd(body);
  }) as typeof res.end;
}

/**
 * Builds the app's services against the sandbox and signs `login` in with a token the sandbox
 * issues, as a finished pairing does. Transient failures are retried after 10 ms.
 */
export function signIn(running: ProxiedSandbox, login: string, language = 'en-US'): AppServices {
  const storage = window.localStorage;
  const localeStore = createLocaleStore({ systemLanguage: language, storage });
  const client = createApiClient({
    baseUrl: running.url,
    apiKey: DEMO_API_KEY,
    tokenUrl: `${running.url}/oauth/access_token`,
    getLocale: () => localeStore.getLocale(),
    timeoutMs: 5_000,
  });
  const session = createSessionController({ client, storage: createTokenStorage(storage) });
  const queryClient = createAppQueryClient({ onSessionOver: () => session.endSession() });
  queryClient.setDefaultOptions({ queries: { ...queryClient.getDefaultOptions().queries, retryDelay: 10 } });

  session.signIn(running.sandbox.createToken(login));

  return { localeStore, client, pairingProvider: createScriptedProvider(), session, queryClient };
}

export const LAUNCH_ROUTES = ['search', 'movies', 'notifications', 'profile'] as const;
export type LaunchRoute = (typeof LAUNCH_ROUTES)[number];

export function launchFocusKey(route: LaunchRoute): string {
  return `launch-${route}`;
}

/** Renders a first screen with one button per screen under test, so a test opens it and goes Back as a member does. */
function Launcher() {
  const openScreen = useOpenScreen();
  useScreenDefaultFocus(launchFocusKey('search'));

  return (
    <div>
      {LAUNCH_ROUTES.map((route) => (
        <FocusableButton key={route} focusKey={launchFocusKey(route)} testId={launchFocusKey(route)} onPress={() => openScreen({ name: route } as Route)}>
          {route}
        </FocusableButton>
      ))}
    </div>
  );
}

/** Renders the stack while a member is signed in, and a marker once the session ended, as the app swaps them. */
function SignedInStack() {
  const { state } = useSession();

  if (state.status !== 'signedIn' && state.status !== 'signingOut') {
    return <p data-testid="signed-out">signed out</p>;
  }

  return <ScreenStack root={{ id: 'launcher', render: () => <Launcher /> }} leaveApp={() => undefined} />;
}

/** Renders the app's providers and a screen stack whose first screen is the launcher. */
export function renderLauncher(services: AppServices) {
  return render(
    <I18nProvider store={services.localeStore}>
      <QueryClientProvider client={services.queryClient}>
        <SessionProvider controller={services.session} client={services.client}>
          <BackHandlerProvider>
            <SignedInStack />
          </BackHandlerProvider>
        </SessionProvider>
      </QueryClientProvider>
    </I18nProvider>,
  );
}

/** Sends a colour key as webOS delivers it (keyCode 403-406), down then up. */
export async function pressColourKey(colour: 'red' | 'green' | 'yellow' | 'blue'): Promise<void> {
  const keyCode = { red: 403, green: 404, yellow: 405, blue: 406 }[colour];

  await act(async () => {
    fireEvent.keyDown(window, { keyCode, key: 'Unidentified' });
    fireEvent.keyUp(window, { keyCode, key: 'Unidentified' });
  });
}

/** Returns where the focusables of the four screens sit at 1080p, roughly as their stylesheets lay them out. */
function boxFor(focusKey: string, node: HTMLElement): Box | undefined {
  const launchIndex = LAUNCH_ROUTES.findIndex((route) => launchFocusKey(route) === focusKey);
  if (launchIndex >= 0) {
    return { left: 96, top: 100 + launchIndex * 100, width: 300, height: 72 };
  }

  const index = node.getAttribute('data-index');
  if (index !== null && node.closest('.tv-row')) {
    return { left: 96 + Number(index) * 296, top: 494, width: 260, height: 486 };
  }

  if (index !== null && node.closest('.search')) {
    return { left: 1114, top: 250 + Number(index) * 208, width: 710, height: 184 };
  }

  if (index !== null && node.closest('.tv-list')) {
    return { left: 96, top: 150 + Number(index) * 180, width: 1728, height: 156 };
  }

  const row = node.getAttribute('data-row');
  const column = node.getAttribute('data-column');
  if (row !== null && column !== null) {
    const span = Number(node.getAttribute('data-span') ?? 1);
    return { left: 96 + Number(column) * 98, top: 250 + Number(row) * 86, width: span * 98 - 10, height: 76 };
  }

  if (node.closest('.action-menu__panel') && node.parentElement) {
    const position = Array.from(node.parentElement.children).indexOf(node);
    return { left: 616, top: 300 + position * 96, width: 688, height: 72 };
  }

  return FIXED_BOXES[focusKey];
}

const FIXED_BOXES: Record<string, Box> = {
  'search-keyboard': { left: 96, top: 142, width: 970, height: 710 },
  'search-results': { left: 1114, top: 226, width: 710, height: 800 },
  'movies-row': { left: 72, top: 470, width: 1776, height: 534 },
  'notifications-list': { left: 72, top: 126, width: 1776, height: 908 },
  'movies-undo': { left: 1300, top: 260, width: 220, height: 72 },
  'movies-empty-back': { left: 96, top: 300, width: 220, height: 72 },
  'movies-error-retry': { left: 96, top: 300, width: 220, height: 72 },
  'movies-error-back': { left: 340, top: 300, width: 220, height: 72 },
  'notifications-error-retry': { left: 96, top: 300, width: 220, height: 72 },
  'notifications-error-back': { left: 340, top: 300, width: 220, height: 72 },
  'search-error-retry': { left: 1114, top: 300, width: 220, height: 72 },
  'search-error-back': { left: 1358, top: 300, width: 220, height: 72 },
  'profile-error-retry': { left: 96, top: 500, width: 220, height: 72 },
  'profile-error-back': { left: 340, top: 500, width: 220, height: 72 },
  'profile-language-fr': { left: 96, top: 820, width: 300, height: 72 },
  'profile-language-en': { left: 420, top: 820, width: 300, height: 72 },
  'profile-sign-out': { left: 1092, top: 820, width: 300, height: 72 },
};

/** Starts norigin with the boxes of the four screens. */
export function initMoreNavigation(): void {
  initSpatialNavigation({ layoutAdapter: createFakeLayoutAdapter(boxFor) });
}
