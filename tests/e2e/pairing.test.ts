import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { AppServer } from '../../scripts/appServer';
import { launchChromium, openTvPage } from './support/browser';
import { answerOnPhone, focusedTestId, readUserCode, startTestApp } from './support/app';

/** The sandbox's default, as the real API gives it. */
const INTERVAL_SECONDS = 5;

describe('pairing a TV by device code', () => {
  let browser: Browser;
  let app: AppServer;
  let tv: Page;

  beforeAll(async () => {
    browser = await launchChromium();
    app = await startTestApp({ pollIntervalSeconds: INTERVAL_SECONDS });
  });

  afterEach(async () => {
    await tv?.context().close();
  });

  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  it('opens To watch after the code is confirmed on the phone', async () => {
    tv = await openTvPage(browser);
    await tv.goto(`${app.url}/`);

    const userCode = await readUserCode(tv);
    expect(userCode).toMatch(/^\d{3}-\d{3}$/);

    const verificationUrl = (await tv.getByTestId('verification-url').innerText()).trim();
    expect(verificationUrl).toBe(`${app.url}/device`);

    // The QR code is tall enough to scan from the couch.
    const qr = await tv.getByTestId('qr-code').boundingBox();
    expect(qr?.height ?? 0).toBeGreaterThanOrEqual(400);

    // A member types the code without its dash and with spaces, as people do.
    await answerOnPhone(browser, verificationUrl, ` ${userCode.replace('-', ' ')} `, { approveAs: 'demo' });
    // A monotonic clock: the machine's wall clock may be stepped while the test runs.
    const confirmedAt = performance.now();

    await tv.getByTestId('to-watch-card').first().waitFor({ state: 'visible', timeout: (INTERVAL_SECONDS + 1) * 1000 });
    expect(performance.now() - confirmedAt).toBeLessThanOrEqual((INTERVAL_SECONDS + 1) * 1000);

    await expect.poll(() => tv.getByTestId('member-login').innerText()).toContain('demo');
    expect(await tv.getByTestId('to-watch-card').count()).toBeGreaterThan(2);

    // No poll of the token endpoint once the TV is paired.
    const pollsAtPairing = app.sandbox.requests.count('/oauth/access_token');
    await tv.waitForTimeout((INTERVAL_SECONDS + 1) * 1000);
    expect(app.sandbox.requests.count('/oauth/access_token')).toBe(pollsAtPairing);
  }, 60_000);

  it('shows the code in its first frame', async () => {
    tv = await openTvPage(browser);
    const codeRequestsBefore = app.sandbox.requests.count('/oauth/device');
    // Records what each frame shows of the pairing screen, from the document's start. A string,
    // because the page runs it as it is.
    await tv.addInitScript({
      content: `
        window.__pairingFrames = [];
        const record = () => {
          const code = document.querySelector('[data-testid="user-code"]');
          if (code) {
            window.__pairingFrames.push(code.textContent);
          }
          requestAnimationFrame(record);
        };
        requestAnimationFrame(record);
      `,
    });

    await tv.goto(`${app.url}/`);
    await tv.getByTestId('qr-code').waitFor({ state: 'visible' });

    // The QR code may come a frame later (it renders as a deferred value), the code never does.
    const frames = await tv.evaluate(() => (window as unknown as { __pairingFrames: string[] }).__pairingFrames);
    expect(frames.length).toBeGreaterThan(0);
    expect(frames[0]).toMatch(/^\d{3}-\d{3}$/);

    // The tab's icon, drawn on the main thread, comes once the page is idle.
    await expect.poll(() => tv.evaluate(() => document.querySelector('link[rel="icon"]')?.getAttribute('href'))).toBe('./favicon.svg');
    expect(app.sandbox.requests.count('/oauth/device') - codeRequestsBefore).toBe(1);
  });

  it('moves the focus along To watch with the arrow keys', async () => {
    tv = await openTvPage(browser);
    await tv.goto(`${app.url}/`);
    await pair(tv);

    await expect.poll(() => focusedTestId(tv)).toBe('to-watch-card');
    const cards = tv.getByTestId('to-watch-card');
    const firstTitle = await cards.nth(0).innerText();

    await tv.keyboard.press('ArrowRight');
    await expect.poll(() => tv.locator('[data-testid="to-watch-card"][data-focused="true"]').innerText()).not.toBe(firstTitle);

    await tv.keyboard.press('ArrowLeft');
    await expect.poll(() => tv.locator('[data-testid="to-watch-card"][data-focused="true"]').innerText()).toBe(firstTitle);
  }, 60_000);

  it('keeps the session across a reload', async () => {
    tv = await openTvPage(browser);
    await tv.goto(`${app.url}/`);
    await pair(tv);

    await tv.reload();

    await tv.getByTestId('to-watch-card').first().waitFor({ state: 'visible', timeout: 10_000 });
    expect(await tv.getByTestId('user-code').count()).toBe(0);
  }, 60_000);

  it('shows a new code after sign-out', async () => {
    tv = await openTvPage(browser);
    await tv.goto(`${app.url}/`);
    const firstCode = await pair(tv);

    await moveFocusTo(tv, 'sign-out');
    await tv.keyboard.press('Enter');
    await tv.getByTestId('sign-out-menu').waitFor();
    await tv.screenshot({ path: '/tmp/shots/home-sign-out-menu-1920x1080.png' });
    await tv.keyboard.press('Enter');

    const nextCode = await readUserCode(tv);
    expect(nextCode).not.toBe(firstCode);
    expect(app.sandbox.requests.count('/members/destroy')).toBeGreaterThan(0);
  }, 60_000);

  it('says so when the member refuses on the phone, and offers a new code', async () => {
    tv = await openTvPage(browser);
    await tv.goto(`${app.url}/`);

    const userCode = await readUserCode(tv);
    const verificationUrl = (await tv.getByTestId('verification-url').innerText()).trim();
    await answerOnPhone(browser, verificationUrl, userCode, 'deny');

    await expect.poll(() => tv.getByTestId('pairing-status').innerText(), { timeout: (INTERVAL_SECONDS + 2) * 1000 }).toMatch(/refused/i);
    await expect.poll(() => focusedTestId(tv)).toBe('new-code');

    await tv.keyboard.press('Enter');
    await expect.poll(async () => (await tv.getByTestId('user-code').innerText()).trim(), { timeout: 10_000 }).not.toBe(userCode);
  }, 60_000);

  /** Pairs the TV page as the demo member; returns the code it used. */
  async function pair(page: Page): Promise<string> {
    const userCode = await readUserCode(page);
    const verificationUrl = (await page.getByTestId('verification-url').innerText()).trim();
    await answerOnPhone(browser, verificationUrl, userCode, { approveAs: 'demo' });
    await page.getByTestId('to-watch-card').first().waitFor({ state: 'visible', timeout: (INTERVAL_SECONDS + 2) * 1000 });
    return userCode;
  }
});

/** Presses arrow keys (up first, then right) until `testId` has the focus, as a member would. */
async function moveFocusTo(page: Page, testId: string): Promise<void> {
  for (const key of ['ArrowUp', 'ArrowRight', 'ArrowRight', 'ArrowRight', 'ArrowRight', 'ArrowRight', 'ArrowRight']) {
    if ((await focusedTestId(page)) === testId) {
      return;
    }
    await page.keyboard.press(key);
    await page.waitForTimeout(200);
  }

  expect(await focusedTestId(page)).toBe(testId);
}
