import type { BundleSizes } from './bundleSizes';
import type { HeapSessionResult } from './heapSession';
import type { KeyPressSummary } from './keyPresses';
import type { MachineInfo, SourceVersion } from './machine';
import type { PairingRequests, RequestCount } from './apiRequests';

/** Everything one `npm run bench` measured, as written to bench/results.json. */

export interface BenchSettings {
  cpuThrottlingRates: number[];
  codeOnScreenRuns: number;
  keyPressesPerFigure: number;
  heapKeyPresses: number;
  showCounts: number[];
  /** True for `--quick` runs, whose counts are too small for the report. */
  quick: boolean;
}

export interface CodeOnScreenFigure {
  cpuThrottlingRate: number;
  appMedianMs: number;
  baselineMedianMs: number;
  /** Median of the app's own `oauth/device` round trips in these runs. */
  apiRoundTripMedianMs: number;
  /** `appMedianMs / baselineMedianMs`. */
  ratio: number;
  /** 1.5 × the baseline plus one API round trip. */
  limitMs: number;
  appRunsMs: number[];
  baselineRunsMs: number[];
}

/** A key-press figure, or the reason it could not be taken. */
export type KeyFigure =
  | { screen: string; cpuThrottlingRate: number; summary: KeyPressSummary }
  | { screen: string; cpuThrottlingRate: number; notMeasured: string };

export interface HeapFigure extends HeapSessionResult {
  /** Used heap at the last reading minus the first; null when a reading is missing. */
  growthBytes: number | null;
}

export interface RequestFigures {
  pairing: PairingRequests;
  signedInStart: RequestCount;
}

export interface BenchResults {
  date: string;
  source: SourceVersion;
  machine: MachineInfo;
  settings: BenchSettings;
  /** Bundle sizes without the per-module lists, which only the budget test reads. */
  bytes: BundleSizes;
  codeOnScreen: CodeOnScreenFigure[];
  keyToFocus: KeyFigure[];
  heap: HeapFigure | { notMeasured: string };
  requests: RequestFigures | { notMeasured: string };
  durationSeconds: number;
}

/** Returns the key figure's p50 for `screen` at `rate`, or NaN when it was not measured. */
export function keyP50(figures: readonly KeyFigure[], screen: string, rate: number): number {
  const figure = figures.find((candidate) => candidate.screen === screen && candidate.cpuThrottlingRate === rate);
  return figure && 'summary' in figure ? figure.summary.p50Ms : Number.NaN;
}

/** Returns the key figure's p95 for `screen` at `rate`, or NaN when it was not measured. */
export function keyP95(figures: readonly KeyFigure[], screen: string, rate: number): number {
  const figure = figures.find((candidate) => candidate.screen === screen && candidate.cpuThrottlingRate === rate);
  return figure && 'summary' in figure ? figure.summary.p95Ms : Number.NaN;
}

/** Names My shows with `count` shows in key figures and the report. */
export function showsScreenName(count: number): string {
  return `My shows (${count.toLocaleString('en-US')} shows)`;
}
