import { describe, expect, it } from 'vitest';
import { parseRetryAfterSeconds } from '../../../src/pairing/retryAfter';

const NOW = Date.parse('2025-03-01T20:00:00Z');

describe('parseRetryAfterSeconds', () => {
  it('reads delta seconds', () => {
    expect(parseRetryAfterSeconds('120', NOW)).toBe(120);
    expect(parseRetryAfterSeconds(' 0 ', NOW)).toBe(0);
  });

  it('reads an HTTP date', () => {
    expect(parseRetryAfterSeconds('Sat, 01 Mar 2025 20:01:30 GMT', NOW)).toBe(90);
  });

  it('returns 0 for a past date', () => {
    expect(parseRetryAfterSeconds('Sat, 01 Mar 2025 19:00:00 GMT', NOW)).toBe(0);
  });

  it('returns null for a missing or unreadable header', () => {
    expect(parseRetryAfterSeconds(null, NOW)).toBeNull();
    expect(parseRetryAfterSeconds('soon', NOW)).toBeNull();
    expect(parseRetryAfterSeconds('-5', NOW)).toBeNull();
  });
});
