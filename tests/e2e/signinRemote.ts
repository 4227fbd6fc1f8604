import type { Page } from 'playwright-core';
import { inject } from 'vitest';
import { startAppServer, type AppServer } from '../../scripts/appServer';

/** Starts the built app and a fresh sandbox on a free loopback port, keeping the sandbox's log lines in `logLines`. */
export function startSignInApp(logLines: string[]): Promise<AppServer> {
  return startAppServer({
    distDir: inject('distDir'),
    host: '127.0.0.1',
    port: 0,
    sandbox: { log: (line) => logLines.push(line) },
  });
}

interface Box {
  testId: string | null;
  keyId: string | null;
  x: number;
  y: number;
}

/** Returns the element the spatial navigation has focused, with its centre. */
function focusedBox(tv: Page): Promise<Box | null> {
  return tv.evaluate(() => {
    const element = document.querySelector('[data-focused="true"]');
    if (!element) {
      return null;
    }

    const rect = element.getBoundingClientRect();
    return {
      testId: element.getAttribute('data-testid'),
      keyId: element.getAttribute('data-key-id'),
      x: rect.left + rect.width / 2,
      y: rect.top + rect.height / 2,
    };
  });
}

function centreOf(tv: Page, selector: string): Promise<{ x: number; y: number } | null> {
  return tv.evaluate((target) => {
    const element = document.querySelector(target);
    if (!element) {
      return null;
    }

    const rect = element.getBoundingClientRect();
    return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
  }, selector);
}

/** Presses `key` and waits until the focus moved, or 400 ms passed (at an edge it stays). */
async function pressAndSettle(tv: Page, key: string, before: Box | null): Promise<void> {
  await tv.keyboard.press(key);

  const deadline = Date.now() + 400;
  while (Date.now() < deadline) {
    const after = await focusedBox(tv);
    if (after && (after.x !== before?.x || after.y !== before?.y)) {
      return;
    }

    await tv.waitForTimeout(15);
  }
}

/**
 * Moves the spatial focus onto the element `selector` finds with arrow keys only, as a member
 * does: first to its row, then along the row. Throws after 40 presses.
 */
export async function moveFocusTo(tv: Page, selector: string): Promise<void> {
  for (let step = 0; step < 40; step += 1) {
    const focused = await focusedBox(tv);
    const isThere = await tv.evaluate((target) => document.querySelector(target)?.getAttribute('data-focused') === 'true', selector);
    if (isThere) {
      return;
    }

    const target = await centreOf(tv, selector);
    if (!focused || !target) {
      throw new Error(`Cannot move the focus to ${selector}: ${focused ? 'it is not on screen' : 'nothing has the focus'}`);
    }

    const dy = target.y - focused.y;
    const dx = target.x - focused.x;
    const key = Math.abs(dy) > 20 ? (dy > 0 ? 'ArrowDown' : 'ArrowUp') : dx > 0 ? 'ArrowRight' : 'ArrowLeft';
    await pressAndSettle(tv, key, focused);
  }

  throw new Error(`The focus did not reach ${selector} in 40 presses`);
}

/** Moves the focus onto the element with `testId` and presses OK. */
export async function pressButton(tv: Page, testId: string): Promise<void> {
  await tv.getByTestId(testId).first().waitFor({ state: 'visible' });
  await moveFocusTo(tv, `[data-testid="${testId}"]`);
  await tv.keyboard.press('Enter');
}

function keySelector(keyboardTestId: string, keyId: string): string {
  return `[data-testid="${keyboardTestId}"] [data-key-id="${keyId.replace(/["\\]/g, '\\$&')}"]`;
}

/** Presses one key of the on-screen keyboard with the arrows and OK. */
export async function pressKeyboardKey(tv: Page, keyboardTestId: string, keyId: string): Promise<void> {
  await moveFocusTo(tv, keySelector(keyboardTestId, keyId));
  await tv.keyboard.press('Enter');
}

/** Types `text` on the on-screen keyboard with the arrows and OK, switching Shift and the symbols layer as needed. */
export async function typeWithRemote(tv: Page, keyboardTestId: string, text: string): Promise<void> {
  await tv.getByTestId(keyboardTestId).waitFor({ state: 'visible' });

  for (const character of Array.from(text)) {
    const lower = character.toLowerCase();
    const wantShift = lower !== character;
    const shiftOn = (await tv.locator(keySelector(keyboardTestId, 'shift')).getAttribute('aria-pressed')) === 'true';
    if (wantShift !== shiftOn) {
      await pressKeyboardKey(tv, keyboardTestId, 'shift');
    }

    const keyId = character === ' ' ? 'space' : `char:${lower}`;
    if ((await tv.locator(keySelector(keyboardTestId, keyId)).count()) === 0) {
      await pressKeyboardKey(tv, keyboardTestId, 'layer');
    }

    await pressKeyboardKey(tv, keyboardTestId, keyId);
  }
}

/** Returns every value in the page's localStorage and sessionStorage, as `key=value` lines. */
export function storedText(tv: Page): Promise<string> {
  return tv.evaluate(() =>
    [window.localStorage, window.sessionStorage]
      .map((storage) => Array.from({ length: storage.length }, (_, index) => `${storage.key(index)}=${storage.getItem(storage.key(index) ?? '')}`).join('\n'))
      .join('\n'),
  );
}
