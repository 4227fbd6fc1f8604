import type { Browser } from 'playwright-core';
import { startAppServer, type AppServer } from '../scripts/appServer';
import { summarizeKeyPresses, timeKeyPresses, type KeyPressTiming, type TimeKeyPressesOptions } from './keyPresses';
import { openFromMenu, pressAndWait, scrollToLastShow, waitForSteadyFocus } from './navigation';
import { showsScreenName, type KeyFigure } from './results';
import { closeTvPage, openTvPage, readFocus, setCpuThrottlingRate, type KeyName, type TvPage } from './tvPage';

/**
 * Key press to focus painted on My shows, for `marathon` following 100, 500 or 2,000 shows.
 * Every page of shows is loaded first (Down to the last row, unthrottled), then the focus moves
 * back up a few rows to the first column, and a small loop of moves is timed at each CPU
 * throttling rate. Each move of the loop lands on another poster, so none waits for a focus
 * that cannot move.
 */

const SHOWS_LOOP: readonly KeyName[] = ['right', 'right', 'down', 'left', 'left', 'up'];

/** Rows to climb from the last one, so the loop's Down never meets the end of the grid. */
const ROWS_FROM_END = 6;

const SCREEN_TIMEOUT_MS = 30_000;

export interface ShowsGridOptions extends TimeKeyPressesOptions {
  appDir: string;
  showCounts: readonly number[];
  cpuThrottlingRates: readonly number[];
  /** Timed presses per count and rate, after one untimed loop. */
  keyPresses: number;
  /** Budget for loading every page with Down. */
  scrollTimeoutMs: number;
}

async function placeFocusInGrid(tv: TvPage, showCount: number, scrollTimeoutMs: number): Promise<string | null> {
  const homeProblem = await waitForSteadyFocus(tv, 'screen:home', SCREEN_TIMEOUT_MS);
  if (homeProblem) {
    return `Home did not open: ${homeProblem}`;
  }

  const openProblem = await openFromMenu(tv, 'shows', SCREEN_TIMEOUT_MS);
  if (openProblem) {
    return `My shows did not open from the side menu: ${openProblem}`;
  }

  const scrolled = await scrollToLastShow(tv, showCount, scrollTimeoutMs);
  if (scrolled.error) {
    return scrolled.error;
  }

  for (let row = 0; row < ROWS_FROM_END; row += 1) {
    await pressAndWait(tv, 'up', 500);
  }

  // Left stops moving at the first column.
  let focus = await readFocus(tv);
  for (let presses = 0; presses < 8 && focus.index !== null && focus.index % 8 !== 0; presses += 1) {
    focus = await pressAndWait(tv, 'left', 300);
  }

  return null;
}

interface GridPage {
  showCount: number;
  app: AppServer;
  tv: TvPage;
  /** The reason the grid could not be reached, or null when the focus is in place. */
  problem: string | null;
}

async function openGridPage(browser: Browser, options: ShowsGridOptions, showCount: number): Promise<GridPage> {
  const app = await startAppServer({
    distDir: options.appDir,
    host: '127.0.0.1',
    port: 0,
    sandbox: { log: () => {}, marathonShowCount: showCount },
  });
  const tv = await openTvPage(browser, { origin: app.url, cpuThrottlingRate: 1, token: app.sandbox.createToken('marathon'), login: 'marathon' });

  await tv.page.goto(`${app.url}/`);
  const problem = await placeFocusInGrid(tv, showCount, options.scrollTimeoutMs);

  return { showCount, app, tv, problem };
}

/**
 * Measures My shows for every count of `showCounts` at each rate. One page per count stays open,
 * and the pages take turns, one loop each, so a change in the machine's load reaches every count
 * alike and the 2,000 / 100 ratio stays fair.
 */
export async function measureShowsGrids(browser: Browser, options: ShowsGridOptions): Promise<KeyFigure[]> {
  const pages: GridPage[] = [];

  try {
    for (const showCount of options.showCounts) {
      pages.push(await openGridPage(browser, options, showCount));
    }

    const ready = pages.filter((page) => page.problem === null);
    const figures: KeyFigure[] = [];

    for (const rate of options.cpuThrottlingRates) {
      const timings = new Map<number, KeyPressTiming>(ready.map((page) => [page.showCount, { samples: [], missed: 0 }]));

      for (const page of ready) {
        await setCpuThrottlingRate(page.tv.cdp, rate);
        await timeKeyPresses(page.tv, SHOWS_LOOP, options);
      }

      const rounds = Math.ceil(options.keyPresses / SHOWS_LOOP.length);
      for (let round = 0; round < rounds; round += 1) {
        for (const page of ready) {
          const timing = await timeKeyPresses(page.tv, SHOWS_LOOP, options);
          const total = timings.get(page.showCount) as KeyPressTiming;
          total.samples.push(...timing.samples);
          total.missed += timing.missed;
        }
      }

      for (const page of pages) {
        const screen = showsScreenName(page.showCount);
        const timing = timings.get(page.showCount);
        figures.push(timing ? { screen, cpuThrottlingRate: rate, summary: summarizeKeyPresses(timing) } : { screen, cpuThrottlingRate: rate, notMeasured: page.problem ?? 'not opened' });
      }
    }

    return figures;
  } finally {
    for (const page of pages) {
      await closeTvPage(page.tv);
      await page.app.close();
    }
  }
}
