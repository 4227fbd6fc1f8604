import type { Browser } from 'playwright-core';
import { closeTvPage, openTvPage } from './tvPage';
import './probeTypes';

const CODE_TIMEOUT_MS = 60_000;

export interface CodeOnScreenRun {
  /** From navigation start to the paint of the user code. */
  paintedMs: number;
  /** The page's own `oauth/device` request, from its start to the end of its reply; null on the baseline page. */
  apiRoundTripMs: number | null;
}

/**
 * Opens `origin` in a fresh context (empty cache, no session) with the CPU slowed `rate` times,
 * and times the user code's paint. The sandbox issues a new code for each load.
 */
export async function timeCodeOnScreen(browser: Browser, origin: string, rate: number): Promise<CodeOnScreenRun> {
  const tv = await openTvPage(browser, { origin, cpuThrottlingRate: rate });

  try {
    await tv.page.goto(`${origin}/`);
    if (!(await tv.reports.waitFor('code', 1, CODE_TIMEOUT_MS))) {
      throw new Error(`No user code was painted at ${origin}/ within ${CODE_TIMEOUT_MS} ms: open it in a browser to see what the page shows.`);
    }

    return await tv.page.evaluate(() => {
      const request = performance
        .getEntriesByType('resource')
        .find((entry) => entry.name.includes('/oauth/device')) as PerformanceResourceTiming | undefined;

      return {
        paintedMs: window.__bench.codePaintedAt as number,
        apiRoundTripMs: request ? request.responseEnd - request.startTime : null,
      };
    });
  } finally {
    await closeTvPage(tv);
  }
}
