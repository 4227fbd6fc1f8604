import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_API_KEY } from '../../sandbox/server';
import type { AppServer } from '../../scripts/appServer';
import { openSignedIn, startTestApp } from './support/app';
import { launchChromium, openTvPage } from './support/browser';
import { auditLayout } from './support/layoutAudit';
import { focusedTestId, openFromSideMenu, pressKey, saveShot, typeWithArrows } from './support/moreNavigation';

/** Returns the focused search result's title, or null when the focus is elsewhere. */
function focusedResultTitle(tv: Page): Promise<string | null> {
  return tv.evaluate(
    () => document.querySelector('[data-testid="search-result"][data-focused="true"] .search-result__title')?.textContent ?? null,
  );
}

/** Reads the titles of `login`'s shows from the sandbox's API, with a fresh token. */
async function memberShowTitles(app: AppServer, login: string): Promise<string[]> {
  const reply = await fetch(`${app.url}/api/shows/member?limit=200`, {
    headers: { 'X-BetaSeries-Key': DEMO_API_KEY, 'X-BetaSeries-Version': '3.0', Authorization: `Bearer ${app.sandbox.createToken(login)}` },
  });
  const body = (await reply.json()) as { shows: Array<{ title: string }> };
  return body.shows.map((show) => show.title);
}

describe('search on the TV', () => {
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

  it('adds a typed show to My shows', async () => {
    tv = await openTvPage(browser);
    await openSignedIn(tv, app, 'demo');

    await openFromSideMenu(tv, 'search');
    await tv.getByTestId('search-keyboard').waitFor();
    await expect.poll(() => focusedTestId(tv)).toBe('keyboard-key');

    await typeWithArrows(tv, 'brig');
    expect(await tv.getByTestId('keyboard-field').innerText()).toBe('brig');
    await tv.getByTestId('search-results-title').waitFor({ timeout: 10_000 });
    await saveShot(tv, 'search-results');

    // Right runs off the keyboard into the results, then Down to the show.
    for (let step = 0; step < 10 && (await focusedResultTitle(tv)) === null; step += 1) {
      await pressKey(tv, 'ArrowRight');
    }
    for (let step = 0; step < 10 && (await focusedResultTitle(tv)) !== 'Brigade Sud'; step += 1) {
      await pressKey(tv, 'ArrowDown');
    }
    expect(await focusedResultTitle(tv)).toBe('Brigade Sud');

    await pressKey(tv, 'Enter');
    await tv.getByTestId('search-menu').waitFor();
    await saveShot(tv, 'search-menu');
    expect(await focusedTestId(tv)).toBe('search-action-add');
    await pressKey(tv, 'Enter');

    await expect.poll(() => tv.getByTestId('search-notice').innerText()).toBe('“Brigade Sud” is added to your shows.');
    const added = tv.locator('[data-testid="search-result"][data-focused="true"] [data-testid="search-result-status"]');
    await expect.poll(() => added.innerText()).toBe('In your shows');
    await saveShot(tv, 'search-added');

    // Back to Home, then My shows through the side menu.
    await pressKey(tv, 'Escape');
    await openFromSideMenu(tv, 'shows');
    await tv.getByTestId('shows-poster').first().waitFor({ timeout: 10_000 });
    const poster = tv.locator('[data-testid="shows-poster"]', { hasText: 'Brigade Sud' });
    for (let step = 0; step < 8 && (await poster.count()) === 0; step += 1) {
      await pressKey(tv, 'ArrowDown');
    }
    expect(await poster.count()).toBe(1);
    await saveShot(tv, 'search-in-my-shows');

    // The sandbox has the show in the member's account too.
    expect(await memberShowTitles(app, 'demo')).toContain('Brigade Sud');
  }, 90_000);

  it('fits the safe area and goes Back to the side menu', async () => {
    for (const size of [
      { width: 1920, height: 1080 },
      { width: 1280, height: 720 },
    ]) {
      tv = await openTvPage(browser, { ...size, locale: 'fr-FR' });
      await openSignedIn(tv, app, 'demo');
      await openFromSideMenu(tv, 'search');
      await tv.getByTestId('search-prompt').waitFor();
      await saveShot(tv, 'search-empty');

      await typeWithArrows(tv, 'émi');
      await tv.getByTestId('search-results-title').waitFor({ timeout: 10_000 });
      await saveShot(tv, 'search-accents');
      expect(await auditLayout(tv)).toEqual([]);

      await pressKey(tv, 'Escape');
      await expect.poll(() => focusedTestId(tv)).toBe('menu-search');
      expect(await tv.getByTestId('search-screen').count()).toBe(0);

      await tv.context().close();
    }
  }, 90_000);
});
