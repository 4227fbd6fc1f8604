import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { AppServer } from '../../scripts/appServer';
import { startTestApp } from './support/app';
import { launchChromium, openTvPage } from './support/browser';
import { openMyShows, pressKey } from './support/moreNavigation';

/*
 * A key press on My shows paints the new focus in the next frame, and React renders the move
 * (the header's "2 of 30", the card's content) after that frame. The page records the DOM in the
 * first animation frame after the key. A `requestAnimationFrame` callback runs just before that
 * frame's style, layout and paint, so the DOM it reads is what the frame paints.
 */

interface FirstFrame {
  focusedIndexes: string[];
  focusedClassCount: number;
  count: string;
  /** The first row the grid's track is set to show; its transform then eases there in 150 ms. */
  firstRow: string;
  /** The focused poster's box inside the grid's clipping box. */
  inView: boolean;
}

declare global {
  interface Window {
    __firstFrame?: FirstFrame;
  }
}

/** Records, in the first frame after the next key press, where the focus is drawn and the header's text. */
function recordFirstFrameAfterKey(tv: Page): Promise<void> {
  return tv.evaluate(() => {
    window.__firstFrame = undefined;

    // A capture listener on the window runs before norigin's own keydown listener.
    window.addEventListener(
      'keydown',
      () => {
        requestAnimationFrame(() => {
          const focused = Array.from(document.querySelectorAll<HTMLElement>('[data-focused="true"]'));
          const grid = document.querySelector('.tv-grid')?.getBoundingClientRect();
          const box = focused[0]?.getBoundingClientRect();

          window.__firstFrame = {
            focusedIndexes: focused.map((node) => node.getAttribute('data-index') ?? ''),
            focusedClassCount: document.querySelectorAll('.tv-grid .is-focused').length,
            count: document.querySelector('[data-testid="shows-count"]')?.textContent ?? '',
            firstRow: document.querySelector('.tv-grid__track')?.getAttribute('data-first-row') ?? '',
            inView: grid !== undefined && box !== undefined && box.top >= grid.top && box.bottom <= grid.bottom,
          };
        });
      },
      { capture: true, once: true },
    );
  });
}

async function firstFrame(tv: Page): Promise<FirstFrame> {
  await tv.waitForFunction(() => window.__firstFrame !== undefined);
  return (await tv.evaluate(() => window.__firstFrame)) as FirstFrame;
}

/** Returns the data-index of every element drawn as focused. */
function focusedIndexes(tv: Page): Promise<string[]> {
  return tv.evaluate(() =>
    Array.from(document.querySelectorAll('[data-focused="true"], .is-focused')).map((node) => node.getAttribute('data-index') ?? node.tagName),
  );
}

/** Returns whether the focused poster lies inside the grid's clipping box. */
function focusedPosterInView(tv: Page): Promise<boolean> {
  return tv.evaluate(() => {
    const grid = document.querySelector('.tv-grid')?.getBoundingClientRect();
    const box = document.querySelector('[data-focused="true"]')?.getBoundingClientRect();
    return grid !== undefined && box !== undefined && box.top >= grid.top && box.bottom <= grid.bottom;
  });
}

describe('focus painted on My shows', () => {
  let browser: Browser;
  let app: AppServer;
  let tv: Page;

  beforeAll(async () => {
    browser = await launchChromium();
    app = await startTestApp();
  });

  afterEach(async () => {
    await tv?.context().close();
    app.sandbox.reset();
  });

  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  it('paints the new focus before the header follows', async () => {
    tv = await openTvPage(browser);
    await openMyShows(tv, app);
    await expect.poll(() => tv.getByTestId('shows-count').innerText()).toBe('1 of 30');

    await recordFirstFrameAfterKey(tv);
    await tv.keyboard.press('ArrowRight');

    expect(await firstFrame(tv)).toEqual({ focusedIndexes: ['1'], focusedClassCount: 1, count: '1 of 30', firstRow: '0', inView: true });
    await expect.poll(() => tv.getByTestId('shows-count').innerText()).toBe('2 of 30');
  }, 60_000);

  it('scrolls the grid in the frame of the move', async () => {
    tv = await openTvPage(browser);
    await openMyShows(tv, app);
    await pressKey(tv, 'ArrowDown');
    await expect.poll(() => tv.getByTestId('shows-count').innerText()).toBe('9 of 30');

    // Row 3 is below the two rows in view. The track's transform is set in the frame of the
    // move, and its transition brings the row into view.
    await recordFirstFrameAfterKey(tv);
    await tv.keyboard.press('ArrowDown');

    const frame = await firstFrame(tv);
    expect(frame.focusedIndexes).toEqual(['16']);
    expect(frame.focusedClassCount).toBe(1);
    expect(frame.count).toBe('9 of 30');
    expect(frame.firstRow).toBe('1');
    await expect.poll(() => tv.getByTestId('shows-count').innerText()).toBe('17 of 30');
    await expect.poll(() => focusedPosterInView(tv)).toBe(true);
  }, 60_000);

  it('leaves one focused poster after fast keys', async () => {
    tv = await openTvPage(browser);
    await openMyShows(tv, app);

    for (const key of ['ArrowRight', 'ArrowRight', 'ArrowDown', 'ArrowDown', 'ArrowLeft', 'ArrowDown', 'ArrowRight', 'ArrowUp'] as const) {
      await tv.keyboard.press(key);
    }

    await expect.poll(() => tv.getByTestId('shows-count').innerText()).toBe('19 of 30');
    expect(await focusedIndexes(tv)).toEqual(['18']);
    expect(await tv.evaluate(() => document.activeElement?.getAttribute('data-index'))).toBe('18');
    await expect.poll(() => focusedPosterInView(tv)).toBe(true);
    const title = await tv.evaluate(() => document.querySelector('[data-focused="true"] .show-poster__title')?.textContent);
    expect(await tv.getByTestId('shows-focused-title').innerText()).toBe(title);
  }, 60_000);
});
