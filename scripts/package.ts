import { execFile } from 'node:child_process';
import { mkdir, readFile, rm, writeFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { zipSync } from 'fflate';
import { build } from 'vite';
import { drawIconPng } from './pngIcon';

/**
 * `npm run package:webos` and `npm run package:tizen`: a production build with relative URLs,
 * the platform's manifest and icons, then an `.ipk` (ares-package from @webos-tools/cli) or an
 * unsigned `.wgt` (a zip; signing needs a Samsung certificate from Tizen Studio, see README).
 *
 * A packaged app is loaded from file://, so it cannot reach the sandbox by a relative URL:
 * VITE_BETASERIES_API_URL must be set (for the sandbox on a LAN: http://<computer>:8080/api).
 */

const run = promisify(execFile);
const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

export type Platform = 'webos' | 'tizen';

export interface PackageResult {
  /** Folder that was packaged (the app as the TV loads it). */
  appDir: string;
  /** The `.ipk` or `.wgt` file. */
  packageFile: string;
}

async function readVersion(): Promise<string> {
  const manifest = JSON.parse(await readFile(path.join(projectRoot, 'package.json'), 'utf8')) as { version: string };
  return manifest.version;
}

async function buildApp(outDir: string): Promise<void> {
  if (!process.env.VITE_BETASERIES_API_URL) {
    throw new Error(
      'VITE_BETASERIES_API_URL is not set: a packaged app is loaded from file:// and needs the API address, ' +
        'e.g. VITE_BETASERIES_API_URL=http://192.168.1.20:8080/api for the sandbox of `npm start` on your network.',
    );
  }

  await rm(outDir, { recursive: true, force: true });
  process.env.BETASERIES_TV_PACKAGE = '1';
  await build({ root: projectRoot, logLevel: 'warn', build: { outDir, emptyOutDir: true } });
}

async function packageWebos(appDir: string, outDir: string, version: string): Promise<string> {
  const template = JSON.parse(await readFile(path.join(projectRoot, 'platform/webos/appinfo.template.json'), 'utf8')) as Record<string, unknown>;
  const appinfo: Record<string, unknown> = { ...template, version };

  await writeFile(path.join(appDir, 'appinfo.json'), JSON.stringify(appinfo, null, 2));
  await writeFile(path.join(appDir, 'icon.png'), drawIconPng(80));
  await writeFile(path.join(appDir, 'largeIcon.png'), drawIconPng(130));
  await writeFile(path.join(appDir, 'splash.png'), drawIconPng(540));

  await mkdir(outDir, { recursive: true });
  // The build is minified already, and ares-package's own minifier fails on modern syntax.
  await run(path.join(projectRoot, 'node_modules/.bin/ares-package'), ['--no-minify', '--outdir', outDir, appDir]);

  const files = await readdir(outDir);
  const ipk = files.find((name) => name.endsWith('.ipk') && name.includes(String(appinfo.id)));
  if (!ipk) {
    throw new Error(`ares-package wrote no .ipk in ${outDir}`);
  }

  return path.join(outDir, ipk);
}

async function listFiles(folder: string, prefix = ''): Promise<string[]> {
  const found: string[] = [];
  for (const entry of await readdir(folder, { withFileTypes: true })) {
    const relative = prefix ? `${prefix}/${entry.name}` : entry.name;
    if (entry.isDirectory()) {
      found.push(...(await listFiles(path.join(folder, entry.name), relative)));
    } else {
      found.push(relative);
    }
  }
  return found;
}

async function packageTizen(appDir: string, outDir: string, version: string): Promise<string> {
  const template = await readFile(path.join(projectRoot, 'platform/tizen/config.template.xml'), 'utf8');
  const config = template.replace(/version="0\.0\.0"/, `version="${version}"`);

  await writeFile(path.join(appDir, 'config.xml'), config);
  await writeFile(path.join(appDir, 'icon.png'), drawIconPng(512));

  const entries: Record<string, Uint8Array> = {};
  for (const file of await listFiles(appDir)) {
    entries[file] = await readFile(path.join(appDir, file));
  }

  await mkdir(outDir, { recursive: true });
  const wgt = path.join(outDir, `BetaSeriesTV-${version}-unsigned.wgt`);
  await writeFile(wgt, zipSync(entries, { level: 9 }));

  return wgt;
}

export async function packageApp(platform: Platform, outRoot = path.join(projectRoot, 'build')): Promise<PackageResult> {
  const version = await readVersion();
  const appDir = path.join(outRoot, platform, 'app');
  const outDir = path.join(outRoot, 'packages');

  await buildApp(appDir);

  // The legacy build's polyfills and SystemJS copy over unchanged; only the manifest differs.
  const packageFile = platform === 'webos' ? await packageWebos(appDir, outDir, version) : await packageTizen(appDir, outDir, version);
  return { appDir, packageFile };
}

const invokedDirectly = process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (invokedDirectly) {
  const platform = process.argv[2];
  if (platform !== 'webos' && platform !== 'tizen') {
    console.error(`Unknown platform "${platform ?? ''}": use "webos" or "tizen".`);
    process.exit(2);
  }

  packageApp(platform)
    .then((result) => console.log(`Wrote ${path.relative(projectRoot, result.packageFile)}`))
    .catch((error: unknown) => {
      console.error(error instanceof Error ? error.message : error);
      process.exit(1);
    });
}

