import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_API_KEY } from '../../sandbox/server';
import type { AppServer } from '../../scripts/appServer';
import { startTestApp } from './support/app';
import { launchChromium, openTvPage } from './support/browser';
import { auditLayout } from './support/layoutAudit';
import { focusedTestId, openMyShows, pressKey, saveShot } from './support/moreNavigation';

/** Returns the title on the focused poster of My shows, or null when the focus is elsewhere. */
function focusedPosterTitle(tv: Page): Promise<string | null> {
  return tv.evaluate(
    () => document.querySelector('[data-testid="shows-poster"][data-focused="true"] .show-poster__title')?.textContent ?? null,
  );
}

/** Fetches the ids of `login`'s shows from the sandbox's API with a fresh token. */
async function memberShowIds(app: AppServer, login: string): Promise<number[]> {
  const reply = await fetch(`${app.url}/api/shows/member?limit=200`, {
    headers: { 'X-BetaSeries-Key': DEMO_API_KEY, 'X-BetaSeries-Version': '3.0', Authorization: `Bearer ${app.sandbox.createToken(login)}` },
  });
  const body = (await reply.json()) as { shows: Array<{ id: number }> };
  return body.shows.map((show) => show.id);
}

/** Opens the focused poster's show and waits for the focus on its next episode. */
async function openFocusedShow(tv: Page): Promise<string> {
  const title = (await focusedPosterTitle(tv)) ?? '';
  await pressKey(tv, 'Enter');
  await expect.poll(() => tv.getByTestId('show-title').innerText()).toBe(title);
  await expect.poll(() => focusedTestId(tv), { timeout: 10_000 }).toBe('show-episode');
  return title;
}

/** Moves the focus up from the episode list, through the seasons, to Follow / Unfollow. */
async function focusFollowButton(tv: Page): Promise<void> {
  for (let step = 0; step < 50 && (await focusedTestId(tv)) !== 'show-follow'; step += 1) {
    await pressKey(tv, 'ArrowUp');
  }
  expect(await focusedTestId(tv)).toBe('show-follow');
}

describe('my shows and a show on the TV', () => {
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

  it('gives the focus back to the same poster after Back from a show', async () => {
    tv = await openTvPage(browser);
    await openMyShows(tv, app);
    await saveShot(tv, 'shows-grid');

    await pressKey(tv, 'ArrowRight', 2);
    await pressKey(tv, 'ArrowDown');
    const title = await openFocusedShow(tv);
    await saveShot(tv, 'show-details');

    await pressKey(tv, 'Escape');
    await tv.getByTestId('shows-screen').waitFor({ state: 'visible' });
    await expect.poll(() => focusedPosterTitle(tv)).toBe(title);
    const place = await tv.getByTestId('shows-count').innerText();
    expect(place).toBe('11 of 30');

    // Back once more leaves My shows for Home.
    await pressKey(tv, 'Escape');
    await tv.getByTestId('shows-screen').waitFor({ state: 'hidden' });
  }, 60_000);

  it('unfollows and follows again from a show, as My shows then lists', async () => {
    tv = await openTvPage(browser);
    await openMyShows(tv, app);
    await pressKey(tv, 'ArrowRight');
    expect(await memberShowIds(app, 'demo')).toHaveLength(30);

    const title = await openFocusedShow(tv);
    await focusFollowButton(tv);
    expect(await tv.getByTestId('show-follow').innerText()).toBe('Unfollow');

    // The first press only arms the confirmation.
    await pressKey(tv, 'Enter');
    expect(await tv.getByTestId('show-follow').innerText()).toBe('Confirm: unfollow');
    await saveShot(tv, 'show-unfollow-confirm');
    await pressKey(tv, 'Enter');
    await expect.poll(() => tv.getByTestId('show-follow').innerText()).toBe('Follow');
    await expect.poll(() => tv.getByTestId('show-progress').innerText()).toBe('Not in your shows');
    await expect.poll(async () => (await memberShowIds(app, 'demo')).length).toBe(29);

    await pressKey(tv, 'Enter');
    await expect.poll(() => tv.getByTestId('show-follow').innerText()).toBe('Unfollow');
    await expect.poll(async () => (await memberShowIds(app, 'demo')).length).toBe(30);

    // Unfollow for good, then Back: My shows no longer lists the show.
    await pressKey(tv, 'Enter');
    await pressKey(tv, 'Enter');
    await expect.poll(() => tv.getByTestId('show-follow').innerText()).toBe('Follow');
    await pressKey(tv, 'Escape');

    await tv.getByTestId('shows-screen').waitFor({ state: 'visible' });
    await expect.poll(() => tv.getByTestId('shows-count').innerText()).toMatch(/ of 29$/);
    const titles = await tv.locator('[data-testid="shows-poster"] .show-poster__title').allInnerTexts();
    expect(titles).not.toContain(title);
    // The focus went to the poster that took the show's place.
    expect(await focusedTestId(tv)).toBe('shows-poster');
  }, 60_000);

  it('fits the safe area with texts large enough at 1920×1080 and 1280×720', async () => {
    for (const size of [
      { width: 1920, height: 1080 },
      { width: 1280, height: 720 },
    ]) {
      tv = await openTvPage(browser, { ...size, locale: 'fr-FR' });
      await openMyShows(tv, app);
      expect(await auditLayout(tv)).toEqual([]);
      await saveShot(tv, 'shows-grid-fr');

      await pressKey(tv, 'ArrowDown');
      await openFocusedShow(tv);
      expect(await auditLayout(tv)).toEqual([]);
      await saveShot(tv, 'show-details-fr');

      await tv.context().close();
    }
  }, 60_000);
});
