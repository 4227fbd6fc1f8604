import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser } from 'playwright-core';
import { startAppServer, type AppServer } from '../scripts/appServer';
import { addLogSink, createLogger } from '../src/logger';
import { launchChromium } from '../tests/e2e/support/browser';
import { countPairingRequests, countSignedInStartRequests } from './apiRequests';
import { measureBundleSizes, type BundleSizes } from './bundleSizes';
import { timeCodeOnScreen } from './codeOnScreen';
import { runHeapSession } from './heapSession';
import { describeMachine, describeSourceVersion, readLoadAverage } from './machine';
import { waitForSteadyFocus } from './navigation';
import { updateBenchmarksPage } from './report';
import type { BenchResults, BenchSettings, CodeOnScreenFigure, HeapFigure, KeyFigure, RequestFigures } from './results';
import { measureRowKeys } from './rowKeys';
import { measureShowsGrids } from './showsGrid';
import { median } from './stats';
import { closeTvPage, openTvPage } from './tvPage';
import { buildForMeasurement } from './viteBuild';

/**
 * `npm run bench`: builds the app and a bare React 19 page with the project's Vite config, serves
 * each with the sandbox on loopback, drives Debian's Chromium through the DevTools protocol, and
 * writes bench/results.json and the figures of BENCHMARKS.md.
 *
 * `npm run bench -- --quick` takes a few samples of each figure to check that the benchmark runs,
 * and writes nothing.
 */

const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const log = createLogger('bench');

const FULL_SETTINGS: BenchSettings = {
  cpuThrottlingRates: [4, 6],
  codeOnScreenRuns: 7,
  keyPressesPerFigure: 48,
  heapKeyPresses: 1_000,
  showCounts: [100, 500, 2_000],
  quick: false,
};

const QUICK_SETTINGS: BenchSettings = {
  cpuThrottlingRates: [4],
  codeOnScreenRuns: 2,
  keyPressesPerFigure: 12,
  heapKeyPresses: 100,
  showCounts: [100, 2_000],
  quick: true,
};

/** Key presses after which the heap is read, besides the last one; the growth is from the first. */
const HEAP_READING_POINTS = [10, 250, 500, 750];

/** A key press that has not moved the focus after this long counts as missed. */
const KEY_TIMEOUT_MS = 2_000;
/** Pause after each timed move, as a member leaves between presses. */
const KEY_PAUSE_MS = 120;

/** Prints each log entry with the seconds since `startedAt`, which shows where a slow run spends its time. */
function printLogEntries(startedAt: number): void {
  addLogSink((entry) => {
    const data = entry.data ? ` ${JSON.stringify(entry.data)}` : '';
    const seconds = Math.round((entry.time - startedAt) / 1000);
    process.stdout.write(`[${entry.scope} +${seconds}s] ${entry.message}${data}\n`);
  });
}

/** Drops the module lists, which only the budget test reads: results.json keeps files and sizes. */
function withoutModuleLists(sizes: BundleSizes): BundleSizes {
  const strip = (load: BundleSizes['modern']['pairing']) => ({ ...load, moduleIds: [] });

  return {
    modern: { pairing: strip(sizes.modern.pairing), wholeApp: strip(sizes.modern.wholeApp) },
    legacy: { pairing: strip(sizes.legacy.pairing), wholeApp: strip(sizes.legacy.wholeApp) },
  };
}

async function measureCodeOnScreen(browser: Browser, app: AppServer, baseline: AppServer, settings: BenchSettings): Promise<CodeOnScreenFigure[]> {
  // One untimed run of each warms Chromium's process pool and the sandbox's data.
  await timeCodeOnScreen(browser, baseline.url, 1);
  await timeCodeOnScreen(browser, app.url, 1);

  const figures: CodeOnScreenFigure[] = [];
  for (const rate of settings.cpuThrottlingRates) {
    const appRuns: number[] = [];
    const baselineRuns: number[] = [];
    const roundTrips: number[] = [];

    // Alternating the two pages spreads any drift of the machine over both.
    for (let run = 0; run < settings.codeOnScreenRuns; run += 1) {
      baselineRuns.push((await timeCodeOnScreen(browser, baseline.url, rate)).paintedMs);

      const appRun = await timeCodeOnScreen(browser, app.url, rate);
      appRuns.push(appRun.paintedMs);
      if (appRun.apiRoundTripMs !== null) {
        roundTrips.push(appRun.apiRoundTripMs);
      }
    }

    const appMedianMs = median(appRuns);
    const baselineMedianMs = median(baselineRuns);
    const apiRoundTripMedianMs = median(roundTrips);
    figures.push({
      cpuThrottlingRate: rate,
      appMedianMs,
      baselineMedianMs,
      apiRoundTripMedianMs,
      ratio: appMedianMs / baselineMedianMs,
      limitMs: 1.5 * baselineMedianMs + apiRoundTripMedianMs,
      appRunsMs: appRuns,
      baselineRunsMs: baselineRuns,
    });
    log.info('time to a code on screen', { rate, appMedianMs, baselineMedianMs, apiRoundTripMedianMs });
  }

  return figures;
}

async function measureRequests(browser: Browser, app: AppServer): Promise<RequestFigures | { notMeasured: string }> {
  try {
    const pairing = await countPairingRequests(browser, app);
    const signedInStart = await countSignedInStartRequests(browser, app, 'demo');
    log.info('API requests', { pairing: pairing.pairing.total, homeAfterPairing: pairing.homeAfterPairing.total, signedInStart: signedInStart.total });

    return { pairing, signedInStart };
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    log.error('API requests not measured', { reason });
    return { notMeasured: reason };
  }
}

async function measureHeap(browser: Browser, appDir: string, settings: BenchSettings): Promise<HeapFigure | { notMeasured: string }> {
  const app = await startAppServer({ distDir: appDir, host: '127.0.0.1', port: 0, sandbox: { log: () => {} } });
  const tv = await openTvPage(browser, { origin: app.url, cpuThrottlingRate: 1, token: app.sandbox.createToken('marathon'), login: 'marathon' });

  try {
    await tv.page.goto(`${app.url}/`);
    const problem = await waitForSteadyFocus(tv, 'screen:home', 30_000);
    if (problem) {
      return { notMeasured: `Home did not open: ${problem}` };
    }

    const session = await runHeapSession(tv, settings.heapKeyPresses, HEAP_READING_POINTS);
    const first = session.readings[0];
    const last = session.readings[session.readings.length - 1];
    const growthBytes = first && last && first !== last ? last.usedHeapBytes - first.usedHeapBytes : null;
    log.info('heap', { readings: session.readings, growthBytes, problems: session.problems });

    return { ...session, growthBytes };
  } finally {
    await closeTvPage(tv);
    await app.close();
  }
}

async function measureKeys(browser: Browser, app: AppServer, baseline: AppServer, appDir: string, settings: BenchSettings): Promise<KeyFigure[]> {
  const keyOptions = { timeoutMs: KEY_TIMEOUT_MS, pauseMs: KEY_PAUSE_MS, cpuThrottlingRates: settings.cpuThrottlingRates, keyPresses: settings.keyPressesPerFigure };
  const figures: KeyFigure[] = [];

  figures.push(...(await measureRowKeys(browser, { ...keyOptions, origin: baseline.url, screen: 'Bare React page' })));
  figures.push(...(await measureRowKeys(browser, { ...keyOptions, origin: app.url, screen: 'Home', token: app.sandbox.createToken('demo'), login: 'demo' })));

  figures.push(...(await measureShowsGrids(browser, { ...keyOptions, appDir, showCounts: settings.showCounts, scrollTimeoutMs: 120_000 })));

  for (const figure of figures) {
    log.info('key press to focus painted', { ...figure });
  }

  return figures;
}

async function main(): Promise<void> {
  const startedAt = Date.now();
  printLogEntries(startedAt);
  const loadAverageAtStart = readLoadAverage();
  const settings = process.argv.includes('--quick') ? QUICK_SETTINGS : FULL_SETTINGS;

  const workDir = await mkdtemp(path.join(os.tmpdir(), 'betaseries-tv-bench-'));
  const appDir = path.join(workDir, 'app');
  const baselineDir = path.join(workDir, 'baseline');
  const configFile = path.join(projectRoot, 'vite.config.ts');

  let browser: Browser | null = null;
  const servers: AppServer[] = [];

  try {
    log.info('building the app and the bare React page', { workDir });
    const sizes = measureBundleSizes(await buildForMeasurement({ root: projectRoot, outDir: appDir, configFile }));
    await buildForMeasurement({ root: path.join(projectRoot, 'bench/baseline'), outDir: baselineDir, configFile });

    browser = await launchChromium();
    const app = await startAppServer({ distDir: appDir, host: '127.0.0.1', port: 0, sandbox: { log: () => {} } });
    servers.push(app);
    const baseline = await startAppServer({ distDir: baselineDir, host: '127.0.0.1', port: 0, sandbox: { log: () => {} } });
    servers.push(baseline);

    const codeOnScreen = await measureCodeOnScreen(browser, app, baseline, settings);
    const requests = await measureRequests(browser, app);
    const keyToFocus = await measureKeys(browser, app, baseline, appDir, settings);
    const heap = await measureHeap(browser, appDir, settings);

    const results: BenchResults = {
      date: new Date().toISOString(),
      source: describeSourceVersion(projectRoot),
      machine: describeMachine(browser.version(), loadAverageAtStart),
      settings,
      bytes: withoutModuleLists(sizes),
      codeOnScreen,
      keyToFocus,
      heap,
      requests,
      durationSeconds: Math.round((Date.now() - startedAt) / 1000),
    };

    if (settings.quick) {
      log.info('quick run finished: nothing written', { durationSeconds: results.durationSeconds });
      return;
    }

    await writeFile(path.join(projectRoot, 'bench/results.json'), `${JSON.stringify(results, null, 2)}\n`);
    await updateBenchmarksPage(path.join(projectRoot, 'BENCHMARKS.md'), results);
    log.info('wrote bench/results.json and BENCHMARKS.md', { durationSeconds: results.durationSeconds });
  } finally {
    await browser?.close();
    for (const server of servers) {
      await server.close();
    }
    await rm(workDir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  log.error('benchmark failed', { error: error instanceof Error ? (error.stack ?? error.message) : String(error) });
  process.exitCode = 1;
});
