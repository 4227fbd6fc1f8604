import { describe, expect, it } from 'vitest';
import { formatCountdown, formatDate, formatDuration } from '../../../src/i18n/format';
import { detectLocale } from '../../../src/i18n/locale';
import { en } from '../../../src/i18n/en';
import { fr } from '../../../src/i18n/fr';
import { listPlaceholders, translate } from '../../../src/i18n/translate';

const DAY = 24 * 60;

describe('formatDuration', () => {
  it('shows days and hours in French', () => {
    expect(formatDuration(3 * DAY + 4 * 60 + 25, 'fr')).toBe('3 j 4 h');
  });

  it('shows days and hours in English', () => {
    expect(formatDuration(3 * DAY + 4 * 60 + 25, 'en')).toBe('3 d 4 h');
  });

  it('drops zero hours after days', () => {
    expect(formatDuration(2 * DAY + 59, 'en')).toBe('2 d');
  });

  it('shows hours and minutes under a day', () => {
    expect(formatDuration(4 * 60 + 12, 'fr')).toBe('4 h 12 min');
  });

  it('shows minutes under an hour', () => {
    expect(formatDuration(12, 'en')).toBe('12 min');
  });

  it('reads negative and non-finite input as zero', () => {
    expect(formatDuration(-5, 'en')).toBe('0 min');
    expect(formatDuration(Number.NaN, 'fr')).toBe('0 min');
  });

  it('groups large day counts the French way', () => {
    // Intl's French grouping separator is a narrow no-break space (U+202F).
    expect(formatDuration(1234 * DAY, 'fr')).toBe('1\u202f234 j');
  });
});

describe('formatCountdown', () => {
  it('shows minutes and two-digit seconds', () => {
    expect(formatCountdown(29 * 60_000 + 5_000)).toBe('29:05');
  });

  it('keeps minutes past 59', () => {
    expect(formatCountdown(90 * 60_000)).toBe('90:00');
  });

  it('rounds the last partial second up', () => {
    expect(formatCountdown(200)).toBe('0:01');
  });

  it('stops at zero', () => {
    expect(formatCountdown(0)).toBe('0:00');
    expect(formatCountdown(-3_000)).toBe('0:00');
  });
});

describe('formatDate', () => {
  it('reads YYYY-MM-DD as a local calendar day', () => {
    expect(formatDate('2024-03-05', 'fr')).toBe('5 mars 2024');
    expect(formatDate('2024-03-05', 'en')).toBe('March 5, 2024');
  });

  it('returns an empty string for an unreadable date', () => {
    expect(formatDate('soon', 'en')).toBe('');
  });
});

describe('detectLocale', () => {
  it.each([
    ['fr', 'fr'],
    ['fr-FR', 'fr'],
    ['fr_CA', 'fr'],
    ['FR-be', 'fr'],
    ['en-US', 'en'],
    ['de-DE', 'en'],
    ['frisian', 'en'],
    ['', 'en'],
    [undefined, 'en'],
  ])('maps %s to %s', (language, expected) => {
    expect(detectLocale(language)).toBe(expected);
  });
});

describe('translate', () => {
  it('fills placeholders and groups numbers for the locale', () => {
    expect(translate(en, 'en', 'toWatch.remaining', { count: 1200 })).toBe('Episodes left: 1,200');
  });

  it('leaves a missing parameter visible', () => {
    expect(translate(fr, 'fr', 'pairing.status.failed', {})).toBe('Un problème est survenu\u00a0: {reason}');
  });

  it('lists each placeholder once, sorted', () => {
    expect(listPlaceholders('{b} {a} {b}')).toEqual(['a', 'b']);
  });
});
