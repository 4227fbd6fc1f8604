import type { Browser } from 'playwright-core';
import type { AppServer } from '../scripts/appServer';
import type { RequestLogEntry } from '../sandbox/server';
import { waitForScreenFocus } from './navigation';
import { closeTvPage, openTvPage, type TvPage } from './tvPage';
import './probeTypes';

/**
 * Counts the API requests the sandbox receives while the app pairs and then shows Home, and
 * while it starts with a stored token. "Home shown" is the focus on Home and no request for
 * `QUIET_MS`, so late requests (a second page, a retry) are counted too.
 */

const QUIET_MS = 2_000;
const HOME_TIMEOUT_MS = 30_000;

export interface RequestCount {
  total: number;
  /** Requests per `METHOD /path`, in the order first seen (from the sandbox's log). */
  byPath: Record<string, number>;
  /**
   * Requests per `METHOD /path?query` as the page sent them, which distinguishes two calls of one
   * endpoint. Parameters that could carry a secret are dropped.
   */
  byUrl: Record<string, number>;
}

export interface PairingRequests {
  /** From the page's start to the token: `oauth/device` and the polls of `oauth/access_token`. */
  pairing: RequestCount;
  /** After the token until Home is shown. */
  homeAfterPairing: RequestCount;
}

/** Query parameters left out of the recorded URLs: tokens, keys, secrets, codes, passwords. */
const SECRET_PARAM = /token|key|secret|code|password|hash/i;

function countRequests(entries: readonly RequestLogEntry[], urls: readonly string[]): RequestCount {
  const byPath: Record<string, number> = {};
  for (const entry of entries) {
    const key = `${entry.method} ${entry.path}`;
    byPath[key] = (byPath[key] ?? 0) + 1;
  }

  const byUrl: Record<string, number> = {};
  for (const url of urls) {
    byUrl[url] = (byUrl[url] ?? 0) + 1;
  }

  return { total: entries.length, byPath, byUrl };
}

/** Records each API request the page sends as `METHOD /path?query`, without secret parameters. */
function recordApiUrls(tv: TvPage): string[] {
  const urls: string[] = [];

  tv.page.on('request', (request) => {
    const url = new URL(request.url());
    if (!url.pathname.startsWith('/api/')) {
      return;
    }

    const query = [...url.searchParams.entries()].filter(([name]) => !SECRET_PARAM.test(name)).map(([name, value]) => `${name}=${value}`);
    urls.push(`${request.method()} ${url.pathname.slice('/api'.length)}${query.length > 0 ? `?${query.join('&')}` : ''}`);
  });

  return urls;
}

/** Waits for Home's focus, then until the sandbox has had no request for `QUIET_MS`. */
async function waitForQuietHome(tv: TvPage, app: AppServer): Promise<string | null> {
  const problem = await waitForScreenFocus(tv, 'screen:home', HOME_TIMEOUT_MS);
  if (problem) {
    return problem;
  }

  let seen = app.sandbox.requests.count();
  let quietSince = Date.now();
  while (Date.now() - quietSince < QUIET_MS) {
    await tv.page.waitForTimeout(100);

    const now = app.sandbox.requests.count();
    if (now !== seen) {
      seen = now;
      quietSince = Date.now();
    }
  }

  return null;
}

/** Pairs a fresh TV as `demo` (approving the code as the phone page does) and counts the requests. */
export async function countPairingRequests(browser: Browser, app: AppServer): Promise<PairingRequests> {
  const tv = await openTvPage(browser, { origin: app.url, cpuThrottlingRate: 1 });

  try {
    const urls = recordApiUrls(tv);
    app.sandbox.requests.clear();
    await tv.page.goto(`${app.url}/`);

    const code = tv.page.getByTestId('user-code');
    await tv.page.waitForFunction(() => window.__bench.codePaintedAt !== null, null, { timeout: HOME_TIMEOUT_MS });
    app.sandbox.approve((await code.innerText()).trim(), 'demo');

    const problem = await waitForQuietHome(tv, app);
    if (problem) {
      throw new Error(`Home did not appear after pairing: ${problem}`);
    }

    const entries = app.sandbox.requests.entries();
    const lastTokenRequest = entries.map((entry) => entry.path).lastIndexOf('/oauth/access_token');
    const lastTokenUrl = urls.map((url) => url.split('?')[0]).lastIndexOf('POST /oauth/access_token');

    return {
      pairing: countRequests(entries.slice(0, lastTokenRequest + 1), urls.slice(0, lastTokenUrl + 1)),
      homeAfterPairing: countRequests(entries.slice(lastTokenRequest + 1), urls.slice(lastTokenUrl + 1)),
    };
  } finally {
    await closeTvPage(tv);
  }
}

/** Starts the app with a stored token for `login` and counts the requests until Home is shown. */
export async function countSignedInStartRequests(browser: Browser, app: AppServer, login: string): Promise<RequestCount> {
  const tv = await openTvPage(browser, { origin: app.url, cpuThrottlingRate: 1, token: app.sandbox.createToken(login), login });

  try {
    const urls = recordApiUrls(tv);
    app.sandbox.requests.clear();
    await tv.page.goto(`${app.url}/`);

    const problem = await waitForQuietHome(tv, app);
    if (problem) {
      throw new Error(`Home did not appear with a stored token: ${problem}`);
    }

    return countRequests(app.sandbox.requests.entries(), urls);
  } finally {
    await closeTvPage(tv);
  }
}
