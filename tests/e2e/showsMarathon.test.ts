import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_API_KEY } from '../../sandbox/server';
import type { AppServer } from '../../scripts/appServer';
import { openSignedIn, startTestApp } from './support/app';
import { launchChromium, openTvPage } from './support/browser';
import { focusedTestId, openFromSideMenu, pressKey, saveShot } from './support/moreNavigation';

/** Mounted posters never exceed six rows of eight: two in view and two of overscan each way. */
const MOUNTED_MAX = 48;

interface GridState {
  index: number;
  title: string | null;
  mounted: number;
}

function readGrid(tv: Page): Promise<GridState> {
  return tv.evaluate(() => {
    const focused = document.querySelector('[data-testid="shows-poster"][data-focused="true"]');
    return {
      index: Number(focused?.getAttribute('data-index') ?? -1),
      title: focused?.querySelector('.show-poster__title')?.textContent ?? null,
      mounted: document.querySelectorAll('[data-testid="shows-poster"]').length,
    };
  });
}

/** Fetches the title of the last of `login`'s shows in "last seen" order from the sandbox's API. */
async function lastShowTitle(app: AppServer, login: string): Promise<string> {
  const reply = await fetch(`${app.url}/api/shows/member?order=last_seen&offset=1999&limit=1`, {
    headers: { 'X-BetaSeries-Key': DEMO_API_KEY, 'X-BetaSeries-Version': '3.0', Authorization: `Bearer ${app.sandbox.createToken(login)}` },
  });
  const body = (await reply.json()) as { shows: Array<{ title: string }> };
  return body.shows[0]?.title ?? '';
}

describe('my shows with 2,000 shows', () => {
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

  it('reaches the last poster with the keys while few posters are mounted', async () => {
    tv = await openTvPage(browser);
    await openSignedIn(tv, app, 'marathon');
    await expect.poll(() => focusedTestId(tv), { timeout: 15_000 }).toBe('to-watch-card');
    await openFromSideMenu(tv, 'shows');
    await expect.poll(() => focusedTestId(tv), { timeout: 15_000 }).toBe('shows-poster');
    const lastTitle = await lastShowTitle(app, 'marathon');

    // A held Down: a key-down and eleven auto-repeats about 30 ms apart, sent inside the page.
    // The 120 ms throttle lets at most one move through per 120 ms of the hold, however long
    // the busy page stretched it.
    const holdMs = await tv.evaluate(async () => {
      const start = performance.now();
      for (let repeat = 0; repeat < 12; repeat += 1) {
        window.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowDown', code: 'ArrowDown', repeat: repeat > 0, bubbles: true }));
        await new Promise((resolve) => setTimeout(resolve, 30));
      }
      window.dispatchEvent(new KeyboardEvent('keyup', { key: 'ArrowDown', code: 'ArrowDown', bubbles: true }));
      return performance.now() - start;
    });
    await tv.waitForTimeout(200);
    const afterHold = await readGrid(tv);
    const rowsMoved = afterHold.index / 8;
    expect(rowsMoved).toBeGreaterThanOrEqual(2);
    expect(rowsMoved).toBeLessThanOrEqual(Math.floor(holdMs / 120) + 1);
    expect(rowsMoved).toBeLessThan(12);

    // Then quick separate presses, which are never throttled, in bursts of eight between two
    // looks at the grid. Presses that come while the app is still busy with the previous one are
    // dropped by norigin, and so are Downs on the last loaded row while the next page loads.
    let largestMount = afterHold.mounted;
    let state = afterHold;
    for (let burst = 0; burst < 400 && state.index < 1992; burst += 1) {
      for (let press = 0; press < 8; press += 1) {
        await tv.keyboard.press('ArrowDown');
      }
      state = await readGrid(tv);
      largestMount = Math.max(largestMount, state.mounted);
    }

    for (let step = 0; step < 10 && state.index !== 1999; step += 1) {
      await pressKey(tv, 'ArrowRight');
      state = await readGrid(tv);
    }

    expect(state.index).toBe(1999);
    expect(state.title).toBe(lastTitle);
    expect(await tv.getByTestId('shows-count').innerText()).toBe('2,000 of 2,000');
    expect(largestMount).toBeLessThanOrEqual(MOUNTED_MAX);
    await saveShot(tv, 'shows-marathon-last');
  }, 90_000);
});
