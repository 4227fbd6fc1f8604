import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { AppServer } from '../../scripts/appServer';
import { launchChromium, openTvPage } from './support/browser';
import { focusedTestId, openSignedIn, startTestApp } from './support/app';
import { pressKeyCode } from './support/keys';
import { auditLayout } from './support/layoutAudit';

const SIZES = [
  { width: 1920, height: 1080, locale: 'en-US' },
  { width: 1280, height: 720, locale: 'fr-FR' },
];

/**
 * Time allowed for a page to load and show its data: a few hundred ms alone, but other test files
 * may share the two cores.
 */
const LOAD = { timeout: 20_000 };

/** Waits for the transitions (focus scale, row and scroller moves, 150 ms at most) to end. */
const SETTLE_MS = 400;

describe('home screens at TV sizes', () => {
  let browser: Browser;
  let app: AppServer;
  let tv: Page;

  beforeAll(async () => {
    browser = await launchChromium();
    app = await startTestApp();
  });

  afterEach(async () => {
    app.sandbox.faults.clear();
    await tv?.context().close();
  });

  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  async function shoot(name: string, size: { width: number }): Promise<void> {
    await tv.waitForTimeout(SETTLE_MS);
    await tv.screenshot({ path: `/tmp/shots/home-${name}-${size.width}.png` });
  }

  for (const size of SIZES) {
    it(`Home, its side menu, Airing soon and the Undo notice fit at ${size.width}×${size.height}`, async () => {
      tv = await openTvPage(browser, size);
      await openSignedIn(tv, app, 'demo');
      await tv.getByTestId('airing-card').first().waitFor({ state: 'visible', timeout: LOAD.timeout });
      await expect.poll(() => focusedTestId(tv), LOAD).toBe('to-watch-card');

      await shoot('home', size);
      expect(await auditLayout(tv)).toEqual([]);

      await tv.keyboard.press('ArrowLeft');
      await expect.poll(() => focusedTestId(tv)).toBe('menu-home');
      await shoot('menu', size);
      expect(await auditLayout(tv)).toEqual([]);

      await tv.keyboard.press('ArrowRight');
      await tv.keyboard.press('ArrowDown');
      await expect.poll(() => focusedTestId(tv)).toBe('airing-card');
      await shoot('airing', size);
      expect(await auditLayout(tv)).toEqual([]);

      await tv.keyboard.press('ArrowUp');
      await pressKeyCode(tv, 404, 'ColorF1Green');
      await tv.getByTestId('watched-undo').waitFor({ state: 'visible' });
      await shoot('marked', size);
      expect(await auditLayout(tv)).toEqual([]);
      await pressKeyCode(tv, 405, 'ColorF2Yellow');
    });

    it(`Episode fits at ${size.width}×${size.height}`, async () => {
      tv = await openTvPage(browser, size);
      await openSignedIn(tv, app, 'demo');
      await expect.poll(() => focusedTestId(tv), LOAD).toBe('to-watch-card');

      await tv.keyboard.press('Enter');
      await tv.getByTestId('episode-title').waitFor({ state: 'visible', timeout: LOAD.timeout });
      await expect.poll(() => focusedTestId(tv)).toBe('episode-toggle-watched');
      await shoot('episode', size);
      expect(await auditLayout(tv)).toEqual([]);
    });

    it(`the loading and error states fit at ${size.width}×${size.height}`, async () => {
      // Three times: the first start fetches the list up to three times while it learns the member id.
      app.sandbox.faults.set({ path: '/episodes/list', kind: 'latency', ms: 2_500, times: 3 });
      tv = await openTvPage(browser, size);
      await openSignedIn(tv, app, 'demo');
      await tv.getByTestId('to-watch-loading').waitFor({ state: 'visible', timeout: LOAD.timeout });
      await shoot('loading', size);

      app.sandbox.faults.clear();
      app.sandbox.faults.set({ path: '/episodes/list', kind: 'html5xx' });
      await tv.reload();
      await tv.getByTestId('to-watch-error').waitFor({ state: 'visible', timeout: 15_000 });
      await expect.poll(() => focusedTestId(tv)).toBe('to-watch-error-retry');
      await shoot('error', size);
      expect(await auditLayout(tv)).toEqual([]);
    }, 40_000);
  }
});
