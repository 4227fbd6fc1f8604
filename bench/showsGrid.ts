import type { Browser } from 'playwright-core';
import { startAppServer } from '../scripts/appServer';
import { repeatKeys, summarizeKeyPresses, timeKeyPresses, type TimeKeyPressesOptions } from './keyPresses';
import { openFromMenu, pressAndWait, scrollToLastShow, waitForSteadyFocus } from './navigation';
import { showsScreenName, type KeyFigure } from './results';
import { closeTvPage, openTvPage, setCpuThrottlingRate, type KeyName, type TvPage } from './tvPage';

/**
 * Key press to focus painted on My shows, for `marathon` following `showCount` shows. Every page
 * is loaded first (Down to the last row, unthrottled), then the focus moves back up a few rows to
 * the first column, and a small loop of moves is timed at each CPU throttling rate. Each move of
 * the loop lands on another poster, so none waits for a focus that cannot move.
 */

const SHOWS_LOOP: readonly KeyName[] = ['right', 'right', 'down', 'left', 'left', 'up'];

/** Rows to climb from the last one, so the loop's Down never meets the end of the grid. */
const ROWS_FROM_END = 6;

const SCREEN_TIMEOUT_MS = 30_000;

export interface ShowsGridOptions extends TimeKeyPressesOptions {
  appDir: string;
  showCount: number;
  cpuThrottlingRates: readonly number[];
  /** Timed presses per rate, after one untimed loop. */
  keyPresses: number;
  /** Budget for loading every page with Down. */
  scrollTimeoutMs: number;
}

async function placeFocusInGrid(tv: TvPage, options: ShowsGridOptions): Promise<string | null> {
  const homeProblem = await waitForSteadyFocus(tv, 'screen:home', SCREEN_TIMEOUT_MS);
  if (homeProblem) {
    return `Home did not open: ${homeProblem}`;
  }

  const openProblem = await openFromMenu(tv, 'shows', SCREEN_TIMEOUT_MS);
  if (openProblem) {
    return `My shows did not open from the side menu: ${openProblem}`;
  }

  const scrolled = await scrollToLastShow(tv, options.showCount, options.scrollTimeoutMs);
  if (scrolled.error) {
    return scrolled.error;
  }

  for (let row = 0; row < ROWS_FROM_END; row += 1) {
    await pressAndWait(tv, 'up', 500);
  }

  // Left stops moving at the first column.
  let focus = await pressAndWait(tv, 'left', 300);
  for (let presses = 0; presses < 8 && focus.index !== null && focus.index % 8 !== 0; presses += 1) {
    focus = await pressAndWait(tv, 'left', 300);
  }

  return null;
}

export async function measureShowsGrid(browser: Browser, options: ShowsGridOptions): Promise<KeyFigure[]> {
  const screen = showsScreenName(options.showCount);
  const app = await startAppServer({
    distDir: options.appDir,
    host: '127.0.0.1',
    port: 0,
    sandbox: { log: () => {}, marathonShowCount: options.showCount },
  });
  const tv = await openTvPage(browser, { origin: app.url, cpuThrottlingRate: 1, token: app.sandbox.createToken('marathon') });

  try {
    await tv.page.goto(`${app.url}/`);

    const problem = await placeFocusInGrid(tv, options);
    if (problem) {
      return options.cpuThrottlingRates.map((rate) => ({ screen, cpuThrottlingRate: rate, notMeasured: problem }));
    }

    const figures: KeyFigure[] = [];
    for (const rate of options.cpuThrottlingRates) {
      await setCpuThrottlingRate(tv.cdp, rate);
      await timeKeyPresses(tv, SHOWS_LOOP, options);

      const timing = await timeKeyPresses(tv, repeatKeys(SHOWS_LOOP, Math.ceil(options.keyPresses / SHOWS_LOOP.length)), options);
      figures.push({ screen, cpuThrottlingRate: rate, summary: summarizeKeyPresses(timing) });
    }

    return figures;
  } finally {
    await closeTvPage(tv);
    await app.close();
  }
}
