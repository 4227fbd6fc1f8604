import { describe, expect, it } from 'vitest';
import { computeRetryDelayMs, DEFAULT_RETRY_POLICY } from '../../../src/actions/retryPolicy';

const policy = { ...DEFAULT_RETRY_POLICY, firstRetryMs: 2_000, maxRetryMs: 60_000 };

describe('computeRetryDelayMs', () => {
  it('doubles from the first wait', () => {
    expect([1, 2, 3, 4, 5].map((failures) => computeRetryDelayMs(policy, failures, null))).toEqual([2_000, 4_000, 8_000, 16_000, 32_000]);
  });

  it('stops at the maximum', () => {
    expect(computeRetryDelayMs(policy, 6, null)).toBe(60_000);
    expect(computeRetryDelayMs(policy, 200, null)).toBe(60_000);
  });

  it('honours a longer Retry-After', () => {
    expect(computeRetryDelayMs(policy, 1, 30)).toBe(30_000);
  });

  it('keeps the backoff over a shorter Retry-After', () => {
    expect(computeRetryDelayMs(policy, 3, 1)).toBe(8_000);
  });

  it('caps an absurd Retry-After at one hour', () => {
    expect(computeRetryDelayMs(policy, 1, 10 ** 12)).toBe(3_600_000);
  });
});
