/**
 * Seeded pseudo-random numbers, so the demo data is the same on every start and in every test.
 * Tokens and device codes do not use this: they come from `node:crypto`.
 */

export type Random = () => number;

/** Mulberry32: a tiny 32-bit generator, plenty for demo data (not for anything secret). */
export function createRandom(seed: number): Random {
  let state = seed >>> 0;

  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/** FNV-1a over the parts joined by `:`, used to derive a stable seed per show or per member. */
export function hashSeed(...parts: Array<string | number>): number {
  let hash = 0x811c9dc5;

  for (const char of parts.join(':')) {
    hash ^= char.charCodeAt(0);
    hash = Math.imul(hash, 0x01000193);
  }

  return hash >>> 0;
}

/** An integer between `min` and `max`, both included. */
export function randomInt(random: Random, min: number, max: number): number {
  return min + Math.floor(random() * (max - min + 1));
}

export function pick<T>(random: Random, items: readonly T[]): T {
  const item = items[Math.floor(random() * items.length)];
  if (item === undefined) {
    throw new Error('pick() needs a non-empty list');
  }

  return item;
}
