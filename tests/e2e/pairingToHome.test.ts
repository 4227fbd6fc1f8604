import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { AppServer } from '../../scripts/appServer';
import { answerOnPhone, focusedTestId, readUserCode, startTestApp } from './support/app';
import { launchChromium, openTvPage } from './support/browser';

/** A short poll interval, so the TV gets its token about a second after the phone confirms. */
const INTERVAL_SECONDS = 1;

/** Chunks of the modern build that the pairing screen must not need (see vite.config.ts). */
const LATER_CHUNK = /\/assets\/(member|sign-in)-[^/]+\.js$/;

interface LoadTimes {
  /** `performance.now()` when the user code first showed, or null. */
  codeShownAt: number | null;
  /** Later chunks the page requested, with the start of each request on the same clock. */
  laterChunks: Array<{ path: string; startTime: number }>;
}

/** Makes the page note when the user code first shows, before any of its scripts run. */
async function watchForCode(tv: Page): Promise<void> {
  await tv.addInitScript(() => {
    const watcher = new MutationObserver(() => {
      const code = document.querySelector('[data-testid="user-code"]');
      if (code && (code.textContent ?? '').trim() !== '') {
        (window as unknown as { codeShownAt: number }).codeShownAt = performance.now();
        watcher.disconnect();
      }
    });

    watcher.observe(document, { childList: true, subtree: true, characterData: true });
  });
}

function readLoadTimes(tv: Page): Promise<LoadTimes> {
  return tv.evaluate((chunkPattern) => {
    const pattern = new RegExp(chunkPattern);
    const laterChunks = performance
      .getEntriesByType('resource')
      .map((entry) => ({ path: new URL(entry.name).pathname, startTime: entry.startTime }))
      .filter((entry) => pattern.test(entry.path));

    return { codeShownAt: (window as unknown as { codeShownAt?: number }).codeShownAt ?? null, laterChunks };
  }, LATER_CHUNK.source);
}

/**
 * Samples, once per animation frame, the length of the text visible in the app, so a frame in
 * which nothing is on screen shows up as a zero.
 */
async function startTextSampling(tv: Page): Promise<void> {
  await tv.evaluate(() => {
    const samples: number[] = [];
    (window as unknown as { textSamples: number[] }).textSamples = samples;

    const sample = () => {
      samples.push((document.getElementById('root')?.innerText ?? '').trim().length);
      requestAnimationFrame(sample);
    };
    requestAnimationFrame(sample);
  });
}

function readTextSamples(tv: Page): Promise<number[]> {
  return tv.evaluate(() => (window as unknown as { textSamples: number[] }).textSamples);
}

describe('from pairing to Home', () => {
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

  it('downloads the member screens after the code', async () => {
    tv = await openTvPage(browser);
    await watchForCode(tv);
    await tv.goto(`${app.url}/`);
    await readUserCode(tv);

    await expect.poll(async () => (await readLoadTimes(tv)).laterChunks.map((chunk) => chunk.path), { timeout: 5_000 }).toContainEqual(expect.stringMatching(/\/assets\/member-[^/]+\.js$/));

    const { codeShownAt, laterChunks } = await readLoadTimes(tv);
    expect(codeShownAt).not.toBeNull();
    for (const chunk of laterChunks) {
      expect(chunk.startTime, `${chunk.path} was requested before the code showed`).toBeGreaterThan(codeShownAt ?? Infinity);
    }
  }, 30_000);

  it('shows text on every frame between pairing and Home', async () => {
    tv = await openTvPage(browser);
    await tv.goto(`${app.url}/`);
    const userCode = await readUserCode(tv);
    await tv.screenshot({ path: '/tmp/shots/pairing-to-home-code-1920x1080.png' });

    await startTextSampling(tv);
    const verificationUrl = (await tv.getByTestId('verification-url').innerText()).trim();
    await answerOnPhone(browser, verificationUrl, userCode, { approveAs: 'demo' });

    await tv.getByTestId('member-login').waitFor({ state: 'visible', timeout: (INTERVAL_SECONDS + 5) * 1000 });
    await tv.screenshot({ path: '/tmp/shots/pairing-to-home-after-1920x1080.png' });
    const samples = await readTextSamples(tv);

    expect(samples.length).toBeGreaterThan(10);
    expect(samples.filter((length) => length === 0), `frames with no text, out of ${samples.length}`).toEqual([]);
  }, 30_000);

  it('focuses the other sign-in methods once loaded', async () => {
    tv = await openTvPage(browser);
    await tv.goto(`${app.url}/`);
    await readUserCode(tv);

    await tv.keyboard.press('Enter');

    await tv.getByTestId('sign-in-with-password').waitFor({ state: 'visible', timeout: 5_000 });
    await expect.poll(() => focusedTestId(tv)).toBe('sign-in-with-code');
  }, 30_000);
});
