import { readFile, writeFile } from 'node:fs/promises';
import { formatKilobytes, type LoadSize } from './bundleSizes';
import { keyP50, keyP95, showsScreenName, type BenchResults, type KeyFigure } from './results';
import { BYTE_BUDGETS, TARGETS } from './targets';

/**
 * Writes the measured figures into BENCHMARKS.md between two marker comments, so the page's
 * written parts (method, findings, what was tried) stay as they are.
 */

const START_MARKER = '<!-- bench:figures:start (written by npm run bench) -->';
const END_MARKER = '<!-- bench:figures:end -->';

/** The rate at which the targets are judged: 4× is the TV-class figure of the targets. */
const TARGET_RATE = 4;

function ms(value: number): string {
  return Number.isFinite(value) ? `${value.toFixed(1)} ms` : 'not measured';
}

function megabytes(bytes: number | null): string {
  return bytes === null ? 'not measured' : `${(bytes / 1e6).toFixed(2)} MB`;
}

function verdict(met: boolean | null): string {
  if (met === null) {
    return 'not measured';
  }

  return met ? 'met' : '**missed**';
}

function judge(value: number, limit: number): boolean | null {
  return Number.isFinite(value) ? value <= limit : null;
}

function targetRows(results: BenchResults): string[] {
  const { bytes, keyToFocus, codeOnScreen, heap, requests } = results;
  const largest = showsScreenName(2_000);
  const smallest = showsScreenName(100);

  const p95 = keyP95(keyToFocus, largest, TARGET_RATE);
  const ratio = keyP50(keyToFocus, largest, TARGET_RATE) / keyP50(keyToFocus, smallest, TARGET_RATE);
  const growth = 'growthBytes' in heap ? heap.growthBytes : null;
  const readings = 'readings' in heap ? heap.readings : [];
  const span = readings.length >= 2 ? `${readings[0]?.keyPresses} to ${readings[readings.length - 1]?.keyPresses.toLocaleString('en-US')}` : '10 to 1,000';
  const code = codeOnScreen.find((figure) => figure.cpuThrottlingRate === TARGET_RATE);
  const homeRequests = 'pairing' in requests ? requests.pairing.homeAfterPairing.total : Number.NaN;

  return [
    '| figure | target | measured | |',
    '|---|---|---|---|',
    `| Pairing screen, modern build, gzip JS + CSS | ≤ ${formatKilobytes(BYTE_BUDGETS.pairingGzipBytes)} | ${formatKilobytes(bytes.modern.pairing.gzipBytes)} | ${verdict(bytes.modern.pairing.gzipBytes <= BYTE_BUDGETS.pairingGzipBytes)} |`,
    `| Whole app, modern build, gzip JS + CSS | ≤ ${formatKilobytes(BYTE_BUDGETS.wholeAppGzipBytes)} | ${formatKilobytes(bytes.modern.wholeApp.gzipBytes)} | ${verdict(bytes.modern.wholeApp.gzipBytes <= BYTE_BUDGETS.wholeAppGzipBytes)} |`,
    `| Key press to focus painted, ${largest}, p95 at ${TARGET_RATE}× | ≤ ${ms(TARGETS.keyToFocusP95Ms)} | ${ms(p95)} | ${verdict(judge(p95, TARGETS.keyToFocusP95Ms))} |`,
    `| p50 with 2,000 shows / p50 with 100, at ${TARGET_RATE}× | ≤ ${TARGETS.keyCostRatio2000To100} | ${Number.isFinite(ratio) ? ratio.toFixed(2) : 'not measured'} | ${verdict(judge(ratio, TARGETS.keyCostRatio2000To100))} |`,
    `| JS heap growth, ${span} key presses | ≤ ${megabytes(TARGETS.heapGrowthBytes)} | ${megabytes(growth)} | ${verdict(growth === null ? null : growth <= TARGETS.heapGrowthBytes)} |`,
    code
      ? `| Time to a code on screen at ${TARGET_RATE}× | ≤ 1.5 × ${ms(code.baselineMedianMs)} + ${ms(code.apiRoundTripMedianMs)} = ${ms(code.limitMs)} | ${ms(code.appMedianMs)} | ${verdict(judge(code.appMedianMs, code.limitMs))} |`
      : `| Time to a code on screen at ${TARGET_RATE}× | ≤ 1.5 × bare page + 1 round trip | not measured | not measured |`,
    `| API requests to show Home after pairing | ≤ ${TARGETS.homeRequests} | ${Number.isFinite(homeRequests) ? homeRequests : 'not measured'} | ${verdict(judge(homeRequests, TARGETS.homeRequests))} |`,
  ];
}

function loadRow(build: string, load: string, size: LoadSize): string {
  return `| ${build} | ${load} | ${formatKilobytes(size.jsGzipBytes)} | ${formatKilobytes(size.cssGzipBytes)} | ${formatKilobytes(size.gzipBytes)} | ${size.files.length} |`;
}

function bytesSection(results: BenchResults): string[] {
  const { modern, legacy } = results.bytes;
  const largestFiles = [...modern.wholeApp.files].sort((a, b) => b.gzipBytes - a.gzipBytes).slice(0, 6);

  return [
    '### Bytes (gzip level 9, each file compressed alone; 1 kB = 1,000 bytes)',
    '',
    '| build | load | JS | CSS | total | files |',
    '|---|---|---|---|---|---|',
    loadRow('modern', 'pairing screen', modern.pairing),
    loadRow('modern', 'whole app', modern.wholeApp),
    loadRow('legacy', 'pairing screen', legacy.pairing),
    loadRow('legacy', 'whole app', legacy.wholeApp),
    '',
    `Largest modern files: ${largestFiles.map((file) => `\`${file.fileName}\` ${formatKilobytes(file.gzipBytes)}`).join(', ')}.`,
  ];
}

function codeSection(results: BenchResults): string[] {
  const rows = results.codeOnScreen.map(
    (figure) =>
      `| ${figure.cpuThrottlingRate}× | ${ms(figure.appMedianMs)} | ${ms(figure.baselineMedianMs)} | ${figure.ratio.toFixed(2)} | ${ms(figure.apiRoundTripMedianMs)} | ${ms(figure.limitMs)} | ${figure.appRunsMs.map((run) => run.toFixed(0)).join(', ')} | ${figure.baselineRunsMs.map((run) => run.toFixed(0)).join(', ')} |`,
  );

  return [
    `### Time to a code on screen (median of ${results.settings.codeOnScreenRuns} cold loads each)`,
    '',
    '| CPU | app | bare React page | ratio | API round trip | limit | app runs (ms) | bare page runs (ms) |',
    '|---|---|---|---|---|---|---|---|',
    ...rows,
  ];
}

function keyRow(figure: KeyFigure): string {
  if ('notMeasured' in figure) {
    return `| ${figure.screen} | ${figure.cpuThrottlingRate}× | not measured: ${figure.notMeasured.replace(/\|/g, '/')} | | | | |`;
  }

  const { summary } = figure;
  return `| ${figure.screen} | ${figure.cpuThrottlingRate}× | ${summary.count} | ${summary.missed} | ${ms(summary.p50Ms)} | ${ms(summary.p95Ms)} | ${ms(summary.maxMs)} |`;
}

function keySection(results: BenchResults): string[] {
  const ratios = results.settings.cpuThrottlingRates.map((rate) => {
    const largest = showsScreenName(2_000);
    const smallest = showsScreenName(100);
    const p50Ratio = keyP50(results.keyToFocus, largest, rate) / keyP50(results.keyToFocus, smallest, rate);
    const p95Ratio = keyP95(results.keyToFocus, largest, rate) / keyP95(results.keyToFocus, smallest, rate);
    const format = (value: number) => (Number.isFinite(value) ? value.toFixed(2) : 'not measured');

    return `${rate}×: p50 ${format(p50Ratio)}, p95 ${format(p95Ratio)}`;
  });

  return [
    '### Key press to focus painted',
    '',
    '| screen | CPU | presses | missed | p50 | p95 | max |',
    '|---|---|---|---|---|---|---|',
    ...results.keyToFocus.map(keyRow),
    '',
    `2,000 shows / 100 shows: ${ratios.join('; ')}.`,
  ];
}

function heapSection(results: BenchResults): string[] {
  const { heap } = results;
  if ('notMeasured' in heap) {
    return ['### Memory over a long session', '', `Not measured: ${heap.notMeasured}`];
  }

  const rows = heap.readings.map(
    (reading) => `| ${reading.keyPresses} | ${megabytes(reading.usedHeapBytes)} | ${reading.domNodes} | ${reading.jsEventListeners} |`,
  );
  const opened = Object.entries(heap.screensOpened).map(([screen, times]) => `${screen} ${times}×`);

  return [
    '### Memory over a long session (after garbage collection)',
    '',
    '| key presses | JS heap used | DOM nodes | JS event listeners |',
    '|---|---|---|---|',
    ...rows,
    '',
    `Growth: ${megabytes(heap.growthBytes)}. Screens opened from the side menu: ${opened.length > 0 ? opened.join(', ') : 'none'}.`,
    ...(heap.problems.length > 0 ? ['', `Problems: ${heap.problems.join('; ')}.`] : []),
  ];
}

function requestList(counts: Record<string, number>): string {
  return Object.entries(counts)
    .map(([request, count]) => `\`${request}\` × ${count}`)
    .join(', ');
}

function requestSection(results: BenchResults): string[] {
  const { requests } = results;
  if ('notMeasured' in requests) {
    return ['### API requests', '', `Not measured: ${requests.notMeasured}`];
  }

  return [
    '### API requests',
    '',
    '| phase | requests | detail |',
    '|---|---|---|',
    `| pairing (page start to token) | ${requests.pairing.pairing.total} | ${requestList(requests.pairing.pairing.byUrl)} |`,
    `| Home after pairing | ${requests.pairing.homeAfterPairing.total} | ${requestList(requests.pairing.homeAfterPairing.byUrl)} |`,
    `| start with a stored token, to Home | ${requests.signedInStart.total} | ${requestList(requests.signedInStart.byUrl)} |`,
  ];
}

/** Renders the figures part of BENCHMARKS.md, markers included. */
export function renderFigures(results: BenchResults): string {
  const { machine, source } = results;
  const commit = source.commit ? `commit ${source.commit}${source.uncommittedChanges ? ' with uncommitted changes' : ''}` : 'no Git commit';

  const lines = [
    START_MARKER,
    '## Figures',
    '',
    `Run of ${results.date} on ${commit}, in ${results.durationSeconds} s. Machine: ${machine.cpuModel}, ` +
      `${machine.logicalCores} logical cores, ${machine.memoryGb} GB, ${machine.os}, Node ${machine.node}, Chromium ${machine.chromium}. ` +
      `Load average ${machine.loadAverage.start} at the start and ${machine.loadAverage.end} at the end: other work on the machine slows every figure.`,
    '',
    `### Against the targets (judged at ${TARGET_RATE}× CPU throttling)`,
    '',
    ...targetRows(results),
    '',
    ...bytesSection(results),
    '',
    ...codeSection(results),
    '',
    ...keySection(results),
    '',
    ...heapSection(results),
    '',
    ...requestSection(results),
    END_MARKER,
  ];

  return `${lines.join('\n')}\n`;
}

/** Replaces the figures of `file` (or creates the page) with those of `results`. */
export async function updateBenchmarksPage(file: string, results: BenchResults): Promise<void> {
  const figures = renderFigures(results);

  let page: string;
  try {
    page = await readFile(file, 'utf8');
  } catch {
    page = `# Benchmarks\n\n\`npm run bench\` writes the figures below.\n\n${START_MARKER}\n${END_MARKER}\n`;
  }

  const start = page.indexOf(START_MARKER);
  const end = page.indexOf(END_MARKER);
  if (start === -1 || end === -1 || end < start) {
    throw new Error(`${file} lacks the markers "${START_MARKER}" and "${END_MARKER}": put them back where the figures go.`);
  }

  const after = page.slice(end + END_MARKER.length).replace(/^\n/, '');
  await writeFile(file, page.slice(0, start) + figures + after);
}
