import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';

const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** Builds the app once for every end-to-end file, the way `npm start` serves it. */
export default async function setup(): Promise<void> {
  await build({ root: projectRoot, logLevel: 'error', mode: 'production' });
}
