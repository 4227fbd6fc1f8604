import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import type { AppServer } from '../../../scripts/appServer';
import { openSignedIn } from './app';

/** Keys the remote sends, as Playwright names them (Escape is Back in a desktop browser). */
export type RemoteKeyName = 'ArrowUp' | 'ArrowDown' | 'ArrowLeft' | 'ArrowRight' | 'Enter' | 'Escape';

/**
 * Presses one key and waits until the app's focus has settled: one animation frame plus the
 * spatial navigation's promise chain, so the next press starts from the new focus. Separate
 * presses are never throttled (only a held key is).
 */
export async function pressKey(page: Page, key: RemoteKeyName, times = 1): Promise<void> {
  for (let count = 0; count < times; count += 1) {
    await page.keyboard.press(key);
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0))));
  }
}

/** Returns the `data-testid` of the element with `data-focused="true"`, or null. */
export function focusedTestId(page: Page): Promise<string | null> {
  return page.evaluate(() => document.querySelector('[data-focused="true"]')?.getAttribute('data-testid') ?? null);
}

/** Waits for Home, then opens `entry` of the side menu with Left, Up/Down and OK as a member does. */
export async function openFromSideMenu(page: Page, entry: 'shows' | 'search' | 'movies' | 'notifications' | 'profile'): Promise<void> {
  await page.getByTestId('side-menu').waitFor({ state: 'attached', timeout: 15_000 });
  await page.locator('[data-focused="true"]').first().waitFor({ timeout: 15_000 });

  for (let step = 0; step < 12; step += 1) {
    const focused = await focusedTestId(page);
    if (focused?.startsWith('menu-')) {
      break;
    }
    await pressKey(page, 'ArrowLeft');
  }

  const order = ['home', 'shows', 'search', 'movies', 'notifications', 'profile'];
  const target = order.indexOf(entry);

  for (let step = 0; step < order.length; step += 1) {
    const focused = (await focusedTestId(page)) ?? '';
    const index = order.indexOf(focused.replace('menu-', ''));
    if (index === target) {
      break;
    }
    await pressKey(page, index < target ? 'ArrowDown' : 'ArrowUp');
  }

  const focused = await focusedTestId(page);
  if (focused !== `menu-${entry}`) {
    throw new Error(`The side menu's "${entry}" entry did not get the focus (focus is on ${focused ?? 'nothing'}): check the menu's order and keys.`);
  }

  await pressKey(page, 'Enter');
}

/** Signs in as `demo`, opens My shows from Home's side menu, and waits for the focus on a poster. */
export async function openMyShows(page: Page, app: AppServer): Promise<void> {
  await openSignedIn(page, app, 'demo');

  // Home focuses its first "To watch" card once loaded; from there Left reaches the side menu.
  await expect.poll(() => focusedTestId(page), { timeout: 15_000 }).toBe('to-watch-card');
  await openFromSideMenu(page, 'shows');
  await page.getByTestId('shows-poster').first().waitFor({ timeout: 10_000 });
  await expect.poll(() => focusedTestId(page)).toBe('shows-poster');
}

const KEYBOARD_ROWS = ['abcdefghij', 'klmnopqrst', 'uvwxyz@.-_', '1234567890', 'éèêëàâçîïô', "ùûüÿœæ',?!"];

/** Types `text` on the on-screen keyboard with the arrow keys and OK, from wherever its focus is. */
export async function typeWithArrows(page: Page, text: string): Promise<void> {
  for (const character of Array.from(text)) {
    const row = KEYBOARD_ROWS.findIndex((letters) => letters.includes(character));
    if (row < 0) {
      throw new Error(`"${character}" is not on the keyboard's letter layer: type letters, digits or French accents.`);
    }
    const column = (KEYBOARD_ROWS[row] as string).indexOf(character);

    const from = await page.evaluate(() => {
      const key = document.querySelector('[data-testid="keyboard-key"][data-focused="true"]');
      return { row: Number(key?.getAttribute('data-row')), column: Number(key?.getAttribute('data-column')) };
    });

    await pressKey(page, row > from.row ? 'ArrowDown' : 'ArrowUp', Math.abs(row - from.row));
    await pressKey(page, column > from.column ? 'ArrowRight' : 'ArrowLeft', Math.abs(column - from.column));
    await pressKey(page, 'Enter');
  }
}

/** Saves a screenshot to /tmp/shots/<name>-<width>x<height>.png. */
export async function saveShot(page: Page, name: string): Promise<void> {
  const size = page.viewportSize();
  await page.screenshot({ path: `/tmp/shots/${name}-${size?.width ?? 0}x${size?.height ?? 0}.png` });
}
