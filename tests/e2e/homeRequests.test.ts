import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { AppServer } from '../../scripts/appServer';
import type { RequestLogEntry } from '../../sandbox/server';
import { launchChromium, openTvPage } from './support/browser';
import { focusedTestId, readUserCode, startTestApp } from './support/app';

/**
 * Counts the API requests between a sign-in and Home on screen, from the sandbox's request log.
 * Home counts as shown once both rows have cards, the first card has the focus and no request
 * came for `QUIET_MS`, so a late duplicate is counted too.
 */

const QUIET_MS = 1_500;
const LOAD = { timeout: 20_000 };
const MEMBERS_KEY = 'betaseries-tv.members';
/** The id the sandbox gives `demo`. */
const DEMO_MEMBER_ID = 1;

describe('requests until Home shows', () => {
  let browser: Browser;
  let app: AppServer;
  let tv: Page;

  beforeAll(async () => {
    browser = await launchChromium();
    app = await startTestApp({ pollIntervalSeconds: 1 });
  });

  beforeEach(() => {
    app.sandbox.reset();
    app.sandbox.faults.clear();
  });

  afterEach(async () => {
    await tv?.context().close();
  });

  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  async function waitForQuietHome(): Promise<void> {
    await tv.getByTestId('to-watch-card').first().waitFor({ state: 'visible', ...LOAD });
    await tv.getByTestId('airing-card').first().waitFor({ state: 'visible', ...LOAD });
    await expect.poll(() => focusedTestId(tv), LOAD).toBe('to-watch-card');

    let seen = app.sandbox.requests.count();
    let quietSince = Date.now();
    while (Date.now() - quietSince < QUIET_MS) {
      await tv.waitForTimeout(100);

      const now = app.sandbox.requests.count();
      if (now !== seen) {
        seen = now;
        quietSince = Date.now();
      }
    }
  }

  function countByPath(entries: readonly RequestLogEntry[]): Record<string, number> {
    const counts: Record<string, number> = {};
    for (const entry of entries) {
      const key = `${entry.method} ${entry.path}`;
      counts[key] = (counts[key] ?? 0) + 1;
    }

    return counts;
  }

  /** Pairs a fresh TV as `demo` and returns the requests sent after the token arrived. */
  async function pairAndCount(): Promise<Record<string, number>> {
    tv = await openTvPage(browser);
    await tv.goto(`${app.url}/`);
    const userCode = await readUserCode(tv);
    app.sandbox.requests.clear();

    app.sandbox.approve(userCode, 'demo');
    await waitForQuietHome();

    const entries = app.sandbox.requests.entries();
    const lastTokenRequest = entries.map((entry) => entry.path).lastIndexOf('/oauth/access_token');
    return countByPath(entries.slice(lastTokenRequest + 1));
  }

  /** Starts a TV where `demo` is stored as the only member, with or without their API id. */
  async function startStoredAndCount(memberId: number | null): Promise<Record<string, number>> {
    tv = await openTvPage(browser);
    const token = app.sandbox.createToken('demo');
    const login = memberId === null ? null : 'demo';
    const stored = { members: [{ key: 'c3c3c3c3c3c3c3c3', token, memberId, login, avatar: null }], activeKey: 'c3c3c3c3c3c3c3c3' };
    await tv.goto(`${app.url}/`);
    await tv.evaluate(([key, value]) => window.localStorage.setItem(key as string, value as string), [MEMBERS_KEY, JSON.stringify(stored)]);

    await tv.waitForTimeout(200);
    app.sandbox.requests.clear();
    await tv.reload();
    await waitForQuietHome();

    return countByPath(app.sandbox.requests.entries());
  }

  const HOME_AFTER_PAIRING = {
    'GET /members/infos': 1,
    'GET /episodes/list': 2,
  };

  const HOME_AFTER_STORED_TOKEN = {
    'GET /members/is_active': 1,
    'GET /members/infos': 1,
    'GET /episodes/list': 2,
  };

  it('pairs to Home in three requests', async () => {
    expect(await pairAndCount()).toEqual(HOME_AFTER_PAIRING);
  }, 60_000);

  it('pairs in three requests with slow lists', async () => {
    app.sandbox.faults.set({ path: '/episodes/list', kind: 'latency', ms: 600 });

    expect(await pairAndCount()).toEqual(HOME_AFTER_PAIRING);
  }, 60_000);

  // `members/infos` replying while the second list is in flight or just done once made both lists
  // go out twice: the switch to the id's keys removed queries Home still observed.
  it.each([30, 15, 8])('pairs in three requests when members/infos replies %i ms after the first list', async (lag) => {
    app.sandbox.faults.set({ path: '/members/infos', kind: 'latency', ms: 300 });
    app.sandbox.faults.set({ path: '/episodes/list', kind: 'latency', ms: 300 - lag, times: 1 });

    expect(await pairAndCount()).toEqual(HOME_AFTER_PAIRING);
  }, 60_000);

  it('starts without a stored id in four requests', async () => {
    app.sandbox.faults.set({ path: '/episodes/list', kind: 'latency', ms: 600 });

    expect(await startStoredAndCount(null)).toEqual(HOME_AFTER_STORED_TOKEN);
  }, 60_000);

  it('starts with a stored id in four requests', async () => {
    expect(await startStoredAndCount(DEMO_MEMBER_ID)).toEqual(HOME_AFTER_STORED_TOKEN);
  }, 60_000);
});
