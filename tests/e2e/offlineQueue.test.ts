import type { Browser, Page, Response } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_API_KEY } from '../../sandbox/server';
import type { AppServer } from '../../scripts/appServer';
import { openSignedIn, startTestApp } from './support/app';
import { launchChromium, openTvPage } from './support/browser';
import { pressKeyCode } from './support/keys';
import { auditLayout } from './support/layoutAudit';
import { focusedTestId, openFromSideMenu, pressKey, saveShot, typeWithArrows } from './support/moreNavigation';

/** Green on a webOS and Tizen remote: mark the focused episode watched. */
const GREEN = 404;

/** The demo member's id in the sandbox, the suffix of their queue's storage key. */
const DEMO_MEMBER_ID = 1;
const QUEUE_STORAGE_KEY = `betaseries-tv.actions.${DEMO_MEMBER_ID}`;

/** A request to the sandbox that got a reply, as the page saw it. */
interface AnsweredRequest {
  method: string;
  path: string;
  status: number;
  body: URLSearchParams;
}

/** Records the API requests of `page` that got any HTTP reply (a dropped connection gets none). */
function recordAnswered(page: Page): AnsweredRequest[] {
  const answered: AnsweredRequest[] = [];
  page.on('response', (response: Response) => {
    const url = new URL(response.url());
    if (!url.pathname.startsWith('/api/')) {
      return;
    }

    const request = response.request();
    answered.push({
      method: request.method(),
      path: url.pathname.slice('/api'.length),
      status: response.status(),
      body: new URLSearchParams(request.postData() ?? ''),
    });
  });

  return answered;
}

/** Calls the sandbox's API as `login`, with a fresh token, the way the app does. */
async function callApi<T>(app: AppServer, login: string, pathAndQuery: string): Promise<T> {
  const reply = await fetch(`${app.url}/api${pathAndQuery}`, {
    headers: { 'X-BetaSeries-Key': DEMO_API_KEY, 'X-BetaSeries-Version': '3.0', Authorization: `Bearer ${app.sandbox.createToken(login)}` },
  });

  return (await reply.json()) as T;
}

interface ApiEpisode {
  id: number;
  season: number;
  show: { id: number };
  user: { seen: boolean };
}

/** Returns the ids of the watched episodes of one season of a show, in the sandbox's state. */
async function watchedIds(app: AppServer, showId: number, season: number): Promise<number[]> {
  const reply = await callApi<{ episodes: ApiEpisode[] }>(app, 'demo', `/shows/episodes?id=${showId}&season=${season}`);

  return reply.episodes.filter((episode) => episode.user.seen).map((episode) => episode.id);
}

/** Reads the actions the page keeps in `localStorage` for the demo member. */
function storedActions(page: Page): Promise<Array<{ kind: string; episodeId?: number; showId?: number }>> {
  return page.evaluate((key) => {
    const text = window.localStorage.getItem(key);
    return text === null ? [] : (JSON.parse(text) as { actions: Array<{ kind: string; episodeId?: number; showId?: number }> }).actions;
  }, QUEUE_STORAGE_KEY);
}

/** Returns the layout problems (outside the safe area, text under 24 px at 1080p) of the pending badges on screen. */
async function badgeLayoutProblems(page: Page): Promise<string[]> {
  const problems = await auditLayout(page);

  return problems.filter((problem) => problem.element.includes('pending')).map((problem) => `${problem.kind}: ${problem.element} ${problem.detail}`);
}

/** Resolves once `members/infos` has replied and the app stored the member's id, which the queue needs. */
async function memberIdStored(page: Page): Promise<void> {
  await expect
    .poll(
      () =>
        page.evaluate(() => {
          const text = window.localStorage.getItem('betaseries-tv.members');
          return text === null ? null : ((JSON.parse(text) as { members: Array<{ memberId: number | null }> }).members[0]?.memberId ?? null);
        }),
      { timeout: 15_000 },
    )
    .toBe(DEMO_MEMBER_ID);
}

describe('changes made offline', () => {
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

  it('keeps an offline mark across a reload and sends it once', async () => {
    tv = await openTvPage(browser);
    const answered = recordAnswered(tv);
    await openSignedIn(tv, app, 'demo');
    await memberIdStored(tv);

    const firstCard = tv.locator('[data-testid="to-watch-card"][data-focused="true"] .to-watch-card');
    await firstCard.waitFor({ timeout: 15_000 });
    const episodeId = Number(await firstCard.getAttribute('data-episode-id'));
    const episode = (await callApi<{ episode: ApiEpisode }>(app, 'demo', `/episodes/display?id=${episodeId}`)).episode;
    const watchedBefore = await watchedIds(app, episode.show.id, episode.season);
    expect(watchedBefore).not.toContain(episodeId);

    // Offline: the sandbox drops the connection of every API request.
    app.sandbox.faults.set({ kind: 'drop' });
    await pressKeyCode(tv, GREEN, 'ColorF1Green');

    const badge = tv.locator(`[data-testid="pending-badge"][data-target="episode:${episodeId}"]`);
    await badge.waitFor({ timeout: 10_000 });
    expect(await badge.innerText()).toBe('Waiting to be sent');
    expect(await storedActions(tv)).toMatchObject([{ kind: 'markWatched', episodeId }]);
    await saveShot(tv, 'offline-pending');

    // A reload while still offline: Home cannot load, and the mark stays stored and retried.
    const sentBeforeReload = app.sandbox.requests.count('/episodes/watched');
    await tv.reload();
    await tv.getByTestId('to-watch-error').waitFor({ timeout: 20_000 });
    expect(await storedActions(tv)).toMatchObject([{ kind: 'markWatched', episodeId }]);
    await expect.poll(() => app.sandbox.requests.count('/episodes/watched'), { timeout: 10_000 }).toBeGreaterThan(sentBeforeReload);
    // No card can carry the badge now, so Home's header says what is waiting.
    expect(await tv.getByTestId('pending-summary').innerText()).toBe('Changes waiting to be sent: 1');
    await saveShot(tv, 'offline-summary');

    // Reads come back first while marks are still dropped: the card is back with its badge.
    app.sandbox.faults.clear();
    app.sandbox.faults.set({ kind: 'drop', path: '/episodes/watched' });
    await expect.poll(() => focusedTestId(tv), { timeout: 10_000 }).toBe('to-watch-error-retry');
    await pressKey(tv, 'Enter');
    await badge.waitFor({ timeout: 15_000 });
    expect(await badge.innerText()).toBe('Waiting to be sent');
    // The session, opened unchecked while offline, is checked again without a press of its Retry.
    await tv.locator('.home__offline').waitFor({ state: 'detached', timeout: 10_000 });
    // The API still lists the episode unwatched, and the card shows the member's mark instead.
    expect(await tv.locator(`.to-watch-card[data-episode-id="${episodeId}"]`).getAttribute('data-watched')).toBe('true');
    await saveShot(tv, 'offline-pending-after-reload');
    expect(await badgeLayoutProblems(tv)).toEqual([]);
    await tv.setViewportSize({ width: 1280, height: 720 });
    await saveShot(tv, 'offline-pending-after-reload');
    expect(await badgeLayoutProblems(tv)).toEqual([]);
    await tv.setViewportSize({ width: 1920, height: 1080 });

    // The network is back: the queue's next try sends the mark, and the badge goes.
    app.sandbox.requests.clear();
    app.sandbox.faults.clear();
    await badge.waitFor({ state: 'detached', timeout: 45_000 });
    expect(await storedActions(tv)).toEqual([]);
    expect(await tv.getByTestId('pending-summary').count()).toBe(0);

    const posts = app.sandbox.requests.entries().filter((entry) => entry.method === 'POST' && entry.path === '/episodes/watched');
    expect(posts).toHaveLength(1);

    const applied = answered.filter((request) => request.method === 'POST' && request.path === '/episodes/watched');
    expect(applied).toHaveLength(1);
    expect(applied[0]?.status).toBe(200);
    expect(applied[0]?.body.get('id')).toBe(String(episodeId));
    expect(applied[0]?.body.get('bulk')).toBe('false');

    // Only that episode changed in its season: bulk=false left the earlier ones as they were.
    expect((await watchedIds(app, episode.show.id, episode.season)).sort()).toEqual([...watchedBefore, episodeId].sort());
  }, 150_000);

  it('adds a show once the API stops answering 503 pages', async () => {
    tv = await openTvPage(browser, { locale: 'fr-FR' });
    const answered = recordAnswered(tv);
    await openSignedIn(tv, app, 'demo');
    await memberIdStored(tv);

    await openFromSideMenu(tv, 'search');
    await tv.getByTestId('search-keyboard').waitFor();
    await expect.poll(() => focusedTestId(tv)).toBe('keyboard-key');
    await typeWithArrows(tv, 'brig');
    await tv.getByTestId('search-results-title').waitFor({ timeout: 10_000 });

    const focusedTitle = () =>
      tv.evaluate(() => document.querySelector('[data-testid="search-result"][data-focused="true"] .search-result__title')?.textContent ?? null);
    for (let step = 0; step < 10 && (await focusedTitle()) === null; step += 1) {
      await pressKey(tv, 'ArrowRight');
    }
    for (let step = 0; step < 10 && (await focusedTitle()) !== 'Brigade Sud'; step += 1) {
      await pressKey(tv, 'ArrowDown');
    }
    expect(await focusedTitle()).toBe('Brigade Sud');

    // The CDN in front of the API returns an HTML 503 page for every add.
    app.sandbox.faults.set({ kind: 'html5xx', status: 503, path: '/shows/show' });
    await pressKey(tv, 'Enter');
    await tv.getByTestId('search-menu').waitFor();
    expect(await focusedTestId(tv)).toBe('search-action-add');
    await pressKey(tv, 'Enter');

    const badge = tv.locator('[data-testid="search-result"][data-focused="true"] [data-testid="pending-badge"]');
    await badge.waitFor({ timeout: 10_000 });
    expect(await badge.innerText()).toBe('En attente d’envoi');
    await expect.poll(() => storedActions(tv)).toMatchObject([{ kind: 'addShow' }]);
    await expect.poll(() => answered.filter((request) => request.path === '/shows/show' && request.status === 503).length).toBeGreaterThan(0);
    await saveShot(tv, 'search-pending');

    app.sandbox.requests.clear();
    app.sandbox.faults.clear();
    await badge.waitFor({ state: 'detached', timeout: 45_000 });

    expect(app.sandbox.requests.entries().filter((entry) => entry.path === '/shows/show')).toHaveLength(1);
    expect(answered.filter((request) => request.path === '/shows/show' && request.status === 200)).toHaveLength(1);
    const shows = await callApi<{ shows: Array<{ title: string }> }>(app, 'demo', '/shows/member?limit=200');
    expect(shows.shows.map((show) => show.title)).toContain('Brigade Sud');
  }, 150_000);

  it('shows a season mark waiting on the Show screen', async () => {
    tv = await openTvPage(browser, { width: 1280, height: 720 });
    await openSignedIn(tv, app, 'demo');
    await memberIdStored(tv);
    await expect.poll(() => focusedTestId(tv), { timeout: 15_000 }).toBe('to-watch-card');
    await openFromSideMenu(tv, 'shows');
    await expect.poll(() => focusedTestId(tv), { timeout: 10_000 }).toBe('shows-poster');
    await pressKey(tv, 'Enter');
    await expect.poll(() => focusedTestId(tv), { timeout: 10_000 }).toBe('show-episode');
    for (let step = 0; step < 50 && (await focusedTestId(tv)) !== 'show-season'; step += 1) {
      await pressKey(tv, 'ArrowUp');
    }
    expect(await focusedTestId(tv)).toBe('show-season');

    app.sandbox.faults.set({ kind: 'drop', path: '/seasons/watched' });
    await pressKeyCode(tv, GREEN, 'ColorF1Green');

    const badge = tv.locator('[data-testid="show-season"][data-focused="true"] [data-testid="pending-badge"]');
    await badge.waitFor({ timeout: 10_000 });
    expect(await badge.innerText()).toBe('Pending');
    await saveShot(tv, 'season-pending');
    expect(await badgeLayoutProblems(tv)).toEqual([]);

    app.sandbox.faults.clear();
    await badge.waitFor({ state: 'detached', timeout: 45_000 });
    await expect.poll(() => storedActions(tv)).toEqual([]);
  }, 150_000);
});
