import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { AppServer } from '../../scripts/appServer';
import { launchChromium, openTvPage } from './support/browser';
import { openSignedIn, readUserCode, startTestApp } from './support/app';
import { pressKeyCode } from './support/keys';

/** Stand-ins for the objects LG and Samsung put on `window`; they record what the app calls. */
const WEBOS_GLOBALS = `
  window.__platformCalls = [];
  window.webOS = { platformBack: () => window.__platformCalls.push('webOS.platformBack') };
`;
const TIZEN_GLOBALS = `
  window.__platformCalls = [];
  window.tizen = {
    application: { getCurrentApplication: () => ({ exit: () => window.__platformCalls.push('tizen.exit') }) },
    tvinputdevice: { registerKeyBatch: (names) => window.__platformCalls.push('registerKeyBatch:' + names.join(',')) },
  };
`;

function platformCalls(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as unknown as { __platformCalls?: string[] }).__platformCalls ?? []);
}

describe('TV platforms', () => {
  let browser: Browser;
  let app: AppServer;
  let tv: Page;

  beforeAll(async () => {
    browser = await launchChromium();
    app = await startTestApp({ pollIntervalSeconds: 1, codeLifetimeSeconds: 6 });
  });

  afterEach(async () => {
    await tv?.context().close();
  });

  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  async function openPairing(initScript?: string): Promise<void> {
    tv = await openTvPage(browser);
    if (initScript) {
      await tv.addInitScript({ content: initScript });
    }
    await tv.goto(`${app.url}/`);
    await readUserCode(tv);
  }

  it('webOS Back (461) on the first screen calls webOS.platformBack', async () => {
    await openPairing(WEBOS_GLOBALS);

    await pressKeyCode(tv, 461, 'GoBack');

    await expect.poll(() => platformCalls(tv)).toEqual(['webOS.platformBack']);
  });

  it('Tizen Back (10009) on the first screen exits through tizen.application', async () => {
    await openPairing(TIZEN_GLOBALS);

    await pressKeyCode(tv, 10009, 'XF86Back');

    await expect.poll(() => platformCalls(tv)).toContain('tizen.exit');
  });

  it('Tizen colour and media keys are registered at start', async () => {
    await openPairing(TIZEN_GLOBALS);

    const calls = await platformCalls(tv);
    const registration = calls.find((call) => call.startsWith('registerKeyBatch:')) ?? '';

    expect(registration).toContain('ColorF1Green');
    expect(registration).toContain('MediaPlayPause');
  });

  it('LG pointer codes 1536 and 1537 are not Back', async () => {
    await openPairing(WEBOS_GLOBALS);

    await pressKeyCode(tv, 1536);
    await pressKeyCode(tv, 1537);
    await tv.waitForTimeout(300);

    expect(await platformCalls(tv)).toEqual([]);
    expect(await tv.getByTestId('user-code').isVisible()).toBe(true);
  });

  it('Escape on the first screen leaves a desktop browser page as it is', async () => {
    await openPairing();

    await tv.keyboard.press('Escape');
    await tv.keyboard.press('Backspace');
    await tv.waitForTimeout(300);

    expect(await tv.getByTestId('user-code').isVisible()).toBe(true);
  });

  it('a TV that slept past the deadline sends no poll for the dead code', async () => {
    // After a suspend the wall clock has jumped while timers stood still; this clock can jump.
    await openPairing(`${WEBOS_GLOBALS}
      const realNow = Date.now.bind(Date);
      window.__clockOffset = 0;
      Date.now = () => realNow() + window.__clockOffset;
    `);
    const page = tv;

    await page.evaluate(() => {
      (window as unknown as { __clockOffset: number }).__clockOffset = 60 * 60 * 1000;
    });
    const pollsAtWake = app.sandbox.requests.count('/oauth/access_token');
    await page.evaluate(() => document.dispatchEvent(new Event('webOSRelaunch')));

    // No key was pressed during the code's life: it shows as expired and polling stops.
    await expect.poll(() => page.getByTestId('pairing-status').innerText(), { timeout: 5000 }).toMatch(/expired/i);
    await page.waitForTimeout(2500);

    expect(app.sandbox.requests.count('/oauth/access_token')).toBe(pollsAtWake);
    expect(await page.getByTestId('new-code').isVisible()).toBe(true);
  }, 30_000);

  it('a TV that slept with someone at it gets a new code at once', async () => {
    await openPairing(`
      const realNow = Date.now.bind(Date);
      window.__clockOffset = 0;
      Date.now = () => realNow() + window.__clockOffset;
    `);
    const page = tv;
    const firstCode = await readUserCode(page);
    const codesBefore = app.sandbox.requests.count('/oauth/device');

    // A key press during the code's life means someone is at the TV.
    await page.keyboard.press('ArrowDown');
    await page.evaluate(() => {
      (window as unknown as { __clockOffset: number }).__clockOffset = 60 * 60 * 1000;
    });
    await page.evaluate(() => document.dispatchEvent(new Event('visibilitychange')));

    await expect.poll(async () => (await page.getByTestId('user-code').innerText()).trim(), { timeout: 5000 }).not.toBe(firstCode);
    expect(app.sandbox.requests.count('/oauth/device') - codesBefore).toBe(1);
  }, 30_000);

  it('a relaunch refreshes the member data once', async () => {
    tv = await openTvPage(browser);
    await openSignedIn(tv, app, 'demo');
    await tv.getByTestId('to-watch-card').first().waitFor({ state: 'visible', timeout: 10_000 });
    await tv.waitForTimeout(1500);
    const before = app.sandbox.requests.count('/episodes/list');

    // LG sends webOSRelaunch when the member reopens a running app; a visibility change may come with it.
    await tv.evaluate(() => {
      document.dispatchEvent(new Event('webOSRelaunch'));
      document.dispatchEvent(new Event('webOSRelaunch'));
    });

    // Both events count as one return: Home's lists load once more, Airing soon after To watch.
    await expect.poll(() => app.sandbox.requests.count('/episodes/list') - before).toBe(before);
    await tv.waitForTimeout(1000);

    expect(app.sandbox.requests.count('/episodes/list') - before).toBe(before);
  }, 30_000);
});
