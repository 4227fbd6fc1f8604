import { goBackTo, openFromMenu, pressAndWait } from './navigation';
import type { KeyName, TvPage } from './tvPage';
import './probeTypes';

/**
 * A long session driven by the remote: moves along Home's rows, opens each screen of the side
 * menu, moves in it and goes back, over and over. The JS heap is read after garbage collection
 * at each reading point, always while Home is shown, so every reading is taken on the same screen.
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

/** Menu entries the session opens in turn. Search is left out because its on-screen keyboard takes the arrows. */
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
 * Runs the session on a page already showing Home until `keyPresses` keys have been pressed.
 * Every key counts, including those that open the menu and go back (bench/pageProbe.js counts
 * them as the page receives them). A reading point passed on another screen is read on the
 * next return to Home, and the last reading comes after the last key.
 */
export async function runHeapSession(tv: TvPage, keyPresses: number, readingPoints: readonly number[]): Promise<HeapSessionResult> {
  const readings: HeapReading[] = [];
  const pendingPoints = [...readingPoints].filter((point) => point < keyPresses).sort((a, b) => a - b);
  const screensOpened: Record<string, number> = {};
  const problems = new Set<string>();
  let screenTurn = 0;

  const readDuePoints = async (): Promise<void> => {
    const pressed = await countKeyEvents(tv);
    if (pendingPoints.length > 0 && pressed >= (pendingPoints[0] as number)) {
      pendingPoints.shift();
      readings.push(await readHeap(tv, pressed));
    }
  };

  const pressAll = async (keys: readonly KeyName[], onHome: boolean): Promise<void> => {
    for (const key of keys) {
      if ((await countKeyEvents(tv)) >= keyPresses) {
        return;
      }

      await pressAndWait(tv, key, 300);
      if (onHome) {
        await readDuePoints();
      }
    }
  };

  while ((await countKeyEvents(tv)) < keyPresses) {
    await pressAll(HOME_MOVES, true);

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
    await pressAll(SCREEN_MOVES, false);

    const backProblem = await goBackTo(tv, HOME_SCREEN);
    if (backProblem) {
      problems.add(`${entry}: Back did not return to Home: ${backProblem}`);
      break;
    }

    // The menu entry keeps the focus after Back. Right closes the menu onto Home's content.
    await pressAndWait(tv, 'right', 300);
  }

  readings.push(await readHeap(tv, await countKeyEvents(tv)));
  return { readings, screensOpened, problems: [...problems] };
}

/** Counts the key events the page has received so far. */
function countKeyEvents(tv: TvPage): Promise<number> {
  return tv.page.evaluate(() => window.__bench.keyEvents);
}
