import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { destroy as destroySpatialNavigation } from '@noriginmedia/norigin-spatial-navigation';
import { QueryClientProvider } from '@tanstack/react-query';
import { act, cleanup, render } from '@testing-library/react';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApiClient } from '../../src/api/client';
import type { Route } from '../../src/app/routes';
import { screenForRoute } from '../../src/app/screenForRoute';
import { ScreenStack } from '../../src/app/ScreenStack';
import { I18nProvider } from '../../src/i18n/I18nProvider';
import { createLocaleStore } from '../../src/i18n/localeStore';
import { clearLog, getLogEntries, setLogLevel } from '../../src/logger';
import { createAppQueryClient } from '../../src/session/queryClient';
import { createSessionController } from '../../src/session/sessionController';
import { SessionProvider } from '../../src/session/SessionProvider';
import { useSession } from '../../src/session/useSession';
import { createTokenStorage } from '../../src/session/tokenStorage';
import { BackHandlerProvider } from '../../src/tv/BackHandlerProvider';
import { initSpatialNavigation } from '../../src/tv/spatialNavigation';
import { captureReplies, type ReplyCorpus } from '../unit/fuzz/captureReplies';
import { mutateReply, type FuzzReply, type Json } from '../unit/fuzz/mutateReply';
import { createSeededRandom, type SeededRandom } from '../unit/fuzz/seededRandom';
import { createFakeLayoutAdapter } from './support/fakeLayout';

/** Set FUZZ_SEED to replay a run. The summary line prints the seed in use. */
const SEED = Number(process.env.FUZZ_SEED ?? 20_240_301);

/** Screen renders per route. Each render reads one to four mutated replies. */
const RENDERS_PER_ROUTE = 40;

/** Share of replies left as the sandbox sent them, so screens also reach their later requests. */
const UNMUTATED_SHARE = 0.2;

/** Maximum wait in ms for a screen's requests to stop. */
const SETTLE_LIMIT_MS = 1_500;

interface FuzzServer {
  url: string;
  /** Mutated replies sent so far. */
  mutatedReplies: number;
  requests: number;
  random: SeededRandom;
  close(): Promise<void>;
}

/** Serves each request a mutation of the sandbox's reply to its path, chosen by the seeded generator. */
async function startFuzzServer(corpus: ReplyCorpus, random: SeededRandom): Promise<FuzzServer> {
  const state: FuzzServer = { url: '', mutatedReplies: 0, requests: 0, random, close: async () => undefined };

  const server = http.createServer((req, res) => {
    req.resume();
    req.on('end', () => {
      state.requests += 1;
      const path = new URL(req.url ?? '/', 'http://127.0.0.1').pathname;
      const sample = corpus[`${req.method ?? 'GET'} ${path}`] ?? ({ errors: [] } as Json);

      let reply: FuzzReply = { status: 200, contentType: 'application/json', body: JSON.stringify(sample), headers: {} };
      if (!state.random.chance(UNMUTATED_SHARE)) {
        reply = mutateReply(sample, state.random).reply;
        state.mutatedReplies += 1;
      }

      res.writeHead(reply.status, { 'Content-Type': reply.contentType, 'Access-Control-Allow-Origin': '*', ...reply.headers });
      res.end(reply.body);
    });
  });

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  state.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  state.close = () =>
    new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    });

  return state;
}

/**
 * Renders the stack while the member is signed in. A mutated reply can carry error 2001, which
 * ends the session, and the app then swaps the member's screens for sign-in, as this does.
 */
function SignedInStack({ route }: { route: Route }) {
  const { state } = useSession();

  if (state.status !== 'signedIn' && state.status !== 'signingOut') {
    return <p data-testid="signed-out">signed out</p>;
  }

  return <ScreenStack root={screenForRoute(route)} leaveApp={() => undefined} />;
}

/** Renders `route` as the first screen of a signed-in member's stack, with the app's providers. */
function renderRoute(apiUrl: string, route: Route) {
  const storage = window.localStorage;
  const localeStore = createLocaleStore({ systemLanguage: 'en-US', storage });
  const client = createApiClient({
    baseUrl: apiUrl,
    apiKey: 'fuzz-key',
    tokenUrl: `${apiUrl}/oauth/access_token`,
    getLocale: () => localeStore.getLocale(),
    timeoutMs: 2_000,
  });
  const session = createSessionController({ client, storage: createTokenStorage(storage) });
  const queryClient = createAppQueryClient({ onSessionOver: () => session.endSession() });
  // One reply per request: a retry would read another mutation and hide what the first did.
  queryClient.setDefaultOptions({ queries: { ...queryClient.getDefaultOptions().queries, retry: false } });
  session.signIn('fuzz-token');

  return render(
    <I18nProvider store={localeStore}>
      <QueryClientProvider client={queryClient}>
        <SessionProvider controller={session} client={client}>
          <BackHandlerProvider>
            <SignedInStack route={route} />
          </BackHandlerProvider>
        </SessionProvider>
      </QueryClientProvider>
    </I18nProvider>,
  );
}

/** Lets the screen run until its requests stop for two checks in a row, or the limit passes. */
async function settle(server: FuzzServer): Promise<void> {
  const startedAt = Date.now();
  let last = -1;
  let quietChecks = 0;

  while (quietChecks < 2 && Date.now() - startedAt < SETTLE_LIMIT_MS) {
    await act(async () => {
      await new Promise((resolve) => setTimeout(resolve, 60));
    });

    quietChecks = server.requests === last ? quietChecks + 1 : 0;
    last = server.requests;
  }
}

interface Totals {
  renders: number;
  mutatedReplies: number;
  screenCrashes: string[];
  uncaught: string[];
}

const totals: Totals = { renders: 0, mutatedReplies: 0, screenCrashes: [], uncaught: [] };

let corpus: ReplyCorpus;
let showId = 1;
let episodeId = 1;

const uncaughtErrors: string[] = [];
const onWindowError = (event: ErrorEvent): void => {
  uncaughtErrors.push(`window error: ${String(event.error ?? event.message)}`);
};
const onRejection = (reason: unknown): void => {
  uncaughtErrors.push(`unhandled rejection: ${reason instanceof Error ? `${reason.name}: ${reason.message}` : String(reason)}`);
};

const originalConsoleError = console.error;

beforeAll(async () => {
  setLogLevel('error');
  corpus = await captureReplies();
  showId = (corpus['GET /shows/display'] as { show: { id: number } }).show.id;
  episodeId = (corpus['GET /episodes/display'] as { episode: { id: number } }).episode.id;

  window.addEventListener('error', onWindowError);
  process.on('unhandledRejection', onRejection);
  // React reports every error a boundary catches on console.error, so the boundary's log line counts them instead.
  console.error = () => undefined;
}, 30_000);

afterAll(() => {
  console.error = originalConsoleError;
  window.removeEventListener('error', onWindowError);
  process.off('unhandledRejection', onRejection);
  setLogLevel('info');
});

const ROUTES: ReadonlyArray<[string, () => Route]> = [
  ['home', () => ({ name: 'home' })],
  ['shows', () => ({ name: 'shows' })],
  ['show', () => ({ name: 'show', showId })],
  ['episode', () => ({ name: 'episode', episodeId })],
  ['search', () => ({ name: 'search' })],
  ['movies', () => ({ name: 'movies' })],
  ['notifications', () => ({ name: 'notifications' })],
  ['profile', () => ({ name: 'profile' })],
];

describe('screens under mutated replies', () => {
  it.each(ROUTES.map(([name, route], index) => [name, route, index] as const))(
    '%s screen renders without uncaught errors',
    async (name, route, index) => {
      const server = await startFuzzServer(corpus, createSeededRandom(SEED + index * 104_729));
      const crashes: string[] = [];

      try {
        for (let renderNumber = 0; renderNumber < RENDERS_PER_ROUTE; renderNumber += 1) {
          window.localStorage.clear();
          clearLog();
          initSpatialNavigation({ layoutAdapter: createFakeLayoutAdapter(() => undefined) });
          uncaughtErrors.length = 0;

          renderRoute(server.url, route());
          await settle(server);

          for (const entry of getLogEntries()) {
            if (entry.scope === 'app' && entry.message === 'a screen crashed') {
              crashes.push(`seed ${SEED}, ${name} render ${renderNumber}: ${String(entry.data?.error)}`);
            }
          }

          totals.uncaught.push(...uncaughtErrors.map((error) => `seed ${SEED}, ${name} render ${renderNumber}: ${error}`));
          totals.renders += 1;

          cleanup();
          destroySpatialNavigation();
        }
      } finally {
        totals.mutatedReplies += server.mutatedReplies;
        await server.close();
      }

      totals.screenCrashes.push(...crashes);
      expect(crashes).toEqual([]);
    },
    120_000,
  );

  it('counts no uncaught error', () => {
    console.log(
      `screen fuzz summary: seed ${SEED}, ${totals.renders} renders, ${totals.mutatedReplies} mutated replies, ` +
        `${totals.screenCrashes.length} screen crashes, ${totals.uncaught.length} uncaught errors`,
    );

    expect(totals.uncaught).toEqual([]);
    expect(totals.mutatedReplies).toBeGreaterThan(0);
  });
});
