import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_API_KEY } from '../../sandbox/server';
import type { AppServer } from '../../scripts/appServer';
import { openSignedIn, startTestApp } from './support/app';
import { launchChromium, openTvPage } from './support/browser';
import { auditLayout } from './support/layoutAudit';
import { focusedTestId, openFromSideMenu, pressKey, saveShot } from './support/moreNavigation';

const SIZES = [
  { width: 1920, height: 1080 },
  { width: 1280, height: 720 },
];

async function callSandbox(app: AppServer, method: 'GET' | 'DELETE', path: string, token: string): Promise<unknown> {
  const reply = await fetch(`${app.url}/api${path}`, {
    method,
    headers: { 'X-BetaSeries-Key': DEMO_API_KEY, 'X-BetaSeries-Version': '3.0', Authorization: `Bearer ${token}` },
  });
  return reply.json();
}

/** Removes every show from `login`'s account through the sandbox's API. */
async function unfollowEverything(app: AppServer, login: string): Promise<void> {
  const token = app.sandbox.createToken(login);
  const body = (await callSandbox(app, 'GET', '/shows/member?limit=200', token)) as { shows: Array<{ id: number }> };

  for (const show of body.shows) {
    await callSandbox(app, 'DELETE', `/shows/show?id=${show.id}`, token);
  }
}

async function openShowsFromHome(tv: Page, app: AppServer): Promise<void> {
  await openSignedIn(tv, app, 'demo');
  // Once Home shows the login, the member's id is known: queries keep their keys from then on,
  // so a query that failed on purpose is not fetched again under the member's own key.
  await expect.poll(() => tv.getByTestId('member-login').innerText(), { timeout: 15_000 }).toBe('demo');
  await openFromSideMenu(tv, 'shows');
  await tv.getByTestId('shows-screen').waitFor();
}

describe('my shows and a show while loading, failing or empty', () => {
  let browser: Browser;
  let app: AppServer;
  let tv: Page;

  beforeAll(async () => {
    browser = await launchChromium();
    app = await startTestApp();
  });

  afterEach(async () => {
    await tv?.context().close();
    app.sandbox.faults.clear();
    app.sandbox.reset();
  });

  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  for (const size of SIZES) {
    it(`draws the loading and error states at ${size.width}×${size.height}`, async () => {
      tv = await openTvPage(browser, size);
      app.sandbox.faults.set({ path: '/shows/member', kind: 'latency', ms: 2_000, times: 1 });
      app.sandbox.faults.set({ path: '/shows/member', kind: 'html5xx' });
      await openShowsFromHome(tv, app);

      await tv.getByTestId('shows-loading').waitFor();
      expect(await auditLayout(tv)).toEqual([]);
      await saveShot(tv, 'shows-loading');

      await tv.getByTestId('shows-error').waitFor({ timeout: 15_000 });
      await expect.poll(() => focusedTestId(tv)).toBe('shows-error-retry');
      expect(await auditLayout(tv)).toEqual([]);
      await saveShot(tv, 'shows-error');

      // Back from the error panel's own button returns to Home.
      await pressKey(tv, 'ArrowRight');
      expect(await focusedTestId(tv)).toBe('shows-error-back');
      await pressKey(tv, 'Enter');
      await tv.getByTestId('shows-screen').waitFor({ state: 'detached' });
    }, 60_000);

    it(`draws the empty state and a failed show at ${size.width}×${size.height}`, async () => {
      tv = await openTvPage(browser, size);
      await unfollowEverything(app, 'demo');
      await openShowsFromHome(tv, app);

      await tv.getByTestId('shows-empty').waitFor();
      await expect.poll(() => focusedTestId(tv)).toBe('shows-open-search');
      expect(await auditLayout(tv)).toEqual([]);
      await saveShot(tv, 'shows-empty');
      await pressKey(tv, 'Escape');
      await tv.getByTestId('shows-screen').waitFor({ state: 'detached' });
    }, 60_000);
  }

  it('draws a show that fails to load, with Retry and Back', async () => {
    tv = await openTvPage(browser);
    await openShowsFromHome(tv, app);
    await expect.poll(() => focusedTestId(tv), { timeout: 10_000 }).toBe('shows-poster');
    // Every request fails until the test clears the fault, however many the app sends.
    app.sandbox.faults.set({ path: '/shows/display', kind: 'html5xx' });

    await pressKey(tv, 'Enter');
    await tv.getByTestId('show-error').waitFor({ timeout: 15_000 });
    await expect.poll(() => focusedTestId(tv)).toBe('show-error-retry');
    expect(await auditLayout(tv)).toEqual([]);
    await saveShot(tv, 'show-error');

    app.sandbox.faults.clear();
    await pressKey(tv, 'Enter');
    await tv.getByTestId('show-title').waitFor({ timeout: 10_000 });
    await expect.poll(() => focusedTestId(tv), { timeout: 10_000 }).toBe('show-episode');
  }, 60_000);
});
