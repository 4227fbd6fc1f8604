import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { AppServer } from '../../scripts/appServer';
import { md5Hex } from '../../src/signin/md5Hex';
import { launchChromium, openTvPage } from './support/browser';
import { pressButton, pressKeyboardKey, startSignInApp, storedText, typeWithRemote } from './signinRemote';

describe('sign-in methods besides the device code', () => {
  let browser: Browser;
  let app: AppServer;
  let tv: Page;
  const sandboxLog: string[] = [];
  let consoleLines: string[] = [];
  let requestUrls: string[] = [];
  let visitedUrls: string[] = [];

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

  async function openTv(address = `${app.url}/`): Promise<void> {
    app.sandbox.reset();
    app.sandbox.requests.clear();
    sandboxLog.length = 0;
    consoleLines = [];
    requestUrls = [];
    visitedUrls = [];

    tv = await openTvPage(browser);
    tv.on('console', (message) => consoleLines.push(message.text()));
    tv.on('request', (request) => requestUrls.push(request.url()));
    tv.on('framenavigated', (frame) => {
      if (frame === tv.mainFrame()) {
        visitedUrls.push(frame.url());
      }
    });
    await tv.goto(address);
  }

  async function openOtherMethods(): Promise<void> {
    await tv.getByTestId('user-code').waitFor({ state: 'visible', timeout: 15_000 });
    await pressButton(tv, 'other-sign-in-methods');
    await tv.getByTestId('sign-in-chooser').waitFor({ state: 'visible' });
  }

  /** Waits for the member's home and returns the login it shows; on a timeout the error quotes the screen. */
  async function signedInLogin(): Promise<string> {
    const login = tv.getByTestId('member-login');
    try {
      await login.waitFor({ state: 'visible', timeout: 15_000 });
    } catch (error) {
      const screenText = await tv.evaluate(() => document.body.innerText.replace(/\s+/g, ' ').slice(0, 300));
      throw new Error(`The member's home did not open; the screen shows: "${screenText}"`, { cause: error });
    }

    // The login appears once members/infos replies; after a redirect sign-in the id is not known before.
    await expect.poll(() => login.innerText(), { timeout: 10_000 }).not.toBe('');
    return login.innerText();
  }

  /** Picks a demo member on the sandbox's sign-in page and allows access, as the member does on that page. */
  async function allowOnBetaSeriesPage(login: string): Promise<void> {
    await tv.locator(`input[name="login"][value="${login}"]`).check();
    await tv.locator('button[name="decision"][value="approve"]').click();
  }

  it('signs in with login and password on the keyboard', async () => {
    await openTv();
    await openOtherMethods();

    await pressButton(tv, 'sign-in-with-password');
    await typeWithRemote(tv, 'login-keyboard', 'Marathon@Sandbox.test');
    await pressKeyboardKey(tv, 'login-keyboard', 'submit');
    await typeWithRemote(tv, 'password-keyboard', 'épisode2000');
    expect((await tv.getByTestId('password-keyboard').getByTestId('keyboard-field').innerText()).trim()).toBe('•••••••••••');
    await pressKeyboardKey(tv, 'password-keyboard', 'submit');

    expect(await signedInLogin()).toContain('marathon');
    expect(app.sandbox.requests.count('/members/auth')).toBe(1);
  }, 120_000);

  it('keeps the password out of storage, addresses and logs', async () => {
    const password = 'Popcorn été';
    await openTv();
    await openOtherMethods();
    await pressButton(tv, 'sign-in-with-password');
    await typeWithRemote(tv, 'login-keyboard', 'demo');
    await pressKeyboardKey(tv, 'login-keyboard', 'submit');

    await typeWithRemote(tv, 'password-keyboard', password);
    await pressKeyboardKey(tv, 'password-keyboard', 'reveal');
    expect((await tv.getByTestId('password-keyboard').getByTestId('keyboard-field').innerText()).trim()).toBe(password);
    await pressKeyboardKey(tv, 'password-keyboard', 'submit');
    await expect.poll(() => tv.getByTestId('password-status').innerText()).toBe('Wrong login or password.');

    const hash = md5Hex(password);
    const everything = [await storedText(tv), tv.url(), ...requestUrls, ...visitedUrls, ...consoleLines, ...sandboxLog].join('\n');
    expect(everything).not.toContain(password);
    expect(everything).not.toContain(encodeURIComponent(password));
    expect(everything).not.toContain(hash);
    expect(sandboxLog).toContain('members/auth: rejected, wrong password for member 1 (4003)');
  }, 120_000);

  it('signs in through the OAuth redirect, without state', async () => {
    await openTv();
    await openOtherMethods();

    await pressButton(tv, 'sign-in-with-oauth');
    await tv.waitForURL(/\/authorize\?/);
    const authorize = new URL(tv.url());
    expect(authorize.searchParams.get('client_id')).toBe('sandbox-demo-key');
    expect(authorize.searchParams.get('redirect_uri')).toBe(`${app.url}/`);
    expect(authorize.searchParams.has('state')).toBe(false);
    await allowOnBetaSeriesPage('marathon');

    expect(await signedInLogin()).toContain('marathon');
    expect(visitedUrls.some((url) => new URL(url).searchParams.has('code'))).toBe(true);
    expect(new URL(tv.url()).search).toBe('');
    expect(app.sandbox.requests.count('/oauth/access_token')).toBe(1);
  }, 60_000);

  it('signs in with a one-time key', async () => {
    await openTv();
    await openOtherMethods();

    await pressButton(tv, 'sign-in-with-key');
    await tv.waitForURL(/\/oauth\?key=/);
    await allowOnBetaSeriesPage('demo');

    expect(await signedInLogin()).toContain('demo');
    expect(app.sandbox.requests.count('/members/oauth')).toBe(1);
    expect(new URL(tv.url()).search).toBe('');
    expect(await storedText(tv)).not.toContain('pendingAttempt');
  }, 60_000);

  it('comes back to the code after a refusal', async () => {
    await openTv();
    await openOtherMethods();

    await pressButton(tv, 'sign-in-with-oauth');
    await tv.waitForURL(/\/authorize\?/);
    await tv.locator('button[name="decision"][value="deny"]').click();

    await tv.getByTestId('sign-in-notice').waitFor({ state: 'visible' });
    expect(await tv.getByTestId('sign-in-notice').innerText()).toContain('You refused to sign in on BetaSeries');
    await tv.getByTestId('user-code').waitFor({ state: 'visible' });
    expect(new URL(tv.url()).search).toBe('');
  }, 60_000);

  it('ignores a callback it did not start', async () => {
    app.sandbox.reset();
    const stranger = app.sandbox.createToken('marathon');

    await openTv(`${app.url}/?token=${stranger}`);

    await tv.getByTestId('sign-in-notice').waitFor({ state: 'visible' });
    expect(await tv.getByTestId('sign-in-notice').innerText()).toContain('was ignored');
    expect(new URL(tv.url()).search).toBe('');
    expect(await storedText(tv)).not.toContain(stranger);
  }, 60_000);

  it('ignores a replayed authorization code', async () => {
    await openTv();
    await openOtherMethods();
    await pressButton(tv, 'sign-in-with-oauth');
    await tv.waitForURL(/\/authorize\?/);
    await allowOnBetaSeriesPage('demo');
    await signedInLogin();
    const callback = visitedUrls.find((url) => new URL(url).searchParams.has('code')) ?? '';

    await tv.goto(callback);

    await tv.getByTestId('members-notice').waitFor({ state: 'visible' });
    expect(await tv.getByTestId('members-notice').innerText()).toContain('was ignored');
    expect(app.sandbox.requests.count('/oauth/access_token')).toBe(1);
  }, 60_000);
});
