import { execFile } from 'node:child_process';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

/**
 * Checks a build against the oldest engine the app supports, read from the one `browserslist`
 * query in package.json (`chrome >= 53`: LG webOS 4, 2018):
 * - the legacy chunks (what that engine runs) parse at the ECMAScript level of that Chrome, and use
 *   no built-in of a later level unless core-js polyfills it (es-check `--checkFeatures`);
 * - the modern chunks parse as ES2020 modules: Vite 8's modern-browser guard needs
 *   `import.meta.resolve` (Chrome 105), so older engines always take the legacy chunks;
 * - index.html loads the legacy entry with `nomodule`.
 * `npm run check:floor [dist]`; the TV package tests run the same checks.
 */

const run = promisify(execFile);
const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** The first Chrome version with each ECMAScript level complete (syntax), from the V8 release notes. */
const CHROME_ES_LEVELS: Array<[chrome: number, level: string]> = [
  [80, 'es2020'],
  [73, 'es2019'],
  [64, 'es2018'],
  [58, 'es2017'],
  [52, 'es2016'],
  [51, 'es2015'],
];

export async function floorChromeVersion(): Promise<number> {
  const manifest = JSON.parse(await readFile(path.join(projectRoot, 'package.json'), 'utf8')) as { browserslist?: string[] };
  const query = (manifest.browserslist ?? []).join(', ');
  const match = /chrome\s*>=\s*(\d+)/i.exec(query);

  if (!match) {
    throw new Error(`package.json "browserslist" is "${query}": expected a "chrome >= N" query naming the floor engine.`);
  }

  return Number(match[1]);
}

export function esLevelForChrome(chrome: number): string {
  for (const [version, level] of CHROME_ES_LEVELS) {
    if (chrome >= version) {
      return level;
    }
  }

  return 'es5';
}

export interface FloorReport {
  chrome: number;
  legacyLevel: string;
  legacyFiles: string[];
  modernFiles: string[];
}

async function esCheck(args: string[]): Promise<void> {
  try {
    await run(path.join(projectRoot, 'node_modules/.bin/es-check'), args, { maxBuffer: 16 * 1024 * 1024 });
  } catch (error) {
    const output = (error as { stdout?: string; stderr?: string }).stdout ?? '';
    const details = output
      .split('\n')
      .filter((line) => /erroring file|error:/.test(line))
      .join('\n');
    throw new Error(`es-check ${args[0]} failed:\n${details || String(error)}`);
  }
}

/** Throws with es-check's findings when the build in `distDir` breaks the floor. */
export async function checkFloor(distDir: string): Promise<FloorReport> {
  const chrome = await floorChromeVersion();
  const legacyLevel = esLevelForChrome(chrome);

  const assets = path.join(distDir, 'assets');
  const scripts = (await readdir(assets)).filter((name) => name.endsWith('.js'));
  const legacyFiles = scripts.filter((name) => name.includes('-legacy')).map((name) => path.join(assets, name));
  const modernFiles = scripts.filter((name) => !name.includes('-legacy')).map((name) => path.join(assets, name));

  if (legacyFiles.length === 0) {
    throw new Error(`No legacy chunks in ${assets}: @vitejs/plugin-legacy must stay in vite.config.ts for Chrome ${chrome}.`);
  }

  // Two passes, because es-check 9.9 skips the syntax check when --checkFeatures and
  // --ignorePolyfillable are given together (an async function then passes at es2016).
  await esCheck([legacyLevel, ...legacyFiles]);
  // BigInt is read only behind a presence test (DOMPurify 3's `typeof BigInt === "undefined"`,
  // core-js's `getBuiltIn('BigInt')`), which es-check's feature scan cannot tell from a use.
  await esCheck([legacyLevel, ...legacyFiles, '--checkFeatures', '--ignorePolyfillable=core-js', '--ignore=BigInt']);
  await esCheck(['es2020', '--module', ...modernFiles]);

  const html = await readFile(path.join(distDir, 'index.html'), 'utf8');
  if (!/<script nomodule[^>]*id="vite-legacy-entry"/.test(html)) {
    throw new Error(`${distDir}/index.html does not load the legacy entry with nomodule.`);
  }

  return { chrome, legacyLevel, legacyFiles, modernFiles };
}

const invokedDirectly = process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (invokedDirectly) {
  const distDir = path.resolve(process.argv[2] ?? path.join(projectRoot, 'dist'));
  checkFloor(distDir)
    .then((report) =>
      console.log(
        `Floor Chrome ${report.chrome}: ${report.legacyFiles.length} legacy chunks parse at ${report.legacyLevel}, ` +
          `${report.modernFiles.length} modern chunks at es2020.`,
      ),
    )
    .catch((error: unknown) => {
      console.error(error instanceof Error ? error.message : error);
      process.exit(1);
    });
}
