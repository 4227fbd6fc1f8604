import { execFile } from 'node:child_process';
import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { unzipSync, strFromU8 } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdir, writeFile } from 'node:fs/promises';
import { checkFloor, esLevelForChrome } from '../../scripts/checkFloor';
import { packageApp, type PackageResult } from '../../scripts/package';

const run = promisify(execFile);

/** Lists every `<script>` and `<link>` URL in an HTML page. */
function assetUrls(html: string): string[] {
  const urls: string[] = [];
  for (const match of html.matchAll(/<(?:script|link)\b[^>]*\b(?:src|href)="([^"]+)"/g)) {
    urls.push(match[1] as string);
  }
  return urls;
}

describe('TV packages', () => {
  let outRoot: string;
  let webos: PackageResult;
  let tizen: PackageResult;

  beforeAll(async () => {
    outRoot = await mkdtemp(path.join(os.tmpdir(), 'betaseries-tv-packages-'));

    // Vitest sets NODE_ENV=test, which would bundle React's development build.
    process.env.NODE_ENV = 'production';

    // A loopback address replaces the API, because the packages are inspected, not run.
    process.env.VITE_BETASERIES_API_URL = 'http://127.0.0.1:8080/api';
    webos = await packageApp('webos', outRoot);
    tizen = await packageApp('tizen', outRoot);
  }, 300_000);

  afterAll(async () => {
    delete process.env.VITE_BETASERIES_API_URL;
    await rm(outRoot, { recursive: true, force: true });
  });

  it('webOS appinfo.json has the fields LG requires', async () => {
    const appinfo = JSON.parse(await readFile(path.join(webos.appDir, 'appinfo.json'), 'utf8')) as Record<string, unknown>;
    const manifest = JSON.parse(await readFile('package.json', 'utf8')) as { version: string };

    expect(appinfo.id).toMatch(/^[a-z0-9.]+$/);
    expect(appinfo.type).toBe('web');
    expect(appinfo.main).toBe('index.html');
    expect(appinfo.version).toBe(manifest.version);
    expect(appinfo.disableBackHistoryAPI).toBe(true);
    expect(appinfo.resolution).toBe('1920x1080');

    const files = await readdir(webos.appDir);
    expect(files).toContain(appinfo.icon);
    expect(files).toContain(appinfo.largeIcon);
  });

  it('webOS icons are 80 and 130 pixels square', async () => {
    const icon = await readFile(path.join(webos.appDir, 'icon.png'));
    const large = await readFile(path.join(webos.appDir, 'largeIcon.png'));

    // PNG width and height sit at bytes 16 and 20 of the IHDR chunk.
    expect([icon.readUInt32BE(16), icon.readUInt32BE(20)]).toEqual([80, 80]);
    expect([large.readUInt32BE(16), large.readUInt32BE(20)]).toEqual([130, 130]);
  });

  it('webOS .ipk is an ar archive ares-package can read', async () => {
    const ipk = await readFile(webos.packageFile);
    expect(ipk.subarray(0, 8).toString('latin1')).toBe('!<arch>\n');

    const { stdout } = await run(path.resolve('node_modules/.bin/ares-package'), ['--info', webos.packageFile]);
    expect(stdout).toContain('org.betaseriestv.app');
  });

  it('index.html uses relative URLs and no crossorigin', async () => {
    for (const result of [webos, tizen]) {
      const html = await readFile(path.join(result.appDir, 'index.html'), 'utf8');
      const urls = assetUrls(html);

      expect(urls.length).toBeGreaterThan(0);
      // A `data:` URL (index.html's empty icon) loads nothing, so file:// does not matter to it.
      for (const url of urls.filter((candidate) => !candidate.startsWith('data:'))) {
        expect(url.startsWith('/') || /^[a-z]+:/i.test(url)).toBe(false);
      }
      expect(html).not.toMatch(/crossorigin/i);
    }
  });

  it('Tizen .wgt carries config.xml with the input-device privilege', async () => {
    const entries = unzipSync(new Uint8Array(await readFile(tizen.packageFile)));
    const config = strFromU8(entries['config.xml'] as Uint8Array);

    expect(config).toContain('http://tizen.org/privilege/tv.inputdevice');
    expect(config).toContain('http://tizen.org/privilege/internet');
    expect(config).toMatch(/<tizen:application id="[A-Za-z0-9]{10}\.[A-Za-z0-9]+"/);
    expect(config).toContain('<content src="index.html"/>');
    expect(Object.keys(entries)).toContain('index.html');
    expect(Object.keys(entries)).toContain('icon.png');
  });

  it('legacy chunks parse at the floor engine level', async () => {
    const report = await checkFloor(webos.appDir);

    expect(report.chrome).toBe(53);
    expect(report.legacyLevel).toBe('es2016');
    expect(report.legacyFiles.length).toBeGreaterThan(0);
  });

  it('packaged apps carry the AbortController polyfill', async () => {
    const assets = path.join(webos.appDir, 'assets');
    const legacy = (await readdir(assets)).filter((name) => name.includes('-legacy'));
    const texts = await Promise.all(legacy.map((name) => readFile(path.join(assets, name), 'utf8')));

    expect(texts.some((text) => text.includes('AbortController'))).toBe(true);
  });
});

describe('floor check', () => {
  it('maps Chrome versions to language levels', () => {
    expect(esLevelForChrome(53)).toBe('es2016');
    expect(esLevelForChrome(56)).toBe('es2016');
    expect(esLevelForChrome(63)).toBe('es2017');
    expect(esLevelForChrome(68)).toBe('es2018');
  });

  it('fails on a legacy chunk with syntax newer than the floor', async () => {
    const dist = await mkdtemp(path.join(os.tmpdir(), 'betaseries-tv-floor-'));
    await mkdir(path.join(dist, 'assets'));
    await writeFile(path.join(dist, 'index.html'), '<script nomodule id="vite-legacy-entry" data-src="x"></script>');
    await writeFile(path.join(dist, 'assets', 'index.js'), 'export const a = 1;');
    // Async functions are ES2017: Chrome 55, after the floor's 53.
    await writeFile(path.join(dist, 'assets', 'index-legacy-x.js'), 'var f = async function () { return 1; };');

    await expect(checkFloor(dist)).rejects.toThrow(/es-check es2016 failed/);
    await rm(dist, { recursive: true, force: true });
  });
});
