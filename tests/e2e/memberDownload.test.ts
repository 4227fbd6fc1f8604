import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { AppServer } from '../../scripts/appServer';
import { openSignedIn, startTestApp } from './support/app';
import { launchChromium, openTvPage } from './support/browser';
import { focusedTestId, pressKey } from './support/moreNavigation';

/** The built file of the member screens (`codeSplitting` group `member` in vite.config.ts). */
const MEMBER_FILE = /\/assets\/member-[^/]+\.js$/;

describe('the member screens download after sign-in', () => {
  let browser: Browser;
  let app: AppServer;
  let tv: Page;

  beforeAll(async () => {
    browser = await launchChromium();
    app = await startTestApp();
  });

  afterEach(async () => {
    await tv?.context().close();
  });

  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  it('offers Retry when the download fails, and shows Home once it works', async () => {
    tv = await openTvPage(browser);
    let failing = true;
    let attempts = 0;
    await tv.route(MEMBER_FILE, async (route) => {
      attempts += 1;
      if (failing) {
        await route.abort('internetdisconnected');
        return;
      }
      await route.continue();
    });

    await openSignedIn(tv, app, 'demo');

    await expect.poll(() => focusedTestId(tv), { timeout: 15_000 }).toBe('crash-retry');
    const failedAttempts = attempts;
    expect(failedAttempts).toBeGreaterThan(0);

    failing = false;
    await pressKey(tv, 'Enter');

    await expect.poll(() => focusedTestId(tv), { timeout: 15_000 }).toBe('to-watch-card');
    expect(attempts).toBeGreaterThan(failedAttempts);
  }, 60_000);
});
