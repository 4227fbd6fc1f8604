import { describe, expect, it } from 'vitest';
import { describeAiringDay, formatShortDay } from '../../../src/screens/Home/airingDay';

/** 23:30 local time, so a count based on elapsed hours would be off by one. */
const TODAY = new Date(2026, 2, 27, 23, 30);

describe('describeAiringDay', () => {
  it.each([
    ['2026-03-27', { kind: 'today' }],
    ['2026-03-20', { kind: 'today' }],
    ['2026-03-28', { kind: 'tomorrow' }],
    // Crosses the European change to summer time (29 March 2026).
    ['2026-03-30', { kind: 'inDays', days: 3 }],
    ['2026-04-02', { kind: 'inDays', days: 6 }],
    ['2026-04-03', { kind: 'date', date: '2026-04-03' }],
  ])('reads %s', (date, expected) => {
    expect(describeAiringDay(date, TODAY)).toEqual(expected);
  });

  it.each([null, '', '2026-3-5', 'soon'])('has no day for %j', (date) => {
    expect(describeAiringDay(date, TODAY)).toEqual({ kind: 'unknown' });
  });
});

describe('formatShortDay', () => {
  it('writes the day and the short month in the locale', () => {
    expect(formatShortDay('2026-12-11', 'en')).toBe('Dec 11');
    expect(formatShortDay('2026-12-11', 'fr')).toBe('11 déc.');
  });

  it('returns an empty text for an unreadable date', () => {
    expect(formatShortDay('11/12/2026', 'en')).toBe('');
  });
});
