import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { AppServer } from '../../scripts/appServer';
import { launchChromium, openTvPage } from './support/browser';
import { focusedTestId, openSignedIn } from './support/app';
import { moveFocusTo, pressButton, pressKeyboardKey, startSignInApp, typeWithRemote } from './signinRemote';

const MEMBERS_KEY = 'betaseries-tv.members';

describe('several members on one TV', () => {
  let browser: Browser;
  let app: AppServer;
  let tv: Page;
  const sandboxLog: string[] = [];
  let tokens: Record<string, string> = {};

  beforeAll(async () => {
    browser = await launchChromium();
    app = await startSignInApp(sandboxLog);
  });

  afterEach(async () => {
    await tv?.context().close();
  });

  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  /** Opens the TV with demo and marathon paired, as after two sign-ins. */
  async function openWithTwoMembers(): Promise<void> {
    app.sandbox.reset();
    tokens = { demo: app.sandbox.createToken('demo'), marathon: app.sandbox.createToken('marathon') };
    const stored = {
      members: [
        { key: 'a1a1a1a1a1a1a1a1', token: tokens.demo, memberId: 1, login: 'demo', avatar: null },
        { key: 'b2b2b2b2b2b2b2b2', token: tokens.marathon, memberId: 2, login: 'marathon', avatar: null },
      ],
      activeKey: 'a1a1a1a1a1a1a1a1',
    };

    tv = await openTvPage(browser);
    await tv.goto(`${app.url}/`);
    await tv.evaluate(([key, value]) => window.localStorage.setItem(key as string, value as string), [MEMBERS_KEY, JSON.stringify(stored)]);
    await tv.reload();
    await tv.getByTestId('who-is-watching').waitFor({ state: 'visible', timeout: 15_000 });
  }

  async function chooseMember(login: string): Promise<void> {
    await moveFocusTo(tv, `[data-testid="member-tile"][aria-label="${login}"]`);
    await tv.keyboard.press('Enter');
    await expect.poll(() => tv.getByTestId('member-login').innerText(), { timeout: 15_000 }).toContain(login);
  }

  async function backToMembers(): Promise<void> {
    for (let press = 0; press < 3 && !(await tv.getByTestId('who-is-watching').isVisible()); press += 1) {
      await tv.keyboard.press('Escape');
      await tv.waitForTimeout(200);
    }

    await tv.getByTestId('who-is-watching').waitFor({ state: 'visible' });
  }

  function tileLogins(): Promise<string[]> {
    return tv.getByTestId('member-tile-login').allInnerTexts();
  }

  function isActive(token: string): Promise<boolean> {
    return fetch(`${app.url}/api/members/is_active`, { headers: { 'X-BetaSeries-Key': 'sandbox-demo-key', Authorization: `Bearer ${token}` } }).then(
      (reply) => reply.status === 200,
    );
  }

  it("asks who's watching at start, with avatar and login", async () => {
    await openWithTwoMembers();

    expect(await tileLogins()).toEqual(['demo', 'marathon']);
    expect(await tv.locator('[data-testid="member-tile"][data-focused="true"]').getAttribute('aria-label')).toBe('demo');

    await chooseMember('demo');
    await backToMembers();

    // members/infos gave demo's avatar, which the tile now shows.
    await expect.poll(() => tv.locator('[data-testid="member-tile"][aria-label="demo"] img').count()).toBe(1);
  }, 60_000);

  it("switches member without showing the other's data", async () => {
    await openWithTwoMembers();
    await chooseMember('demo');
    await tv.getByTestId('to-watch-card').first().waitFor({ state: 'visible', timeout: 15_000 });
    const demoCards = await tv.getByTestId('to-watch-card').evaluateAll((cards) => cards.map((card) => card.getAttribute('aria-label') ?? ''));

    await backToMembers();
    // From here on, record every card label the page shows, frame by frame.
    await tv.evaluate(() => {
      const seen: string[] = [];
      (window as unknown as { __seenCards: string[] }).__seenCards = seen;
      new MutationObserver(() => {
        document.querySelectorAll('[data-testid="to-watch-card"]').forEach((card) => seen.push(card.getAttribute('aria-label') ?? ''));
      }).observe(document.body, { subtree: true, childList: true, attributes: true });
    });
    await chooseMember('marathon');
    await tv.getByTestId('to-watch-card').first().waitFor({ state: 'visible', timeout: 15_000 });

    const seen = await tv.evaluate(() => (window as unknown as { __seenCards: string[] }).__seenCards);
    expect(seen.length).toBeGreaterThan(0);
    expect(seen.filter((label) => demoCards.includes(label))).toEqual([]);
  }, 60_000);

  it('removes a member and revokes their token', async () => {
    await openWithTwoMembers();

    await moveFocusTo(tv, '[data-testid="member-tile"][aria-label="marathon"]');
    await tv.keyboard.press('ArrowDown');
    await tv.keyboard.press('Enter');
    await tv.getByTestId('member-remove-menu').waitFor({ state: 'visible' });
    expect(await tv.getByTestId('member-remove-menu').innerText()).toContain('Remove marathon from this TV?');
    await pressButton(tv, 'member-remove-confirm');

    await expect.poll(tileLogins).toEqual(['demo']);
    expect(await isActive(tokens.marathon as string)).toBe(false);
    expect(await isActive(tokens.demo as string)).toBe(true);
    expect(await tv.evaluate((key) => window.localStorage.getItem(key) ?? '', MEMBERS_KEY)).not.toContain(tokens.marathon);
  }, 60_000);

  it('adds a second member with any sign-in method', async () => {
    await openWithTwoMembers();
    await moveFocusTo(tv, '[data-testid="member-tile"][aria-label="marathon"]');
    await tv.keyboard.press('ArrowDown');
    await tv.keyboard.press('Enter');
    await pressButton(tv, 'member-remove-confirm');
    await expect.poll(tileLogins).toEqual(['demo']);

    await pressButton(tv, 'member-add');
    await tv.getByTestId('user-code').waitFor({ state: 'visible', timeout: 15_000 });
    await pressButton(tv, 'other-sign-in-methods');
    await pressButton(tv, 'sign-in-with-password');
    await typeWithRemote(tv, 'login-keyboard', 'marathon');
    await pressKeyboardKey(tv, 'login-keyboard', 'submit');
    await typeWithRemote(tv, 'password-keyboard', 'épisode2000');
    await pressKeyboardKey(tv, 'password-keyboard', 'submit');
    await expect.poll(() => tv.getByTestId('member-login').innerText(), { timeout: 15_000 }).toContain('marathon');

    await backToMembers();
    expect(await tileLogins()).toEqual(['demo', 'marathon']);
    await tv.reload();
    await tv.getByTestId('who-is-watching').waitFor({ state: 'visible', timeout: 15_000 });
    expect(await tileLogins()).toEqual(['demo', 'marathon']);
  }, 120_000);

  it('returns from adding a member on Back', async () => {
    await openWithTwoMembers();

    await pressButton(tv, 'member-add');
    await tv.getByTestId('cancel-adding').waitFor({ state: 'visible', timeout: 15_000 });
    await tv.keyboard.press('Escape');

    await tv.getByTestId('who-is-watching').waitFor({ state: 'visible' });
    expect(await tileLogins()).toEqual(['demo', 'marathon']);
  }, 60_000);

  it('a lone member reaches "Who\'s watching?" from Profile to add another', async () => {
    app.sandbox.reset();
    tv = await openTvPage(browser);
    await openSignedIn(tv, app, 'demo');
    await tv.getByTestId('to-watch-card').first().waitFor({ state: 'visible', timeout: 15_000 });
    await expect.poll(() => focusedTestId(tv), { timeout: 15_000 }).toBe('to-watch-card');

    // Left opens the side menu; its Profile entry opens the screen.
    await tv.keyboard.press('ArrowLeft');
    await tv.getByTestId('side-menu').waitFor({ state: 'visible' });
    await pressButton(tv, 'menu-profile');
    await pressButton(tv, 'profile-switch-member');

    await tv.getByTestId('who-is-watching').waitFor({ state: 'visible', timeout: 15_000 });
    expect(await tileLogins()).toEqual(['demo']);
    expect(await tv.getByTestId('member-add').isVisible()).toBe(true);
  }, 60_000);
});
