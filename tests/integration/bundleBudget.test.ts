import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatKilobytes, measureBundleSizes, type BundleSizes, type LoadSize } from '../../bench/bundleSizes';
import { BYTE_BUDGETS } from '../../bench/targets';
import { buildForMeasurement } from '../../bench/viteBuild';
import type { BuiltFile } from '../../bench/bundleSizes';
import { fr } from '../../src/i18n/fr';
import { firstScreenTextsFr } from '../../src/i18n/firstScreenTexts';
import { memberScreenTextsFr } from '../../src/i18n/memberScreenTexts';
import { signInMethodTextsFr } from '../../src/i18n/signInMethodTexts';

const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** Lists the files of `load` one per line, largest first, so a failure shows where the bytes went. */
function describeLoad(load: LoadSize): string {
  const files = [...load.files].sort((a, b) => b.gzipBytes - a.gzipBytes);
  const lines = files.map((file) => `  ${formatKilobytes(file.gzipBytes).padStart(9)}  ${file.fileName}`);

  return [`${formatKilobytes(load.gzipBytes)} gzip (JS ${formatKilobytes(load.jsGzipBytes)}, CSS ${formatKilobytes(load.cssGzipBytes)}):`, ...lines].join('\n');
}

/** Screen folders of the signed-out path ("Who's watching?" opens at start), which the first load may hold. */
const SIGNED_OUT_SCREENS = ['src/screens/Pairing/', 'src/screens/SignIn/', 'src/screens/Members/'];

/**
 * Modules the pairing screen must not load: the server-state cache and the action queue come with
 * the signed-in part of the app, and the other sign-in methods and "Who's watching?" with their
 * own screens.
 */
const LATER_MODULES = [
  /[\\/]node_modules[\\/]@tanstack[\\/]/,
  /[\\/]node_modules[\\/]js-md5[\\/]/,
  /[\\/]src[\\/]actions[\\/]/,
  /[\\/]src[\\/]screens[\\/]SignIn[\\/](PasswordSignInScreen|SignInChooserScreen)\.tsx$/,
  /[\\/]src[\\/]screens[\\/]Members[\\/]/,
  /[\\/]src[\\/]tv[\\/]keyboard[\\/]/,
  // Texts of later screens, and the complete catalogs that hold them all.
  /[\\/]src[\\/]i18n[\\/](memberScreenTexts|whoIsWatchingTexts|signInMethodTexts|catalogs|fr|en)\.ts$/,
  // Reading a sign-in callback, for the rare load that carries one.
  /[\\/]src[\\/]session[\\/]finishRedirectSignIn\.ts$/,
  /[\\/]src[\\/]signin[\\/](readSignInCallback|parseCallback|pendingAttempt)\.ts$/,
];

/** A string of abortcontroller-polyfill's code that survives minification. */
const ABORT_CONTROLLER_POLYFILL_MARK = '__FORCE_INSTALL_ABORTCONTROLLER_POLYFILL';

/** Modules of member screens (`src/screens/<Folder>/…` outside the signed-out path) in `load`. */
function memberScreenModules(load: LoadSize): string[] {
  return load.moduleIds
    .map((id) => path.relative(projectRoot, id).replace(/\\/g, '/'))
    .filter((id) => /^src\/screens\/[^/]+\//.test(id) && !SIGNED_OUT_SCREENS.some((folder) => id.startsWith(folder)));
}

describe('bundle budgets', () => {
  let outDir: string;
  let sizes: BundleSizes;
  let builtFiles: Map<string, BuiltFile>;

  /** Returns the text of each JavaScript file of `load`, with its file name. */
  function codeOf(load: LoadSize): Array<[string, string]> {
    return load.files
      .map((file) => builtFiles.get(file.fileName))
      .filter((file): file is Extract<BuiltFile, { type: 'chunk' }> => file?.type === 'chunk')
      .map((file) => [file.fileName, file.code]);
  }

  beforeAll(async () => {
    outDir = await mkdtemp(path.join(os.tmpdir(), 'betaseries-tv-budget-'));

    // Vitest sets NODE_ENV=test, which would bundle React's development build.
    process.env.NODE_ENV = 'production';

    const outputs = await buildForMeasurement({ root: projectRoot, outDir, configFile: path.join(projectRoot, 'vite.config.ts') });
    sizes = measureBundleSizes(outputs);
    builtFiles = new Map(outputs.flatMap((output) => output.output).map((file) => [file.fileName, file]));
  }, 300_000);

  afterAll(async () => {
    if (outDir) {
      await rm(outDir, { recursive: true, force: true });
    }
  });

  it('pairing screen stays within its budget', () => {
    const pairing = sizes.modern.pairing;

    expect(pairing.gzipBytes, describeLoad(pairing)).toBeLessThanOrEqual(BYTE_BUDGETS.pairingGzipBytes);
  });

  // The QR code shows with the code on the pairing screen, so its encoder counts in that screen's
  // weight: a lazy encoder would make the screen look lighter than what a TV downloads for it.
  it('pairing screen load includes the QR encoder', () => {
    const qrModules = sizes.modern.pairing.moduleIds.map((id) => path.relative(projectRoot, id).replace(/\\/g, '/')).filter((id) => id.startsWith('src/qr/'));

    expect(qrModules).toContain('src/qr/encodeQr.ts');
    expect(qrModules).toContain('src/qr/QrCode.tsx');
  });

  it('whole app stays within its budget', () => {
    const wholeApp = sizes.modern.wholeApp;

    expect(wholeApp.gzipBytes, describeLoad(wholeApp)).toBeLessThanOrEqual(BYTE_BUDGETS.wholeAppGzipBytes);
  });

  it('pairing screen loads no member screen', () => {
    const modern = memberScreenModules(sizes.modern.pairing);
    const legacy = memberScreenModules(sizes.legacy.pairing);

    expect(modern, 'member screens in the modern pairing load: import them with lazy(() => import()), as src/app/screenForRoute.tsx does').toEqual([]);
    expect(legacy, 'member screens in the legacy pairing load').toEqual([]);
  });

  it('pairing screen loads nothing of later screens', () => {
    for (const [flavor, load] of [['modern', sizes.modern.pairing], ['legacy', sizes.legacy.pairing]] as const) {
      const loaded = load.moduleIds.filter((id) => LATER_MODULES.some((pattern) => pattern.test(id)));

      expect(loaded.map((id) => path.relative(projectRoot, id)), `modules of later screens in the ${flavor} pairing load: import them with lazy(() => import())`).toEqual([]);
    }
  });

  it('bundles no lodash-es', () => {
    for (const [flavor, load] of [['modern', sizes.modern.wholeApp], ['legacy', sizes.legacy.wholeApp]] as const) {
      const lodashModules = load.moduleIds.filter((id) => /[\\/]node_modules[\\/]lodash-es[\\/]/.test(id));

      expect(lodashModules.length, `lodash-es modules in the ${flavor} build: check the lodash-es alias in vite.config.ts`).toBe(0);
    }
  });

  // The first load renders at once, so its screens must find their texts in the part the app
  // starts with. src/screens/SignIn/SignInRoot.tsx renders the other sign-in methods once their
  // own part is there too. The on-screen keyboard shows on the password screen and on Search, so
  // its texts must be in the sign-in part and in the member part.
  it('first screens use first-screen texts', async () => {
    const knownKeys = new Set(Object.keys(fr));
    const firstScreenKeys = new Set(Object.keys(firstScreenTextsFr));
    const signInMethodKeys = new Set([...firstScreenKeys, ...Object.keys(signInMethodTextsFr)]);
    const signInMethods = sizes.modern.wholeApp.moduleIds.filter((id) => /[\\/]src[\\/]screens[\\/]SignIn[\\/](?!SignInRoot)/.test(id));
    const firstLoad = sizes.modern.pairing.moduleIds.filter((id) => id.startsWith(path.join(projectRoot, 'src', path.sep)));
    const memberScreenKeys = new Set([...firstScreenKeys, ...Object.keys(memberScreenTextsFr)]);
    const keyboardKeys = new Set([...signInMethodKeys].filter((key) => memberScreenKeys.has(key)));
    const keyboard = sizes.modern.wholeApp.moduleIds.filter((id) => /[\\/]src[\\/]tv[\\/]keyboard[\\/]/.test(id));
    const sources: Array<[string, Set<string>]> = [
      ...firstLoad.map((id): [string, Set<string>] => [id, firstScreenKeys]),
      ...keyboard.map((id): [string, Set<string>] => [id, keyboardKeys]),
      ...signInMethods.map((id): [string, Set<string>] => [id, signInMethodKeys]),
    ].filter(([id]) => /\.tsx?$/.test(id));
    const missing: string[] = [];

    // NOTE: this finds keys written as string literals, so a key built at run time escapes it.
    for (const [id, allowed] of sources) {
      const code = await readFile(id, 'utf8');

      for (const [, key] of code.matchAll(/['"`]([a-zA-Z]+(?:\.[a-zA-Z0-9]+)+)['"`]/g)) {
        if (key && knownKeys.has(key) && !allowed.has(key)) {
          missing.push(`${path.relative(projectRoot, id)}: ${key}`);
        }
      }
    }

    expect(sources.length).toBeGreaterThan(10);
    expect(signInMethods.length).toBeGreaterThan(1);
    expect(missing, 'texts of these screens missing from the part they load with (src/i18n/firstScreenTexts.ts, signInMethodTexts.ts or memberScreenTexts.ts), so they would show as keys').toEqual([]);
  });

  it('only the legacy build carries the AbortController polyfill', () => {
    const modernWithPolyfill = codeOf(sizes.modern.wholeApp).filter(([, code]) => code.includes(ABORT_CONTROLLER_POLYFILL_MARK));
    const legacyWithPolyfill = codeOf(sizes.legacy.pairing).filter(([, code]) => code.includes(ABORT_CONTROLLER_POLYFILL_MARK));

    expect(modernWithPolyfill.map(([fileName]) => fileName)).toEqual([]);
    expect(legacyWithPolyfill.map(([fileName]) => fileName)).toEqual([expect.stringMatching(/^assets\/polyfills-legacy-[^/]+\.js$/)]);
  });

  it('groups the member screens into one file', () => {
    const memberScreenFiles = sizes.modern.wholeApp.files.filter((file) => /^assets\/[^/]*Screen[^/]*\.js$/.test(file.fileName));

    expect(memberScreenFiles.map((file) => file.fileName), 'one file per screen: check build.rolldownOptions.output.codeSplitting in vite.config.ts').toEqual([]);
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
