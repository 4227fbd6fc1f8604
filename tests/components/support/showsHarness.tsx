import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { QueryClientProvider } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import { createSandbox, DEMO_API_KEY, type Sandbox } from '../../../sandbox/server';
import { createApiClient } from '../../../src/api/client';
import type { AppServices } from '../../../src/app/appServices';
import type { Route } from '../../../src/app/routes';
import { screenForRoute } from '../../../src/app/screenForRoute';
import { ScreenStack } from '../../../src/app/ScreenStack';
import { I18nProvider } from '../../../src/i18n/I18nProvider';
import { createLocaleStore } from '../../../src/i18n/localeStore';
import { createAppQueryClient } from '../../../src/session/queryClient';
import { createSessionController } from '../../../src/session/sessionController';
import { SessionProvider } from '../../../src/session/SessionProvider';
import { createTokenStorage } from '../../../src/session/tokenStorage';
import { BackHandlerProvider } from '../../../src/tv/BackHandlerProvider';
import { getItemOffset, type GridGeometry } from '../../../src/tv/gridWindow';
import { initSpatialNavigation } from '../../../src/tv/spatialNavigation';
import { createFakeLayoutAdapter, type Box } from './fakeLayout';
import { createScriptedProvider } from './scriptedDeviceFlowProvider';

/** One API request as the sandbox received it: GET parameters are in `query`, POST and DELETE ones in `form`. */
export interface RecordedRequest {
  method: string;
  path: string;
  query: URLSearchParams;
}

export interface RecordingSandbox {
  /** Where the app sends its requests; each one is recorded. */
  url: string;
  /** The same sandbox behind a second port, for the calls a test makes itself, which are not recorded. */
  directUrl: string;
  sandbox: Sandbox;
  requests: RecordedRequest[];
  /** The recorded requests to `path`, oldest first. */
  requestsTo(path: string): RecordedRequest[];
  close(): Promise<void>;
}

function listen(server: http.Server): Promise<string> {
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => resolve(`http://127.0.0.1:${(server.address() as AddressInfo).port}`));
  });
}

function closeServer(server: http.Server): Promise<void> {
  return new Promise((resolve) => {
    server.closeAllConnections();
    server.close(() => resolve());
  });
}

/**
 * Starts the real sandbox on a loopback port behind a thin server that records each request's
 * path and query string, which the sandbox's own log leaves out.
 */
export async function startRecordingSandbox(): Promise<RecordingSandbox> {
  const sandbox = createSandbox({ log: () => undefined });
  const requests: RecordedRequest[] = [];

  const handle = (req: http.IncomingMessage, res: http.ServerResponse) => {
    if (!sandbox.handle(req, res)) {
      res.writeHead(404).end();
    }
  };

  const recorded = http.createServer((req, res) => {
    const requestUrl = new URL(req.url ?? '/', 'http://127.0.0.1');
    if (req.method !== 'OPTIONS') {
      requests.push({ method: req.method ?? '', path: requestUrl.pathname, query: requestUrl.searchParams });
    }

    handle(req, res);
  });
  const direct = http.createServer(handle);

  const url = await listen(recorded);
  const directUrl = await listen(direct);
  sandbox.setPublicUrl(url);

  return {
    url,
    directUrl,
    sandbox,
    requests,
    requestsTo: (path) => requests.filter((request) => request.path === path),
    close: async () => {
      await closeServer(recorded);
      await closeServer(direct);
    },
  };
}

export interface SignedInServices {
  services: AppServices;
  /** The member's token, for calls a test makes to the sandbox directly. */
  token: string;
}

/**
 * Builds the app's services as `createAppServices` does, for a demo member of the sandbox who is
 * already signed in, with transient failures retried after 10 ms instead of TanStack Query's
 * 1 s and 2 s.
 */
export async function signInServices(running: RecordingSandbox, login: string, language = 'en-US'): Promise<SignedInServices> {
  const storage = window.localStorage;
  const localeStore = createLocaleStore({ systemLanguage: language, storage });
  const client = createApiClient({
    baseUrl: running.url,
    apiKey: DEMO_API_KEY,
    tokenUrl: `${running.url}/oauth/access_token`,
    getLocale: () => localeStore.getLocale(),
    timeoutMs: 3_000,
  });
  const session = createSessionController({ client, storage: createTokenStorage(storage) });
  const queryClient = createAppQueryClient({ onSessionOver: () => session.endSession() });
  queryClient.setDefaultOptions({ queries: { ...queryClient.getDefaultOptions().queries, retryDelay: 10 } });

  const token = running.sandbox.createToken(login);
  await session.start();
  session.signIn(token);
  if (session.getState().status !== 'signedIn') {
    throw new Error(`Signing in "${login}" failed: the session is "${session.getState().status}".`);
  }

  return { services: { localeStore, client, pairingProvider: createScriptedProvider(), session, queryClient }, token };
}

/** Renders the app's providers and a screen stack whose first screen is `route`. */
export function renderRoute(services: AppServices, route: Route) {
  return render(
    <I18nProvider store={services.localeStore}>
      <QueryClientProvider client={services.queryClient}>
        <SessionProvider controller={services.session} client={services.client}>
          <BackHandlerProvider>
            <ScreenStack root={screenForRoute(route)} leaveApp={() => undefined} />
          </BackHandlerProvider>
        </SessionProvider>
      </QueryClientProvider>
    </I18nProvider>,
  );
}

/** My shows' grid as ShowsBody lays it out at 1080p. */
export const SHOWS_GRID: GridGeometry = { columns: 8, itemWidth: 180, itemHeight: 346, columnGap: 40, rowGap: 36, viewportHeight: 730 };
const SHOWS_GRID_LEFT = 96;
const SHOWS_GRID_TOP = 226;

/** Where the fixed focusables of My shows and Show sit at 1080p, roughly as their CSS lays them out. */
const BOXES: Record<string, Box> = {
  'shows-filter-all': { left: 96, top: 130, width: 140, height: 72 },
  'shows-filter-current': { left: 252, top: 130, width: 220, height: 72 },
  'shows-filter-notStarted': { left: 488, top: 130, width: 240, height: 72 },
  'shows-filter-completed': { left: 744, top: 130, width: 220, height: 72 },
  'shows-filter-archived': { left: 980, top: 130, width: 220, height: 72 },
  'shows-order': { left: 1240, top: 130, width: 360, height: 72 },
  'shows-more-retry': { left: 1600, top: 54, width: 200, height: 72 },
  'shows-grid': { left: SHOWS_GRID_LEFT, top: SHOWS_GRID_TOP, width: 1720, height: 730 },
  'shows-open-search': { left: 96, top: 330, width: 320, height: 72 },
  'shows-show-all': { left: 96, top: 330, width: 320, height: 72 },
  'shows-error-retry': { left: 96, top: 400, width: 220, height: 72 },
  'shows-error-back': { left: 340, top: 400, width: 220, height: 72 },
  'shows-undo': { left: 1500, top: 880, width: 220, height: 72 },
};

/** Returns the box of a focusable of the Show screen, by the shape of its focus key, as ShowScreen.css lays it out. */
function showScreenBox(focusKey: string, node: HTMLElement): Box | undefined {
  const index = Number(node.getAttribute('data-index') ?? -1);

  if (/^show-\d+-season-\d+$/.test(focusKey)) {
    return { left: 96 + index * 228, top: 508, width: 200, height: 72 };
  }
  if (/^show-\d+-episode-\d+$/.test(focusKey)) {
    return { left: 96, top: 620 + index * 68, width: 1728, height: 60 };
  }
  if (/^show-\d+-seasons$/.test(focusKey)) {
    return { left: 72, top: 484, width: 1776, height: 120 };
  }
  if (/^show-\d+-episodes$/.test(focusKey)) {
    return { left: 88, top: 612, width: 1744, height: 348 };
  }
  if (/^show-\d+-follow$/.test(focusKey)) {
    return { left: 96, top: 400, width: 240, height: 72 };
  }
  if (/^show-\d+-archive$/.test(focusKey)) {
    return { left: 356, top: 400, width: 200, height: 72 };
  }
  if (/^show-\d+-(error|seasons-error|episodes-error)-retry$/.test(focusKey)) {
    return { left: 96, top: 700, width: 220, height: 72 };
  }
  if (/^show-\d+-(error|seasons-error|episodes-error)-back$/.test(focusKey)) {
    return { left: 340, top: 700, width: 220, height: 72 };
  }
  if (/^show-\d+-undo$/.test(focusKey)) {
    return { left: 1500, top: 880, width: 220, height: 72 };
  }

  return undefined;
}

/**
 * Starts norigin with fake boxes for My shows and Show: posters by their `data-index` in the
 * grid, the Show screen's focusables by their focus key, the rest from the table.
 */
export function initShowsNavigation(): void {
  initSpatialNavigation({
    layoutAdapter: createFakeLayoutAdapter((focusKey, node) => {
      const index = node.getAttribute('data-index');
      if (index !== null && /^show-\d+$/.test(focusKey)) {
        const offset = getItemOffset(Number(index), SHOWS_GRID);
        return { left: SHOWS_GRID_LEFT + offset.left, top: SHOWS_GRID_TOP + offset.top, width: SHOWS_GRID.itemWidth, height: SHOWS_GRID.itemHeight };
      }

      return showScreenBox(focusKey, node) ?? BOXES[focusKey];
    }),
  });
}
