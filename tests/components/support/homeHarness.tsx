import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { QueryClientProvider } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import { createSandbox, DEMO_API_KEY, type Sandbox } from '../../../sandbox/server';
import { callApi, type CallOptions, type CallResult } from '../../../sandbox/testing/callApi';
import { createApiClient } from '../../../src/api/client';
import { App } from '../../../src/app/App';
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
import { createScriptedProvider } from './scriptedDeviceFlowProvider';

/** One API request as it reached the sandbox. `params` contains the query string and the form body together. */
export interface HomeRequest {
  method: string;
  path: string;
  params: URLSearchParams;
}

export interface HomeHarness {
  sandbox: Sandbox;
  /** The demo member's token, issued without pairing. */
  token: string;
  /** The app's requests, oldest first (the test's own `call`s are not recorded). */
  requests: HomeRequest[];
  requestsTo(path: string, method?: string): HomeRequest[];
  /**
   * Replies to the next request to `path` with a BetaSeries error (HTTP 400 with `errors`) instead
   * of passing it to the sandbox, whose faults only simulate transport failures.
   */
  rejectNext(path: string, code: number, text: string): void;
  services: AppServices;
  /** Calls the sandbox directly as the member, to set up or check its state. */
  call(path: string, options?: CallOptions): Promise<CallResult>;
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

function readBody(req: http.IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

/**
 * Starts the real sandbox on loopback, behind a recording proxy that keeps each request's
 * parameters (the sandbox's own log leaves them out), and app services signed in as `login`.
 */
export async function startHomeHarness(login = 'demo', language = 'en-US'): Promise<HomeHarness> {
  const sandbox = createSandbox({ log: () => undefined });
  const direct = http.createServer((req, res) => {
    if (!sandbox.handle(req, res)) {
      res.writeHead(404).end();
    }
  });
  const directUrl = await listen(direct);

  const requests: HomeRequest[] = [];
  const rejections = new Map<string, { code: number; text: string }>();
  const recording = http.createServer((req, res) => {
    void readBody(req).then((body) => {
      const requestUrl = new URL(req.url ?? '/', directUrl);
      const params = new URLSearchParams(requestUrl.search);
      for (const [name, value] of new URLSearchParams(body.toString('utf8'))) {
        params.append(name, value);
      }

      if (req.method !== 'OPTIONS') {
        requests.push({ method: req.method ?? '', path: requestUrl.pathname, params });
      }

      const rejection = req.method === 'OPTIONS' ? undefined : rejections.get(requestUrl.pathname);
      if (rejection) {
        rejections.delete(requestUrl.pathname);
        res.writeHead(400, { 'Content-Type': 'application/json', 'Access-Control-Allow-Origin': '*' });
        res.end(JSON.stringify({ errors: [rejection] }));
        return;
      }

      const forward = http.request(requestUrl, { method: req.method, headers: req.headers }, (reply) => {
        res.writeHead(reply.statusCode ?? 502, reply.headers);
        reply.pipe(res);
      });
      forward.on('error', () => res.socket?.destroy());
      forward.end(body);
    });
  });
  const url = await listen(recording);

  const token = sandbox.createToken(login);
  const storage = window.localStorage;
  const localeStore = createLocaleStore({ systemLanguage: language, storage });
  const client = createApiClient({
    baseUrl: url,
    apiKey: DEMO_API_KEY,
    tokenUrl: `${url}/oauth/access_token`,
    getLocale: () => localeStore.getLocale(),
    timeoutMs: 3_000,
  });
  const session = createSessionController({ client, storage: createTokenStorage(storage) });
  const queryClient = createAppQueryClient({ onSessionOver: () => session.endSession() });

  await session.start();
  session.signIn(token);

  return {
    sandbox,
    token,
    requests,
    rejectNext: (path, code, text) => {
      rejections.set(path, { code, text });
    },
    requestsTo: (path, method) => requests.filter((request) => request.path === path && (!method || request.method === method)),
    services: { localeStore, client, pairingProvider: createScriptedProvider(), session, queryClient },
    call: (path, options = {}) => callApi(directUrl, path, { token, ...options }),
    close: async () => {
      session.dispose();
      queryClient.clear();
      await closeServer(recording);
      await closeServer(direct);
    },
  };
}

/** Renders the whole app, which opens Home for the signed-in member. */
export function renderHomeApp(harness: HomeHarness, leaveApp: () => void = () => undefined) {
  return render(<App services={harness.services} leaveApp={leaveApp} />);
}

/** Renders one route as the first screen of a stack, with the app's providers around it. */
export function renderRoute(harness: HomeHarness, route: Route) {
  const { services } = harness;

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
