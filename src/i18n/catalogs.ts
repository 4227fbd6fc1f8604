import type { Catalog } from './catalog';
import type { Locale } from './locale';
import { en } from './en';
import { fr } from './fr';

/**
 * The complete catalogs, for tests and tools. The app reads `getLoadedCatalog` instead, because
 * importing this module would put every text into the first load (the bundle budget test checks it).
 */
export const CATALOGS: Record<Locale, Catalog> = { fr, en };
