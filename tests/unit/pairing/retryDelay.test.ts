import { describe, expect, it } from 'vitest';
import { computeRetryDelayMs } from '../../../src/pairing/retryDelay';

describe('computeRetryDelayMs', () => {
  it('doubles from the interval up to the cap', () => {
    const waits = [1, 2, 3, 4, 5, 6].map((failures) => computeRetryDelayMs(5, failures, 60_000, null));

    expect(waits).toEqual([5_000, 10_000, 20_000, 40_000, 60_000, 60_000]);
  });

  it('never waits less than the interval', () => {
    expect(computeRetryDelayMs(70, 1, 60_000, null)).toBe(70_000);
  });

  it('honours a longer Retry-After', () => {
    expect(computeRetryDelayMs(5, 1, 60_000, 90)).toBe(90_000);
    expect(computeRetryDelayMs(5, 3, 60_000, 2)).toBe(20_000);
  });
});
