import { percentile } from './stats';
import type { ProbeKeySample } from './probeTypes';
import { pressKey, type KeyName, type TvPage } from './tvPage';
import './probeTypes';

export interface KeyPressTiming {
  samples: ProbeKeySample[];
  /** Key presses after which no other element got the focus within the time limit. */
  missed: number;
}

export interface KeyPressSummary {
  count: number;
  missed: number;
  p50Ms: number;
  p95Ms: number;
  maxMs: number;
}

export interface TimeKeyPressesOptions {
  /** How long a press may take to move the focus before it counts as missed. */
  timeoutMs: number;
  /** Pause after each move, so effects, images and requests it started settle before the next key. */
  pauseMs: number;
}

/**
 * Presses `keys` one at a time and returns, for each, the time from the key event to the paint
 * of the new focus (bench/pageProbe.js measures it in the page).
 */
export async function timeKeyPresses(tv: TvPage, keys: readonly KeyName[], options: TimeKeyPressesOptions): Promise<KeyPressTiming> {
  await tv.page.evaluate(() => {
    window.__bench.keySamples = [];
  });

  let missed = 0;
  for (const key of keys) {
    const before = tv.reports.count('key');
    await pressKey(tv, key);

    if (!(await tv.reports.waitFor('key', before + 1, options.timeoutMs))) {
      missed += 1;
    }

    await tv.page.waitForTimeout(options.pauseMs);
  }

  const samples = await tv.page.evaluate(() => window.__bench.keySamples);
  return { samples, missed };
}

export function summarizeKeyPresses(timing: KeyPressTiming): KeyPressSummary {
  const times = timing.samples.map((sample) => sample.ms);

  return {
    count: times.length,
    missed: timing.missed,
    p50Ms: percentile(times, 0.5),
    p95Ms: percentile(times, 0.95),
    maxMs: times.length > 0 ? Math.max(...times) : Number.NaN,
  };
}

/** Repeats `cycle` `times` times. */
export function repeatKeys(cycle: readonly KeyName[], times: number): KeyName[] {
  const keys: KeyName[] = [];
  for (let round = 0; round < times; round += 1) {
    keys.push(...cycle);
  }

  return keys;
}
