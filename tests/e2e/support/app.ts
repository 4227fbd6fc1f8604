import type { Browser, Page } from 'playwright-core';
import { inject } from 'vitest';
import { startAppServer, type AppServer, type AppServerOptions } from '../../../scripts/appServer';

/** Starts the app built by globalSetup for this run with a fresh sandbox on a free loopback port. */
export function startTestApp(sandbox: AppServerOptions['sandbox'] = {}): Promise<AppServer> {
  return startAppServer({ distDir: inject('distDir'), host: '127.0.0.1', port: 0, sandbox });
}

/** Reads the user code the TV shows, once it is on screen. */
export async function readUserCode(tv: Page): Promise<string> {
  const code = tv.getByTestId('user-code');
  await code.waitFor({ state: 'visible', timeout: 15_000 });
  return (await code.innerText()).trim();
}

/**
 * Does what a member does on their phone: opens the verification address, types the code,
 * then confirms as `login` or refuses.
 */
export async function answerOnPhone(
  browser: Browser,
  verificationUrl: string,
  typedCode: string,
  decision: { approveAs: string } | 'deny',
): Promise<void> {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, locale: 'fr-FR' });
  const phone = await context.newPage();

  await phone.goto(verificationUrl);
  await phone.locator('input[name="code"]').fill(typedCode);
  await phone.locator('button[type="submit"]').first().click();

  if (decision === 'deny') {
    await phone.locator('button[name="decision"][value="deny"]').click();
  } else {
    await phone.locator(`input[name="login"][value="${decision.approveAs}"]`).check();
    await phone.locator('button[name="decision"][value="approve"]').click();
  }

  await phone.waitForLoadState();
  await context.close();
}

/** Returns the `data-testid` of the focused element, or of its closest marked ancestor. */
export function focusedTestId(page: Page): Promise<string | null> {
  return page.evaluate(() => {
    const focused = document.querySelector('[data-focused="true"]') ?? document.activeElement;
    return focused?.closest('[data-testid]')?.getAttribute('data-testid') ?? null;
  });
}

/**
 * Opens the TV app already signed in as `login`, as after a pairing: the sandbox issues a token
 * and the page finds it in storage at start, as the only member paired. Use it where pairing is
 * not what the test is about.
 * NOTE: this writes the format of `MEMBERS_STORAGE_KEY` in `src/session/tokenStorage.ts`; change
 * both together.
 */
export async function openSignedIn(page: Page, app: AppServer, login: string): Promise<void> {
  const token = app.sandbox.createToken(login);
  const stored = { members: [{ key: 'e2e0000000000001', token, memberId: null, login: null, avatar: null }], activeKey: 'e2e0000000000001' };

  await page.goto(`${app.url}/`);
  await page.evaluate(
    ([key, value]) => window.localStorage.setItem(key as string, value as string),
    ['betaseries-tv.members', JSON.stringify(stored)],
  );
  await page.reload();
}
