import type { Browser } from 'playwright-core';
import { startAppServer, type AppServer } from '../scripts/appServer';
import { summarizeKeyPresses, timeKeyPresses, type KeyPressTiming, type TimeKeyPressesOptions } from './keyPresses';
import { openFromMenu, pressAndWait, scrollToLastShow, waitForSteadyFocus } from './navigation';
import { showsScreenName, type KeyFigure } from './results';
import { closeTvPage, openTvPage, readFocus, setCpuThrottlingRate, type FocusedElement, type KeyName, type TvPage } from './tvPage';

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

/** Posters in a row of the grid at 1080p (`GRID_GEOMETRY` in src/screens/Shows/ShowsBody.tsx). */
const GRID_COLUMNS = 8;

const SHOWS_SCREEN = 'screen:shows';

/**
 * Returns null when the focus is on a poster of My shows in the first column, the loop's start,
 * else a sentence saying where it is. Left from the first column leaves My shows for the side
 * menu, and a loop started anywhere else would measure another screen or miss moves.
 */
function checkLoopStart(focus: FocusedElement): string | null {
  if (focus.screen === SHOWS_SCREEN && focus.testId === 'shows-poster' && focus.index !== null && focus.index % GRID_COLUMNS === 0) {
    return null;
  }

  return `the focus is not on a poster of the first column of My shows (focus: ${JSON.stringify(focus)})`;
}

/**
 * Opens My shows from Home's side menu, loads every page, and leaves the focus in the first column
 * a few rows above the last one. Returns null once there, or a sentence saying what went wrong.
 */
export async function placeFocusInGrid(tv: TvPage, showCount: number, scrollTimeoutMs: number): Promise<string | null> {
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

  // The column is checked before each press: Left from the first column opens the side menu.
  let focus = await readFocus(tv);
  for (let presses = 0; presses < GRID_COLUMNS && focus.index !== null && focus.index % GRID_COLUMNS !== 0; presses += 1) {
    focus = await pressAndWait(tv, 'left', 300);
  }

  return checkLoopStart(focus);
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
 * Runs a full garbage collection. Loading every page scrolls past every poster and leaves garbage
 * behind: each sandbox poster is an SVG image with a document of its own, and 2,000 shows are 250
 * rows of cards. Without this, the first timed presses collected it, so they measured the scroll
 * before them more than the key press.
 */
async function collectGarbage(tv: TvPage): Promise<void> {
  await tv.cdp.send('HeapProfiler.enable');
  await tv.cdp.send('HeapProfiler.collectGarbage');
  await tv.cdp.send('HeapProfiler.disable');
}

/**
 * Times one loop on `page` and checks that the focus came back to a poster of the first column,
 * so every sample was taken on My shows. Returns the timing, or null after setting `page.problem`.
 */
async function timeShowsLoop(page: GridPage, options: ShowsGridOptions): Promise<KeyPressTiming | null> {
  const timing = await timeKeyPresses(page.tv, SHOWS_LOOP, options);

  const problem = checkLoopStart(await readFocus(page.tv));
  if (problem) {
    page.problem = `after a timed loop, ${problem}`;
    return null;
  }

  return timing;
}

/**
 * Measures My shows for every count of `showCounts` at each rate. One page per count stays open,
 * and the pages take turns, one loop each, so a change in the machine's load reaches every count
 * alike and the 2,000 / 100 ratio stays fair. A page whose focus leaves My shows gives no figure.
 */
export async function measureShowsGrids(browser: Browser, options: ShowsGridOptions): Promise<KeyFigure[]> {
  const pages: GridPage[] = [];

  try {
    for (const showCount of options.showCounts) {
      pages.push(await openGridPage(browser, options, showCount));
    }

    const figures: KeyFigure[] = [];

    for (const rate of options.cpuThrottlingRates) {
      const timings = new Map<number, KeyPressTiming>(pages.map((page) => [page.showCount, { samples: [], missed: 0 }]));

      for (const page of pages.filter((candidate) => candidate.problem === null)) {
        await collectGarbage(page.tv);
        await setCpuThrottlingRate(page.tv.cdp, rate);
        await timeShowsLoop(page, options);
      }

      const rounds = Math.ceil(options.keyPresses / SHOWS_LOOP.length);
      for (let round = 0; round < rounds; round += 1) {
        for (const page of pages.filter((candidate) => candidate.problem === null)) {
          const timing = await timeShowsLoop(page, options);
          if (!timing) {
            continue;
          }

          const total = timings.get(page.showCount) as KeyPressTiming;
          total.samples.push(...timing.samples);
          total.missed += timing.missed;
        }
      }

      for (const page of pages) {
        const screen = showsScreenName(page.showCount);
        const timing = timings.get(page.showCount) as KeyPressTiming;
        figures.push(page.problem === null ? { screen, cpuThrottlingRate: rate, summary: summarizeKeyPresses(timing) } : { screen, cpuThrottlingRate: rate, notMeasured: page.problem });
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
