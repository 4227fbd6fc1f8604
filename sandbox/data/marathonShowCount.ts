import { GENERATED_COUNT } from './generatedShows';

/**
 * Returns how many generated shows `marathon` follows: `count`, or all 2,000 when it is not set.
 * Smaller accounts (the first N shows, in every progress state) let a benchmark compare a list
 * of 100 with one of 2,000 on the same member.
 */
export function checkMarathonShowCount(count: number | undefined): number {
  if (count === undefined) {
    return GENERATED_COUNT;
  }

  if (!Number.isInteger(count) || count < 1 || count > GENERATED_COUNT) {
    throw new Error(`marathonShowCount is invalid: ${count}. Set an integer from 1 to ${GENERATED_COUNT}, or leave it unset for ${GENERATED_COUNT}.`);
  }

  return count;
}
