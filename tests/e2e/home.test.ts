import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { AppServer } from '../../scripts/appServer';
import { callApi } from '../../sandbox/testing/callApi';
import { launchChromium, openTvPage } from './support/browser';
import { focusedTestId, openSignedIn, startTestApp } from './support/app';
import { pressKeyCode } from './support/keys';

/**
 * Time allowed for a page to load and show its data: a few hundred ms alone, but other test files
 * may share the two cores.
 */
const LOAD = { timeout: 20_000 };

const GREEN = 404;
const YELLOW = 405;
const WEBOS_BACK = 461;

interface ApiShow {
  id: number;
  title: string;
  unseen: Array<{ id: number; code: string }>;
}

describe('home', () => {
  let browser: Browser;
  let app: AppServer;
  let tv: Page;
  /** A token of the same demo member, for the test's own API calls. */
  let token: string;

  beforeAll(async () => {
    browser = await launchChromium();
    app = await startTestApp();
    token = app.sandbox.createToken('demo');
  });

  afterEach(async () => {
    await tv?.context().close();
  });

  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  function api(path: string, params: Record<string, string | number> = {}) {
    return callApi(`${app.url}/api`, path, { token, params });
  }

  async function seenIds(showId: number): Promise<number[]> {
    const reply = await api('/shows/episodes', { id: showId });
    return (reply.json.episodes as Array<{ id: number; user: { seen: boolean } }>).filter((episode) => episode.user.seen).map((episode) => episode.id);
  }

  async function openHome(initScript?: string): Promise<void> {
    tv = await openTvPage(browser);
    if (initScript) {
      await tv.addInitScript({ content: initScript });
    }
    await openSignedIn(tv, app, 'demo');
    await tv.getByTestId('to-watch-card').first().waitFor({ state: 'visible', timeout: LOAD.timeout });
    await tv.getByTestId('airing-card').first().waitFor({ state: 'visible', timeout: LOAD.timeout });
    await expect.poll(() => focusedTestId(tv), LOAD).toBe('to-watch-card');
  }

  function visibleScreen(): Promise<string | null> {
    return tv.evaluate(() => {
      const frames = Array.from(document.querySelectorAll('.tv-screen')).filter((frame) => !(frame as HTMLElement).hidden);
      return frames.length === 1 ? (frames[0]?.getAttribute('data-screen') ?? null) : null;
    });
  }

  function firstCardText(): Promise<string> {
    return tv.locator('[data-testid="to-watch-card"][data-index="0"]').innerText();
  }

  it('marks an episode watched with Green and undoes it with Yellow', async () => {
    const list = await api('/episodes/list', { order: 'smart', limit: 1 });
    const show = list.json.shows[0] as ApiShow;
    const episode = show.unseen[0] as { id: number; code: string };
    const seenBefore = await seenIds(show.id);
    await openHome();
    expect(await firstCardText()).toContain(episode.code);

    await pressKeyCode(tv, GREEN, 'ColorF1Green');

    await expect.poll(firstCardText).not.toContain(episode.code);
    expect(await firstCardText()).toContain(show.title);
    await expect.poll(() => tv.getByTestId('watched-toast').innerText()).toContain(`${episode.code} of ${show.title} marked as watched`);
    expect(await focusedTestId(tv)).toBe('to-watch-card');
    await expect.poll(() => seenIds(show.id)).toEqual([...seenBefore, episode.id].sort((a, b) => a - b));

    await pressKeyCode(tv, YELLOW, 'ColorF2Yellow');

    await expect.poll(firstCardText).toContain(episode.code);
    await expect.poll(() => seenIds(show.id)).toEqual(seenBefore);
    expect(await focusedTestId(tv)).toBe('to-watch-card');
  });

  it('stops offering Undo after a few seconds', async () => {
    await openHome();

    await pressKeyCode(tv, GREEN, 'ColorF1Green');
    await tv.getByTestId('watched-undo').waitFor({ state: 'visible' });
    await tv.getByTestId('watched-toast').waitFor({ state: 'detached', timeout: 8_000 });
    const requestsBefore = app.sandbox.requests.count('/episodes/watched');

    await pressKeyCode(tv, YELLOW, 'ColorF2Yellow');
    await tv.waitForTimeout(300);

    expect(app.sandbox.requests.count('/episodes/watched')).toBe(requestsBefore);
  });

  it('opens every screen from the side menu, and Back returns to its entry', async () => {
    await openHome();

    await tv.keyboard.press('ArrowLeft');
    await expect.poll(() => focusedTestId(tv)).toBe('menu-home');
    expect(await tv.getByTestId('side-menu').getAttribute('data-open')).toBe('true');

    for (const entry of ['shows', 'search', 'movies', 'notifications', 'profile']) {
      await tv.keyboard.press('ArrowDown');
      await expect.poll(() => focusedTestId(tv)).toBe(`menu-${entry}`);

      await tv.keyboard.press('Enter');
      await expect.poll(visibleScreen).toBe(`screen:${entry}`);

      await pressKeyCode(tv, WEBOS_BACK, 'GoBack');
      await expect.poll(visibleScreen).toBe('screen:home');
      await expect.poll(() => focusedTestId(tv)).toBe(`menu-${entry}`);
    }

    await tv.keyboard.press('ArrowRight');
    await expect.poll(() => focusedTestId(tv)).toBe('to-watch-card');
    expect(await tv.getByTestId('side-menu').getAttribute('data-open')).toBe('false');
  });

  it('restores the card after Episode and Back', async () => {
    await openHome();
    await tv.keyboard.press('ArrowRight');
    await tv.keyboard.press('ArrowRight');
    await expect.poll(() => tv.locator('[data-testid="to-watch-card"][data-focused="true"]').getAttribute('data-index')).toBe('2');
    const label = (await tv.locator('[data-testid="to-watch-card"][data-focused="true"]').getAttribute('aria-label')) ?? '';

    await tv.keyboard.press('Enter');
    await expect.poll(visibleScreen).toMatch(/^screen:episode-\d+$/);
    expect(label).toContain(await tv.getByTestId('episode-code').innerText());

    await tv.keyboard.press('Escape');
    await expect.poll(visibleScreen).toBe('screen:home');
    await expect.poll(() => tv.locator('[data-testid="to-watch-card"][data-focused="true"]').getAttribute('data-index')).toBe('2');
  });

  it('keeps the app open on Back from Home in a desktop browser', async () => {
    await openHome();
    const address = tv.url();

    await tv.keyboard.press('Escape');
    await tv.keyboard.press('Backspace');
    await tv.waitForTimeout(300);

    expect(tv.url()).toBe(address);
    expect(await visibleScreen()).toBe('screen:home');
    expect(await focusedTestId(tv)).toBe('to-watch-card');
  });

  it('calls webOS.platformBack on Back from Home', async () => {
    await openHome(`window.__platformCalls = []; window.webOS = { platformBack: () => window.__platformCalls.push('platformBack') };`);

    await pressKeyCode(tv, WEBOS_BACK, 'GoBack');

    await expect.poll(() => tv.evaluate(() => (window as unknown as { __platformCalls: string[] }).__platformCalls)).toEqual(['platformBack']);
  });
});
