import { gzipSync } from 'node:zlib';

/**
 * Gzip sizes of what a browser loads from a Vite build with @vitejs/plugin-legacy: the files of
 * the first screen (the pairing screen, on a TV with no member signed in) and of the whole app, for
 * the modern build (ES modules) and the legacy one (SystemJS, for engines before Chrome 64).
 *
 * The start files come from the built index.html, as a browser reads it, and the rest from the
 * chunk graph Vite returns (static imports, dynamic imports, CSS imported by each chunk).
 */

/** The fields this module reads of a Rolldown output chunk. */
export interface BuiltChunk {
  type: 'chunk';
  fileName: string;
  code: string;
  imports: readonly string[];
  dynamicImports: readonly string[];
  moduleIds: readonly string[];
  viteMetadata?: { importedCss: ReadonlySet<string> };
}

/** The fields this module reads of a Rolldown output asset. */
export interface BuiltAsset {
  type: 'asset';
  fileName: string;
  source: string | Uint8Array;
}

export type BuiltFile = BuiltChunk | BuiltAsset;

export interface SizedFile {
  fileName: string;
  bytes: number;
  gzipBytes: number;
}

export interface LoadSize {
  /** Sorted by file name. */
  files: SizedFile[];
  jsGzipBytes: number;
  cssGzipBytes: number;
  /** JavaScript and CSS together: the figure the budgets limit. */
  gzipBytes: number;
  /** Source modules bundled into these files, as Rolldown names them (absolute paths, sorted). */
  moduleIds: string[];
}

export interface BuildFlavorSizes {
  /** Files loaded until the pairing screen can render. */
  pairing: LoadSize;
  /** Every file the app can load, lazy chunks included. */
  wholeApp: LoadSize;
}

export interface BundleSizes {
  modern: BuildFlavorSizes;
  legacy: BuildFlavorSizes;
}

/**
 * zlib level 9, as `gzip -9`. A web server's usual level 6 gives files about 1% larger; the
 * budgets leave more room than that.
 */
const GZIP_LEVEL = 9;

/** The module whose chunk must be loaded for the pairing screen, wherever the build puts it. */
export const PAIRING_SCREEN_MODULE = 'src/screens/Pairing/PairingScreen.tsx';

/** Collects the attribute values that `pattern`'s first group captures. */
function matchAll(html: string, pattern: RegExp): string[] {
  const values: string[] = [];

  for (const match of html.matchAll(pattern)) {
    if (match[1]) {
      values.push(match[1]);
    }
  }

  return values;
}

/** Turns `./assets/x.js` (relative, as `base: './'` writes it) into the output file name `assets/x.js`. */
function toFileName(url: string): string {
  return url.replace(/^\.?\//, '');
}

/**
 * Lists the files index.html makes each kind of engine load. A modern engine loads the module
 * scripts and the `import'./…'` of Vite's inline modern check. An older one loads the `nomodule`
 * scripts and the legacy entry's `data-src`. Both load the stylesheets.
 */
export function readStartFiles(html: string): { modern: string[]; legacy: string[] } {
  const stylesheets = matchAll(html, /<link\b[^>]*\brel="stylesheet"[^>]*\bhref="([^"]+)"/g);
  const modulePreloads = matchAll(html, /<link\b[^>]*\brel="modulepreload"[^>]*\bhref="([^"]+)"/g);
  const moduleScripts = matchAll(html, /<script\b[^>]*\btype="module"[^>]*\bsrc="([^"]+)"/g);
  const inlineModuleImports = matchAll(html, /<script type="module">\s*import\s*['"]([^'"]+)['"]/g);
  const legacyScripts = matchAll(html, /<script\b[^>]*\bnomodule\b[^>]*\bsrc="([^"]+)"/g);
  const legacyEntries = matchAll(html, /<script\b[^>]*\bnomodule\b[^>]*\bdata-src="([^"]+)"/g);

  return {
    modern: [...moduleScripts, ...inlineModuleImports, ...modulePreloads, ...stylesheets].map(toFileName),
    legacy: [...legacyScripts, ...legacyEntries, ...stylesheets].map(toFileName),
  };
}

function byteLength(file: BuiltFile): Buffer {
  if (file.type === 'chunk') {
    return Buffer.from(file.code);
  }

  return typeof file.source === 'string' ? Buffer.from(file.source) : Buffer.from(file.source);
}

function sizeFile(file: BuiltFile): SizedFile {
  const content = byteLength(file);
  return { fileName: file.fileName, bytes: content.length, gzipBytes: gzipSync(content, { level: GZIP_LEVEL }).length };
}

/** Returns `start` and every file they load, following dynamic imports too when `followDynamic` is set. */
function collectLoaded(files: ReadonlyMap<string, BuiltFile>, start: readonly string[], followDynamic: boolean): Set<string> {
  const loaded = new Set<string>();
  const pending = [...start];

  while (pending.length > 0) {
    const fileName = pending.pop() as string;
    if (loaded.has(fileName)) {
      continue;
    }

    const file = files.get(fileName);
    if (!file) {
      throw new Error(`The build has no file "${fileName}", which index.html or a chunk loads: the output is incomplete.`);
    }

    loaded.add(fileName);
    if (file.type === 'asset') {
      continue;
    }

    pending.push(...file.imports, ...(file.viteMetadata?.importedCss ?? []));
    if (followDynamic) {
      pending.push(...file.dynamicImports);
    }
  }

  return loaded;
}

function sumLoad(files: ReadonlyMap<string, BuiltFile>, fileNames: Iterable<string>): LoadSize {
  const sized = [...fileNames]
    .filter((fileName) => /\.(js|css)$/.test(fileName))
    .sort()
    .map((fileName) => sizeFile(files.get(fileName) as BuiltFile));

  let jsGzipBytes = 0;
  let cssGzipBytes = 0;
  const moduleIds = new Set<string>();
  for (const file of sized) {
    if (file.fileName.endsWith('.css')) {
      cssGzipBytes += file.gzipBytes;
    } else {
      jsGzipBytes += file.gzipBytes;
    }

    const built = files.get(file.fileName);
    if (built?.type === 'chunk') {
      built.moduleIds.forEach((id) => moduleIds.add(id));
    }
  }

  return { files: sized, jsGzipBytes, cssGzipBytes, gzipBytes: jsGzipBytes + cssGzipBytes, moduleIds: [...moduleIds].sort() };
}

/** True for a chunk of this build kind: plugin-legacy names every legacy chunk `…-legacy-HASH.js`. */
function isLegacyChunk(file: BuiltFile): boolean {
  return file.type === 'chunk' && /-legacy[-.]/.test(file.fileName);
}

/**
 * Lists the chunks that contain `moduleSuffix` (a path relative to the project root) in one build
 * kind. A pairing screen moved behind a dynamic `import()` still counts through them.
 */
function chunksContaining(files: ReadonlyMap<string, BuiltFile>, moduleSuffix: string, legacy: boolean): string[] {
  const found: string[] = [];

  for (const file of files.values()) {
    if (file.type !== 'chunk' || isLegacyChunk(file) !== legacy) {
      continue;
    }

    if (file.moduleIds.some((id) => id.replace(/\\/g, '/').endsWith(moduleSuffix))) {
      found.push(file.fileName);
    }
  }

  return found;
}

function measureFlavor(files: ReadonlyMap<string, BuiltFile>, start: readonly string[], legacy: boolean): BuildFlavorSizes {
  const pairingModules = chunksContaining(files, PAIRING_SCREEN_MODULE, legacy);
  if (pairingModules.length === 0) {
    throw new Error(`No ${legacy ? 'legacy' : 'modern'} chunk contains ${PAIRING_SCREEN_MODULE}: update PAIRING_SCREEN_MODULE if the screen moved.`);
  }

  const pairing = collectLoaded(files, [...start, ...pairingModules], false);
  const wholeApp = collectLoaded(files, start, true);

  // Legacy chunks carry no CSS metadata: an older engine loads the stylesheets the modern build
  // lists, through the same index.html and the lazy chunks' CSS loader.
  if (legacy) {
    for (const file of files.values()) {
      if (file.fileName.endsWith('.css')) {
        wholeApp.add(file.fileName);
      }
    }
  }

  return { pairing: sumLoad(files, pairing), wholeApp: sumLoad(files, wholeApp) };
}

/** Measures the outputs of one `vite build` (with @vitejs/plugin-legacy, two outputs: modern and legacy). */
export function measureBundleSizes(outputs: ReadonlyArray<{ output: readonly BuiltFile[] }>): BundleSizes {
  const files = new Map<string, BuiltFile>();
  for (const output of outputs) {
    for (const file of output.output) {
      files.set(file.fileName, file);
    }
  }

  const html = files.get('index.html');
  if (!html || html.type !== 'asset') {
    throw new Error('The build wrote no index.html: build the app with its own vite.config.ts.');
  }

  const start = readStartFiles(typeof html.source === 'string' ? html.source : Buffer.from(html.source).toString('utf8'));

  return {
    modern: measureFlavor(files, start.modern, false),
    legacy: measureFlavor(files, start.legacy, true),
  };
}

/** `12.3 kB`, with 1 kB = 1,000 bytes as Vite's build report counts. */
export function formatKilobytes(bytes: number): string {
  return `${(bytes / 1000).toFixed(1)} kB`;
}
