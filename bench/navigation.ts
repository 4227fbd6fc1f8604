import { pressKey, readFocus, readTopScreen, type FocusedElement, type KeyName, type TvPage } from './tvPage';

/**
 * Moves through the app with remote keys only, as a member does, checking where the focus lands
 * after each press. Each helper returns null on success or a sentence saying what went wrong,
 * which the report prints in place of the figure it prevented.
 */

/** Side menu entries are marked `data-testid="menu-<entry>"` (src/screens/Menu/SideMenu.tsx). */
const MENU_TEST_ID_PREFIX = 'menu-';

/** A short wait for the app to react to a key when no figure is taken. */
const STEP_PAUSE_MS = 40;

/** Down presses sent between two readings of the focus while loading every page of a grid. */
const SCROLL_BURST = 10;

function sameFocus(a: FocusedElement, b: FocusedElement): boolean {
  return a.testId === b.testId && a.index === b.index && a.screen === b.screen;
}

/**
 * Presses `key` and returns the focus once its move is painted (reported by bench/pageProbe.js),
 * or the unchanged focus after `timeoutMs`.
 */
export async function pressAndWait(tv: TvPage, key: KeyName, timeoutMs = 1_000): Promise<FocusedElement> {
  const moves = tv.reports.count('key');
  await pressKey(tv, key);
  await tv.reports.waitFor('key', moves + 1, timeoutMs);

  return readFocus(tv);
}

/** Waits until an element of `screen` (e.g. `screen:home`) has the visible focus. */
export async function waitForScreenFocus(tv: TvPage, screen: string, timeoutMs: number): Promise<string | null> {
  const deadline = Date.now() + timeoutMs;

  while (Date.now() < deadline) {
    const focus = await readFocus(tv);
    if (focus.screen === screen && focus.testId !== null) {
      return null;
    }
    await tv.page.waitForTimeout(100);
  }

  const focus = await readFocus(tv);
  return `no element of ${screen} got the focus within ${timeoutMs} ms (focus: ${JSON.stringify(focus)}, top screen: ${await readTopScreen(tv)})`;
}

/**
 * Waits until an element of `screen` has the focus and keeps it for `steadyMs`: a screen may
 * place its first focus on a placeholder, then move it when its list arrives.
 */
export async function waitForSteadyFocus(tv: TvPage, screen: string, timeoutMs: number, steadyMs = 1_000): Promise<string | null> {
  const deadline = Date.now() + timeoutMs;

  const problem = await waitForScreenFocus(tv, screen, timeoutMs);
  if (problem) {
    return problem;
  }

  let focus = await readFocus(tv);
  let steadySince = Date.now();
  while (Date.now() - steadySince < steadyMs) {
    if (Date.now() > deadline) {
      return `the focus on ${screen} kept moving for ${timeoutMs} ms (last: ${JSON.stringify(focus)})`;
    }

    await tv.page.waitForTimeout(100);
    const next = await readFocus(tv);
    if (!sameFocus(focus, next)) {
      focus = next;
      steadySince = Date.now();
    }
  }

  return null;
}

/** Reads the menu entries' test ids in screen order. */
function readMenuOrder(tv: TvPage): Promise<string[]> {
  return tv.page.evaluate(
    (prefix) => Array.from(document.querySelectorAll(`[data-testid^="${prefix}"]`)).map((item) => item.getAttribute('data-testid') as string),
    MENU_TEST_ID_PREFIX,
  );
}

/**
 * Opens the side menu with Left, moves to `entry` (`shows`, `movies`…) with Up and Down, and
 * presses OK; then waits for the screen `screen:<entry>` to take the focus.
 */
export async function openFromMenu(tv: TvPage, entry: string, timeoutMs = 30_000): Promise<string | null> {
  const target = `${MENU_TEST_ID_PREFIX}${entry}`;

  let focus = await readFocus(tv);
  for (let presses = 0; !focus.testId?.startsWith(MENU_TEST_ID_PREFIX); presses += 1) {
    if (presses >= 12) {
      return `Left did not reach the side menu in 12 presses (focus: ${JSON.stringify(focus)})`;
    }
    focus = await pressAndWait(tv, 'left', 500);
  }

  const order = await readMenuOrder(tv);
  if (!order.includes(target)) {
    return `the side menu has no entry "${target}" (entries: ${order.join(', ')})`;
  }

  for (let presses = 0; focus.testId !== target; presses += 1) {
    if (presses >= order.length) {
      return `Up and Down did not reach "${target}" in the side menu (focus: ${JSON.stringify(focus)})`;
    }
    const key = order.indexOf(focus.testId ?? '') < order.indexOf(target) ? 'down' : 'up';
    focus = await pressAndWait(tv, key, 500);
  }

  await pressKey(tv, 'enter');
  return waitForScreenFocus(tv, `screen:${entry}`, timeoutMs);
}

/** Presses Back and waits for `screen` to have the focus again. */
export async function goBackTo(tv: TvPage, screen: string, timeoutMs = 10_000): Promise<string | null> {
  await pressKey(tv, 'back');
  return waitForScreenFocus(tv, screen, timeoutMs);
}

/**
 * Presses Down in a paged grid until its last row has the focus, so every page of `showCount`
 * shows is loaded, and returns the index of the focused poster. The presses come in bursts, as
 * from a held key. The focus is read after each burst.
 */
export async function scrollToLastShow(tv: TvPage, showCount: number, timeoutMs: number): Promise<{ error: string | null; index: number | null }> {
  const deadline = Date.now() + timeoutMs;
  let focus = await readFocus(tv);
  let stillBursts = 0;

  while (Date.now() < deadline) {
    for (let press = 0; press < SCROLL_BURST; press += 1) {
      await pressKey(tv, 'down');
      await tv.page.waitForTimeout(STEP_PAUSE_MS);
    }

    const next = await pressAndWait(tv, 'down', 500);
    stillBursts = next.index !== null && next.index === focus.index ? stillBursts + 1 : 0;
    focus = next;

    // The focus is on the last row once at most one row of shows (8 columns at 1080p) remains.
    const onLastRow = focus.index !== null && focus.index >= showCount - 8;
    if (onLastRow && stillBursts >= 1) {
      return { error: null, index: focus.index };
    }
  }

  return { error: `Down did not reach the last of ${showCount} shows within ${timeoutMs} ms (focus: ${JSON.stringify(focus)})`, index: focus.index };
}
