/**
 * Throws a `RangeError` naming the argument unless `value` is a positive integer. A zero or NaN
 * id would reach the API as `id=0` or `id=NaN` and come back as a confusing error 3004.
 */
export function assertPositiveId(value: number, name: string): void {
  if (!Number.isInteger(value) || value <= 0) {
    throw new RangeError(`Invalid ${name}: ${value}. Pass a positive integer id.`);
  }
}
