import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatKilobytes, measureBundleSizes, type BundleSizes, type LoadSize } from '../../bench/bundleSizes';
import { BYTE_BUDGETS, BYTE_CEILINGS } from '../../bench/targets';
import { buildForMeasurement } from '../../bench/viteBuild';

const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** Lists the files of `load` one per line, largest first, so a failure shows where the bytes went. */
function describeLoad(load: LoadSize): string {
  const files = [...load.files].sort((a, b) => b.gzipBytes - a.gzipBytes);
  const lines = files.map((file) => `  ${formatKilobytes(file.gzipBytes).padStart(9)}  ${file.fileName}`);

  return [`${formatKilobytes(load.gzipBytes)} gzip (JS ${formatKilobytes(load.jsGzipBytes)}, CSS ${formatKilobytes(load.cssGzipBytes)}):`, ...lines].join('\n');
}

/** Screen folders of the signed-out path ("Who's watching?" opens at start), which the first load may hold. */
const SIGNED_OUT_SCREENS = ['src/screens/Pairing/', 'src/screens/SignIn/', 'src/screens/Members/'];

/** Modules of member screens (`src/screens/<Folder>/…` outside the signed-out path) in `load`. */
function memberScreenModules(load: LoadSize): string[] {
  return load.moduleIds
    .map((id) => path.relative(projectRoot, id).replace(/\\/g, '/'))
    .filter((id) => /^src\/screens\/[^/]+\//.test(id) && !SIGNED_OUT_SCREENS.some((folder) => id.startsWith(folder)));
}

describe('bundle budgets', () => {
  let outDir: string;
  let sizes: BundleSizes;

  beforeAll(async () => {
    outDir = await mkdtemp(path.join(os.tmpdir(), 'betaseries-tv-budget-'));

    // Vitest sets NODE_ENV=test, which would bundle React's development build.
    process.env.NODE_ENV = 'production';

    const outputs = await buildForMeasurement({ root: projectRoot, outDir, configFile: path.join(projectRoot, 'vite.config.ts') });
    sizes = measureBundleSizes(outputs);
  }, 300_000);

  afterAll(async () => {
    if (outDir) {
      await rm(outDir, { recursive: true, force: true });
    }
  });

  // NOTE: the budgets (100 kB and 170 kB) are not met yet. These tests hold the weight under
  // today's ceilings so it cannot grow, and BENCHMARKS.md reports the gap to the budgets.
  it('pairing screen stays under its ceiling', () => {
    const pairing = sizes.modern.pairing;
    const ceiling = Math.max(BYTE_CEILINGS.pairingGzipBytes, BYTE_BUDGETS.pairingGzipBytes);

    expect(pairing.gzipBytes, describeLoad(pairing)).toBeLessThanOrEqual(ceiling);
  });

  it('whole app stays under its ceiling', () => {
    const wholeApp = sizes.modern.wholeApp;
    const ceiling = Math.max(BYTE_CEILINGS.wholeAppGzipBytes, BYTE_BUDGETS.wholeAppGzipBytes);

    expect(wholeApp.gzipBytes, describeLoad(wholeApp)).toBeLessThanOrEqual(ceiling);
  });

  it('pairing screen loads no member screen', () => {
    const modern = memberScreenModules(sizes.modern.pairing);
    const legacy = memberScreenModules(sizes.legacy.pairing);

    expect(modern, 'member screens in the modern pairing load: import them with lazy(() => import()), as src/app/screenForRoute.tsx does').toEqual([]);
    expect(legacy, 'member screens in the legacy pairing load').toEqual([]);
  });

  it('measures what index.html loads', () => {
    const pairingFiles = sizes.modern.pairing.files.map((file) => file.fileName);
    const wholeAppFiles = sizes.modern.wholeApp.files.map((file) => file.fileName);

    // The entry script and a stylesheet, no legacy file, and nothing the whole app lacks.
    expect(pairingFiles.some((name) => /^assets\/index-[^/]+\.js$/.test(name))).toBe(true);
    expect(pairingFiles.some((name) => name.endsWith('.css'))).toBe(true);
    expect(pairingFiles.every((name) => !name.includes('-legacy'))).toBe(true);
    expect(pairingFiles.every((name) => wholeAppFiles.includes(name))).toBe(true);

    const legacyFiles = sizes.legacy.pairing.files.map((file) => file.fileName);
    expect(legacyFiles.some((name) => /^assets\/index-legacy-[^/]+\.js$/.test(name))).toBe(true);
    expect(legacyFiles.some((name) => /^assets\/polyfills-legacy-[^/]+\.js$/.test(name))).toBe(true);
  });
});
