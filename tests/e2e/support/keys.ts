import type { Page } from 'playwright-core';

/**
 * Presses a key by its `keyCode` through Chromium's input pipeline (DevTools `Input` domain), as
 * a TV remote's driver does: the page receives a trusted keydown/keyup with that code. Playwright's
 * `keyboard.press` only knows named keys, and TV keys such as webOS Back (461) have no name.
 */
export async function pressKeyCode(page: Page, keyCode: number, key = 'Unidentified'): Promise<void> {
  const session = await page.context().newCDPSession(page);

  try {
    await session.send('Input.dispatchKeyEvent', { type: 'rawKeyDown', windowsVirtualKeyCode: keyCode, nativeVirtualKeyCode: keyCode, key });
    await session.send('Input.dispatchKeyEvent', { type: 'keyUp', windowsVirtualKeyCode: keyCode, nativeVirtualKeyCode: keyCode, key });
  } finally {
    await session.detach();
  }
}
