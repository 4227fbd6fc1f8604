import type { Catalog } from './catalog';
import type { Locale } from './locale';
import { en } from './en';
import { fr } from './fr';

export const CATALOGS: Record<Locale, Catalog> = { fr, en };
