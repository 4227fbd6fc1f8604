import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import type { TestProject } from 'vitest/node';

const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

declare module 'vitest' {
  export interface ProvidedContext {
    /** Folder of the app built for this end-to-end run. */
    distDir: string;
  }
}

/**
 * Builds the app once for every end-to-end file, the way `npm start` serves it, into a folder of
 * this run's own: two runs at once (or `npm start` beside a run) must not empty each other's build.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const distDir = await mkdtemp(path.join(os.tmpdir(), 'betaseries-tv-e2e-'));

  // Vitest sets NODE_ENV=test, which would bundle React's development build. The test workers
  // start from this process's environment, so the value is put back after the build.
  const nodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    await build({ root: projectRoot, logLevel: 'error', mode: 'production', build: { outDir: distDir, emptyOutDir: true } });
  } finally {
    process.env.NODE_ENV = nodeEnv;
  }
  project.provide('distDir', distDir);

  return async () => {
    await rm(distDir, { recursive: true, force: true });
  };
}
