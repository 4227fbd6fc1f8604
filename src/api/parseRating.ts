import type { Rating } from './types';
import { toNumber, toRecord } from './parse';

/** Reads `note`/`notes`; a missing object gives zeros. */
export function parseRating(value: unknown): Rating {
  const raw = toRecord(value);

  return {
    total: toNumber(raw.total),
    mean: toNumber(raw.mean),
    user: toNumber(raw.user),
  };
}
