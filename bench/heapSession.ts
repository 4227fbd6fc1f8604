import { goBackTo, openFromMenu, pressAndWait } from './navigation';
import type { KeyName, TvPage } from './tvPage';
import './probeTypes';

/**
 * A long session driven by the remote: moves along Home's rows, opens each screen of the side
 * menu, moves in it and goes back, over and over. The JS heap is read, after garbage collection,
 * once `earlyReadingAt` keys have been pressed and again at `keyPresses`.
 */

export interface HeapReading {
  keyPresses: number;
  /** `Runtime.getHeapUsage().usedSize`, after two `HeapProfiler.collectGarbage`. */
  usedHeapBytes: number;
  /** `Memory.getDOMCounters`: DOM nodes and event listeners still alive. */
  domNodes: number;
  jsEventListeners: number;
}

export interface HeapSessionResult {
  readings: HeapReading[];
  /** Screens the session opened from the menu, with how many times each. */
  screensOpened: Record<string, number>;
  /** Reasons a screen could not be opened. The session goes on without that screen. */
  problems: string[];
}

const HOME_SCREEN = 'screen:home';

/** Menu entries the session opens in turn. Search is left out: its on-screen keyboard takes the arrows. */
const SESSION_SCREENS = ['shows', 'movies', 'notifications', 'profile'];

const HOME_MOVES: readonly KeyName[] = ['right', 'right', 'right', 'right', 'left', 'left', 'left', 'left', 'down', 'right', 'right', 'left', 'left', 'up'];
const SCREEN_MOVES: readonly KeyName[] = ['down', 'down', 'down', 'right', 'right', 'up', 'up', 'up', 'left', 'left'];

async function readHeap(tv: TvPage, keyPresses: number): Promise<HeapReading> {
  await tv.cdp.send('HeapProfiler.collectGarbage');
  await tv.cdp.send('HeapProfiler.collectGarbage');

  const heap = await tv.cdp.send('Runtime.getHeapUsage');
  const dom = await tv.cdp.send('Memory.getDOMCounters');

  return { keyPresses, usedHeapBytes: heap.usedSize, domNodes: dom.nodes, jsEventListeners: dom.jsEventListeners };
}

/**
 * Runs the session on a page already showing Home. Every key counts, including those that open
 * the menu and go back; bench/pageProbe.js counts them as the page receives them.
 */
export async function runHeapSession(tv: TvPage, keyPresses: number, earlyReadingAt: number): Promise<HeapSessionResult> {
  const readings: HeapReading[] = [];
  const screensOpened: Record<string, number> = {};
  const problems = new Set<string>();
  let screenTurn = 0;

  const pressAll = async (keys: readonly KeyName[]): Promise<void> => {
    for (const key of keys) {
      const pressed = await countKeyEvents(tv);
      if (pressed >= keyPresses) {
        return;
      }

      await pressAndWait(tv, key, 300);
      if (pressed + 1 === earlyReadingAt) {
        readings.push(await readHeap(tv, pressed + 1));
      }
    }
  };

  while ((await countKeyEvents(tv)) < keyPresses) {
    await pressAll(HOME_MOVES);

    const entry = SESSION_SCREENS[screenTurn % SESSION_SCREENS.length] as string;
    screenTurn += 1;

    const openProblem = await openFromMenu(tv, entry);
    if (openProblem) {
      problems.add(`${entry}: ${openProblem}`);
      // Back closes the menu or the screen, whichever is open, and Home gets the focus again.
      await goBackTo(tv, HOME_SCREEN);
      continue;
    }

    screensOpened[entry] = (screensOpened[entry] ?? 0) + 1;
    await pressAll(SCREEN_MOVES);

    const backProblem = await goBackTo(tv, HOME_SCREEN);
    if (backProblem) {
      problems.add(`${entry}: Back did not return to Home: ${backProblem}`);
      break;
    }

    // The menu entry keeps the focus after Back; Right returns to Home's content.
    await pressAll(['right']);
  }

  readings.push(await readHeap(tv, await countKeyEvents(tv)));
  return { readings, screensOpened, problems: [...problems] };
}

/** Key events the page has received so far. */
function countKeyEvents(tv: TvPage): Promise<number> {
  return tv.page.evaluate(() => window.__bench.keyEvents);
}
