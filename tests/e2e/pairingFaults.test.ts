import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { AppServer } from '../../scripts/appServer';
import type { Fault } from '../../sandbox/server';
import { launchChromium, openTvPage } from './support/browser';
import { focusedTestId, readUserCode, startTestApp } from './support/app';
import { saveShot } from './support/moreNavigation';

/**
 * A 1 s poll interval keeps the file short. The engine's backoff starts from the interval, so
 * retries come after 1, 2, 4 s.
 */
const INTERVAL_SECONDS = 1;

/** The app's per-request time limit (`src/app/config.ts`). */
const APP_TIMEOUT_MS = 15_000;

const TOKEN_PATH = '/oauth/access_token';

/** Status texts of `src/i18n/en.ts` and `src/i18n/fr.ts`. */
const WAITING = /Waiting for you to type the code/;
const CODE_KEPT = /Trying again (in \d+ s|now…)\. Your code is still valid\.$/;
const NO_CONNECTION = /^No connection to BetaSeries\./;
const NOT_ANSWERING = /^BetaSeries is not answering\./;
const SERVER_PROBLEM = /^BetaSeries has a problem on its side\./;
const SERVER_PROBLEM_FR = /^BetaSeries rencontre un problème de son côté\. Nouvel essai (dans \d+\s+s|en cours…)\. Votre code reste valable\.$/;
const ASKED_TO_WAIT = /^BetaSeries asks the TV to wait\./;
const REFUSED = /^You refused the sign-in on your phone\. Press OK for a new code\.$/;
const FAILED = /^Sign-in failed: .*\. Press OK for a new code\.$/;
const CODE_REJECTED = /^BetaSeries no longer accepts this code\. Press OK for a new code\.$/;

describe('pairing under faults', () => {
  let browser: Browser;
  let app: AppServer | null = null;
  let tv: Page | null = null;

  beforeAll(async () => {
    browser = await launchChromium();
  });

  afterEach(async () => {
    await tv?.context().close();
    tv = null;
    await app?.close();
    app = null;
  });

  afterAll(async () => {
    await browser?.close();
  });

  /** Starts a fresh app and sandbox, opens the TV page and returns the code it shows. */
  async function openPairing(
    options: { locale?: string; codeLifetimeSeconds?: number; width?: number; height?: number } = {},
  ): Promise<{ app: AppServer; tv: Page; code: string }> {
    app = await startTestApp({ pollIntervalSeconds: INTERVAL_SECONDS, codeLifetimeSeconds: options.codeLifetimeSeconds });
    tv = await openTvPage(browser, { locale: options.locale, width: options.width, height: options.height });
    await tv.goto(`${app.url}/`);

    return { app, tv, code: await readUserCode(tv) };
  }

  function statusOf(page: Page): Promise<string> {
    return page.getByTestId('pairing-status').innerText();
  }

  async function codeOf(page: Page): Promise<string> {
    return (await page.getByTestId('user-code').innerText()).trim();
  }

  async function expectPaired(page: Page, timeoutMs: number): Promise<void> {
    await page.getByTestId('to-watch-card').first().waitFor({ state: 'visible', timeout: timeoutMs });
  }

  /** Sets `fault` on every poll, waits until the status line shows `status`, and checks the code stayed. */
  async function holdFault(running: AppServer, page: Page, code: string, fault: Fault, status: RegExp, timeoutMs = 8_000): Promise<void> {
    running.sandbox.faults.set({ path: TOKEN_PATH, ...fault });

    await expect.poll(() => statusOf(page), { timeout: timeoutMs }).toMatch(status);
    expect(await codeOf(page)).toBe(code);
  }

  /** Clears the faults, confirms the code as the phone page does, and expects pairing within `timeoutMs`. */
  async function clearAndConfirm(running: AppServer, page: Page, code: string, timeoutMs: number): Promise<void> {
    running.sandbox.faults.clear();
    running.sandbox.approve(code, 'demo');

    await expectPaired(page, timeoutMs);
    expect(running.sandbox.requests.maxInFlight(TOKEN_PATH)).toBe(1);
  }

  /** Waits for a code other than `oldCode` on screen and returns it. Between the two, the boxes are empty. */
  async function nextCode(page: Page, oldCode: string, timeoutMs = 5_000): Promise<string> {
    await expect
      .poll(async () => {
        const shown = await codeOf(page);
        return shown !== oldCode && /^\d{3}-\d{3}$/.test(shown);
      }, { timeout: timeoutMs })
      .toBe(true);

    return codeOf(page);
  }

  /** Waits for a final failure on the status line and for the "New code" button to take the focus. */
  async function expectFailure(page: Page, status: RegExp): Promise<void> {
    await expect.poll(() => statusOf(page), { timeout: 5_000 }).toMatch(status);
    await expect.poll(() => focusedTestId(page)).toBe('new-code');
  }

  /** Presses Enter on the focused "New code" button and returns the code that replaces `oldCode`. */
  async function takeNewCode(page: Page, oldCode: string): Promise<string> {
    await page.keyboard.press('Enter');

    return nextCode(page, oldCode);
  }

  it('keeps the code through a poll past the time limit', async () => {
    const { app, tv, code } = await openPairing();
    app.sandbox.faults.set({ path: TOKEN_PATH, kind: 'latency', ms: APP_TIMEOUT_MS + 2_000, times: 1 });
    app.sandbox.approve(code, 'demo');

    await expect.poll(() => statusOf(tv), { timeout: APP_TIMEOUT_MS + 4_000 }).toMatch(NOT_ANSWERING);
    expect(await statusOf(tv)).toMatch(CODE_KEPT);
    expect(await codeOf(tv)).toBe(code);
    await saveShot(tv, 'pairing-timeout');

    await expectPaired(tv, 8_000);
    expect(app.sandbox.requests.maxInFlight(TOKEN_PATH)).toBe(1);
  }, 40_000);

  it.each([
    ['dropped connections', { kind: 'drop' }, 'en-US', NO_CONNECTION, 'pairing-no-connection'],
    ['an HTML 502 page', { kind: 'html5xx', status: 502 }, 'en-US', SERVER_PROBLEM, 'pairing-server-problem'],
    ['an HTML 503 page, in French', { kind: 'html5xx', status: 503 }, 'fr-FR', SERVER_PROBLEM_FR, 'pairing-server-problem-fr'],
    ['an HTML 504 page', { kind: 'html5xx', status: 504 }, 'en-US', SERVER_PROBLEM, 'pairing-server-problem-504'],
  ] as const)('keeps the code through %s', async (_name, fault, locale, status, shot) => {
    const { app, tv, code } = await openPairing({ locale });

    await holdFault(app, tv, code, fault, status);
    if (locale === 'en-US') {
      expect(await statusOf(tv)).toMatch(CODE_KEPT);
    }
    await saveShot(tv, shot);

    await clearAndConfirm(app, tv, code, 10_000);
  });

  it('waits out a 429 with Retry-After', async () => {
    const { app, tv, code } = await openPairing();
    const retryAfterSeconds = 3;

    await holdFault(app, tv, code, { kind: 'status', status: 429, retryAfterSeconds }, ASKED_TO_WAIT);
    expect(await statusOf(tv)).toMatch(CODE_KEPT);
    await saveShot(tv, 'pairing-asked-to-wait');

    // The first backoff would be one interval (1 s), so a gap of 3 s comes from Retry-After.
    await expect.poll(() => app.sandbox.requests.count(TOKEN_PATH), { timeout: 8_000 }).toBeGreaterThanOrEqual(3);
    const times = app.sandbox.requests
      .entries()
      .filter((entry) => entry.path === TOKEN_PATH)
      .map((entry) => entry.time);
    const [first = 0, second = 0] = times.slice(-2);
    expect(second - first).toBeGreaterThanOrEqual(retryAfterSeconds * 1000 - 100);

    await clearAndConfirm(app, tv, code, 12_000);
  }, 30_000);

  it('slows down on slow_down and keeps the code', async () => {
    const { app, tv, code } = await openPairing();
    app.sandbox.faults.set({ path: TOKEN_PATH, kind: 'slowDown', times: 1 });

    await expect.poll(() => app.sandbox.requests.count(TOKEN_PATH), { timeout: 5_000 }).toBe(1);
    expect(await statusOf(tv)).toMatch(WAITING);

    app.sandbox.approve(code, 'demo');
    // The slowed-down poll comes 6 s later, then Home loads the member's data.
    await expectPaired(tv, (INTERVAL_SECONDS + 5 + 6) * 1000);

    // RFC 8628 section 3.5: the interval grows by 5 s for the rest of the code's life.
    const [slowedDown, next] = app.sandbox.requests.entries().filter((entry) => entry.path === TOKEN_PATH);
    expect((next?.time ?? 0) - (slowedDown?.time ?? 0)).toBeGreaterThanOrEqual((INTERVAL_SECONDS + 5) * 1000 - 100);
    expect(app.sandbox.requests.maxInFlight(TOKEN_PATH)).toBe(1);
  }, 30_000);

  it('offers a new code after a reply cut in the middle', async () => {
    const { app, tv, code } = await openPairing();

    // NOTE: a cut 200 reply ends the code, because the BetaSeries provider treats an unreadable
    // reply as final. The member needs one key press for a new code.
    app.sandbox.faults.set({ path: TOKEN_PATH, kind: 'malformedJson', times: 1 });
    await expectFailure(tv, FAILED);
    expect(await statusOf(tv)).toMatch(/unreadable reply/);
    await saveShot(tv, 'pairing-failed');

    const newCode = await takeNewCode(tv, code);
    await clearAndConfirm(app, tv, newCode, 8_000);
  });

  it('offers a new code after the server expires it', async () => {
    const { app, tv, code } = await openPairing();

    // The sandbox returns 3004 for an expired code, which the BetaSeries provider reads as expired.
    app.sandbox.faults.set({ path: TOKEN_PATH, kind: 'expireCodes', times: 1 });
    await expectFailure(tv, CODE_REJECTED);
    await saveShot(tv, 'pairing-code-rejected');

    const newCode = await takeNewCode(tv, code);
    await clearAndConfirm(app, tv, newCode, 8_000);
  });

  it('renews a code past its lifetime after a key press', async () => {
    const { app, tv, code } = await openPairing({ codeLifetimeSeconds: 4 });

    // A remote key press shows the engine that someone is at the TV.
    await tv.keyboard.press('ArrowDown');

    const newCode = await nextCode(tv, code, 8_000);
    expect(await statusOf(tv)).toMatch(WAITING);

    await clearAndConfirm(app, tv, newCode, 8_000);
  });

  it('says an idle code expired, at 1280×720', async () => {
    const { app, tv, code } = await openPairing({ codeLifetimeSeconds: 3, width: 1280, height: 720 });

    await expectFailure(tv, /^The code has expired\. Press OK for a new code\.$/);
    expect(await codeOf(tv)).toBe(code);
    await saveShot(tv, 'pairing-expired');

    const newCode = await takeNewCode(tv, code);
    await clearAndConfirm(app, tv, newCode, 8_000);
  });

  it('offers a new code after the member refuses', async () => {
    const { app, tv, code } = await openPairing();
    app.sandbox.deny(code);

    await expectFailure(tv, REFUSED);
    await saveShot(tv, 'pairing-refused');

    const newCode = await takeNewCode(tv, code);
    await clearAndConfirm(app, tv, newCode, 8_000);
  });

  it('sends nothing after the page leaves mid-poll', async () => {
    const { app, tv } = await openPairing();
    app.sandbox.faults.set({ path: TOKEN_PATH, kind: 'latency', ms: 3_000 });

    // Leave while a poll is held by the latency fault.
    await expect.poll(() => app.sandbox.requests.count(TOKEN_PATH), { timeout: 5_000 }).toBe(1);
    await tv.goto('about:blank');
    const requestsAtLeave = app.sandbox.requests.count();

    // Covers the held reply (3 s) and the poll that would follow it.
    await tv.waitForTimeout(5 * INTERVAL_SECONDS * 1000);
    expect(app.sandbox.requests.count()).toBe(requestsAtLeave);
  });

  it('sends nothing after the page leaves during a backoff', async () => {
    const { app, tv, code } = await openPairing();

    await holdFault(app, tv, code, { kind: 'drop' }, NO_CONNECTION);
    await tv.goto('about:blank');
    const requestsAtLeave = app.sandbox.requests.count();

    // Longer than any backoff reached so far (1 s, then 2 s).
    await tv.waitForTimeout(4 * INTERVAL_SECONDS * 1000);
    expect(app.sandbox.requests.count()).toBe(requestsAtLeave);
  });
});
