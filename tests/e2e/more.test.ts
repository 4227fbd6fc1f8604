import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_API_KEY } from '../../sandbox/server';
import type { AppServer } from '../../scripts/appServer';
import { openSignedIn, startTestApp } from './support/app';
import { launchChromium, openTvPage } from './support/browser';
import { auditLayout } from './support/layoutAudit';
import { focusedTestId, openFromSideMenu, pressKey, saveShot } from './support/moreNavigation';

const SIZES = [
  { width: 1920, height: 1080 },
  { width: 1280, height: 720 },
];

/** Reads the titles of `login`'s films in `state` from the sandbox's API, with a fresh token. */
async function memberMovieTitles(app: AppServer, login: string, state: 0 | 1 | 2): Promise<string[]> {
  const reply = await fetch(`${app.url}/api/movies/member?state=${state}`, {
    headers: { 'X-BetaSeries-Key': DEMO_API_KEY, 'X-BetaSeries-Version': '3.0', Authorization: `Bearer ${app.sandbox.createToken(login)}` },
  });
  const body = (await reply.json()) as { movies: Array<{ title: string }> };
  return body.movies.map((movie) => movie.title);
}

function focusedMovieTitle(tv: Page): Promise<string | null> {
  return tv.evaluate(() => document.querySelector('[data-testid="movie-card"][data-focused="true"] .movie-card__title')?.textContent ?? null);
}

/** Presses Back and checks that the screen `testId` is gone and its side menu entry has the focus again. */
async function expectBackToMenu(tv: Page, entry: string, testId: string): Promise<void> {
  await pressKey(tv, 'Escape');
  await expect.poll(() => focusedTestId(tv)).toBe(`menu-${entry}`);
  expect(await tv.getByTestId(testId).count()).toBe(0);
}

describe('movies, notifications and profile on the TV', () => {
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

  it('marks a film watched, then goes Back', async () => {
    tv = await openTvPage(browser);
    await openSignedIn(tv, app, 'demo');
    await openFromSideMenu(tv, 'movies');

    await tv.getByTestId('movie-card').first().waitFor({ timeout: 10_000 });
    await expect.poll(() => focusedMovieTitle(tv)).not.toBeNull();
    await pressKey(tv, 'ArrowRight');
    const title = (await focusedMovieTitle(tv)) as string;
    await saveShot(tv, 'more-movies');

    await pressKey(tv, 'Enter');
    await tv.getByTestId('movies-menu').waitFor();
    expect(await focusedTestId(tv)).toBe('movies-action-watched');
    await saveShot(tv, 'more-movies-menu');
    await pressKey(tv, 'Enter');

    await expect.poll(() => tv.getByTestId('movies-notice').innerText()).toContain(`“${title}” is marked watched.`);
    expect(await tv.locator('[data-testid="movie-card"]', { hasText: title }).count()).toBe(0);
    await expect.poll(() => focusedMovieTitle(tv)).not.toBeNull();
    await expect.poll(() => memberMovieTitles(app, 'demo', 1)).toContain(title);
    await saveShot(tv, 'more-movies-marked');

    await expectBackToMenu(tv, 'movies', 'movies-screen');
  }, 60_000);

  it('lists unread notifications first and runs no markup', async () => {
    tv = await openTvPage(browser, { locale: 'fr-FR' });
    const dialogs: string[] = [];
    tv.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    await openSignedIn(tv, app, 'demo');
    await openFromSideMenu(tv, 'notifications');

    await tv.getByTestId('notification').first().waitFor({ timeout: 10_000 });
    const unread = await tv.$$eval('[data-testid="notification"] [data-unread]', (items) => items.map((item) => item.getAttribute('data-unread')));
    const firstRead = unread.indexOf('false');
    expect(firstRead).toBeGreaterThan(0);
    expect(unread.slice(firstRead)).not.toContain('true');
    await saveShot(tv, 'more-notifications');

    // Walk to the end, so every notification, hostile ones included, has been rendered once.
    await pressKey(tv, 'ArrowDown', 12);
    await saveShot(tv, 'more-notifications-end');
    const screenHtml = await tv.getByTestId('notifications-screen').innerHTML();
    expect(screenHtml).not.toMatch(/<img|<script|<b>|<i>|<a /);
    expect(await tv.locator('img[src="x"]').count()).toBe(0);
    expect(dialogs).toEqual([]);

    await expectBackToMenu(tv, 'notifications', 'notifications-screen');
  }, 60_000);

  it('shows the stats, switches to French and goes Back', async () => {
    tv = await openTvPage(browser);
    await openSignedIn(tv, app, 'demo');
    await openFromSideMenu(tv, 'profile');

    await tv.getByTestId('profile-stat-shows').waitFor({ timeout: 10_000 });
    expect(await tv.getByTestId('profile-stat-shows').innerText()).toMatch(/^\d+\s+Shows followed$/);
    expect(await tv.getByTestId('profile-stat-time-on-tv').innerText()).toMatch(/\d+ d/);
    expect(await focusedTestId(tv)).toBe('profile-language-en');
    await saveShot(tv, 'more-profile');

    await pressKey(tv, 'ArrowLeft');
    expect(await focusedTestId(tv)).toBe('profile-language-fr');
    await pressKey(tv, 'Enter');

    await expect.poll(() => tv.locator('h1').innerText()).toBe('Profil et réglages');
    expect(await tv.getByTestId('profile-stat-shows').innerText()).toContain('Séries suivies');
    await saveShot(tv, 'more-profile-fr');

    await expectBackToMenu(tv, 'profile', 'profile-screen');
    expect(await tv.evaluate(() => document.documentElement.lang)).toBe('fr');
  }, 60_000);

  it('fits every screen in the safe area at both sizes', async () => {
    for (const size of SIZES) {
      tv = await openTvPage(browser, { ...size, locale: 'fr-FR' });
      await openSignedIn(tv, app, 'marathon');

      for (const [entry, ready] of [
        ['movies', 'movies-screen'],
        ['notifications', 'notification'],
        ['profile', 'profile-stat-shows'],
      ] as const) {
        await openFromSideMenu(tv, entry);
        await tv.getByTestId(ready).first().waitFor({ timeout: 10_000 });
        await saveShot(tv, `more-${entry}-marathon`);
        expect(await auditLayout(tv)).toEqual([]);
        await pressKey(tv, 'Escape');
        await expect.poll(() => focusedTestId(tv)).toBe(`menu-${entry}`);
      }

      await tv.context().close();
    }
  }, 90_000);
});
