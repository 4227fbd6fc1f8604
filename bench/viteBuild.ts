import { build } from 'vite';
import type { BuiltFile } from './bundleSizes';

export interface ViteBuildOptions {
  /** The folder of the index.html to build. */
  root: string;
  /** An empty folder of its own, never the project's `dist/` (the end-to-end tests serve it). */
  outDir: string;
  /** The project's vite.config.ts, so the baseline page gets the same plugins as the app. */
  configFile: string;
}

/**
 * Builds `root` for production with the project's Vite config and returns each output (two with
 * @vitejs/plugin-legacy: legacy, then modern).
 */
export async function buildForMeasurement(options: ViteBuildOptions): Promise<Array<{ output: BuiltFile[] }>> {
  // React picks its development build unless NODE_ENV is `production`, and Vitest sets `test`.
  process.env.NODE_ENV = 'production';

  const result = await build({
    root: options.root,
    configFile: options.configFile,
    mode: 'production',
    logLevel: 'error',
    build: { outDir: options.outDir, emptyOutDir: true },
  });

  if (!Array.isArray(result) && !('output' in result)) {
    throw new Error('vite build returned a watcher: unset build.watch for measurements.');
  }

  const outputs = Array.isArray(result) ? result : [result];
  return outputs.map((output) => ({ output: output.output as unknown as BuiltFile[] }));
}
