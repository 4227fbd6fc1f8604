import type { fr } from './fr';

/** Every text key of the app. French is the reference catalog, so a key missing in English fails `tsc`. */
export type MessageKey = keyof typeof fr;

/** A complete catalog: one text per key, no extra keys. */
export type Catalog = Record<MessageKey, string>;

/** Values for a text's `{name}` placeholders. Numbers are formatted for the locale. */
export type MessageParams = Record<string, string | number>;
