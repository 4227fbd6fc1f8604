import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { AppServer } from '../../scripts/appServer';
import { openSignedIn, startTestApp } from './support/app';
import { launchChromium, openTvPage } from './support/browser';
import { focusedTestId, openFromSideMenu, pressKey } from './support/moreNavigation';

/** Returns the focus key of the screen frame on top of the stack, the only one not hidden. */
function visibleScreen(tv: Page): Promise<string | null> {
  return tv.evaluate(() => {
    const frames = Array.from(document.querySelectorAll('.tv-screen')).filter((frame) => !(frame as HTMLElement).hidden);
    return frames.length === 1 ? (frames[0]?.getAttribute('data-screen') ?? null) : null;
  });
}

/** Expects Home's side menu to be open with the focus on `entry`, the screen that was just left. */
async function expectMenuOn(tv: Page, entry: string): Promise<void> {
  await expect.poll(() => focusedTestId(tv)).toBe(`menu-${entry}`);
  expect(await visibleScreen(tv)).toBe('screen:home');
  expect(await tv.getByTestId('side-menu').getAttribute('data-open')).toBe('true');
}

describe('Left at the left edge of a menu screen', () => {
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

  async function open(entry: 'shows' | 'search' | 'movies' | 'notifications' | 'profile', ready: string): Promise<void> {
    tv = await openTvPage(browser);
    await openSignedIn(tv, app, 'demo');
    await openFromSideMenu(tv, entry);
    await tv.getByTestId(ready).first().waitFor({ timeout: 10_000 });
    await expect.poll(() => focusedTestId(tv)).toBe(ready);
  }

  it('opens the side menu from the first film', async () => {
    await open('movies', 'movie-card');

    // Left inside the row moves along it and keeps the screen.
    await pressKey(tv, 'ArrowRight');
    await pressKey(tv, 'ArrowLeft');
    expect(await focusedTestId(tv)).toBe('movie-card');
    expect(await visibleScreen(tv)).toBe('screen:movies');

    await pressKey(tv, 'ArrowLeft');

    await expectMenuOn(tv, 'movies');
  }, 60_000);

  it('opens the side menu from a notification', async () => {
    await open('notifications', 'notification');
    await pressKey(tv, 'ArrowDown');

    await pressKey(tv, 'ArrowLeft');

    await expectMenuOn(tv, 'notifications');
  }, 60_000);

  it('opens the side menu from the leftmost language button', async () => {
    await open('profile', 'profile-language-en');

    // English sits right of Français, so the first Left only moves to Français.
    await pressKey(tv, 'ArrowLeft');
    expect(await focusedTestId(tv)).toBe('profile-language-fr');
    expect(await visibleScreen(tv)).toBe('screen:profile');

    await pressKey(tv, 'ArrowLeft');

    await expectMenuOn(tv, 'profile');
  }, 60_000);

  it('opens the side menu from the first poster of My shows', async () => {
    await open('shows', 'shows-poster');

    await pressKey(tv, 'ArrowLeft');

    await expectMenuOn(tv, 'shows');
  }, 60_000);

  it('opens the side menu from the leftmost key of the search keyboard', async () => {
    await open('search', 'keyboard-key');

    await pressKey(tv, 'ArrowLeft');

    await expectMenuOn(tv, 'search');
  }, 60_000);
});
