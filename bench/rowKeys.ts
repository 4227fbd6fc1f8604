import type { Browser } from 'playwright-core';
import { repeatKeys, summarizeKeyPresses, timeKeyPresses, type TimeKeyPressesOptions } from './keyPresses';
import { waitForSteadyFocus } from './navigation';
import type { KeyFigure } from './results';
import { closeTvPage, openTvPage, setCpuThrottlingRate, type KeyName, type TvPage } from './tvPage';
import './probeTypes';

/**
 * Key press to focus painted along a row: Home's "To watch" row, or the baseline page's boxes.
 * Three moves right then three left, from the first item, so every press moves the focus.
 */

const ROW_LOOP: readonly KeyName[] = ['right', 'right', 'right', 'left', 'left', 'left'];

const START_TIMEOUT_MS = 30_000;

export interface RowKeysOptions extends TimeKeyPressesOptions {
  origin: string;
  /** Shown in the report, e.g. `Home`. */
  screen: string;
  /** A stored sandbox token for Home; none for the baseline page. */
  token?: string;
  /** The demo login of `token`. */
  login?: string;
  cpuThrottlingRates: readonly number[];
  keyPresses: number;
}

async function waitForStart(tv: TvPage, signedIn: boolean): Promise<string | null> {
  if (signedIn) {
    return waitForSteadyFocus(tv, 'screen:home', START_TIMEOUT_MS);
  }

  await tv.page.waitForFunction(() => window.__bench.codePaintedAt !== null, null, { timeout: START_TIMEOUT_MS });
  return null;
}

export async function measureRowKeys(browser: Browser, options: RowKeysOptions): Promise<KeyFigure[]> {
  const tv = await openTvPage(browser, { origin: options.origin, cpuThrottlingRate: 1, token: options.token, login: options.login });

  try {
    await tv.page.goto(`${options.origin}/`);

    const problem = await waitForStart(tv, options.token !== undefined);
    if (problem) {
      return options.cpuThrottlingRates.map((rate) => ({ screen: options.screen, cpuThrottlingRate: rate, notMeasured: problem }));
    }

    // Images and the requests after the first paint settle before the first timed key.
    await tv.page.waitForTimeout(1_000);

    const figures: KeyFigure[] = [];
    for (const rate of options.cpuThrottlingRates) {
      await setCpuThrottlingRate(tv.cdp, rate);
      await timeKeyPresses(tv, ROW_LOOP, options);

      const timing = await timeKeyPresses(tv, repeatKeys(ROW_LOOP, Math.ceil(options.keyPresses / ROW_LOOP.length)), options);
      figures.push({ screen: options.screen, cpuThrottlingRate: rate, summary: summarizeKeyPresses(timing) });
    }

    return figures;
  } finally {
    await closeTvPage(tv);
  }
}
