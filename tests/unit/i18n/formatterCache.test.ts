import { afterEach, describe, expect, it, vi } from 'vitest';
import { en } from '../../../src/i18n/en';
import { formatDate, getDateTimeFormat } from '../../../src/i18n/format';
import { fr } from '../../../src/i18n/fr';
import { getNumberFormat, translate } from '../../../src/i18n/translate';

afterEach(() => {
  vi.restoreAllMocks();
});

describe('number formatter cache', () => {
  it('returns the same formatter for a locale', () => {
    expect(getNumberFormat('fr')).toBe(getNumberFormat('fr'));
  });

  it('keeps locales apart', () => {
    expect(getNumberFormat('fr')).not.toBe(getNumberFormat('en'));
    expect(getNumberFormat('fr').format(1234)).toBe('1\u202f234');
    expect(getNumberFormat('en').format(1234)).toBe('1,234');
  });

  it('keeps option sets apart', () => {
    const percent = getNumberFormat('en', { style: 'percent' });

    expect(percent).not.toBe(getNumberFormat('en'));
    expect(percent).toBe(getNumberFormat('en', { style: 'percent' }));
    expect(percent.format(0.5)).toBe('50%');
  });

  it('builds no formatter on a second translate', () => {
    translate(en, 'en', 'toWatch.remaining', { count: 3 });
    const constructor = vi.spyOn(Intl, 'NumberFormat');

    const english = translate(en, 'en', 'toWatch.remaining', { count: 1200 });

    expect(english).toBe('Episodes left: 1,200');
    expect(constructor).not.toHaveBeenCalled();
  });

  it('groups digits per locale after caching', () => {
    translate(en, 'en', 'toWatch.remaining', { count: 1 });
    translate(fr, 'fr', 'toWatch.remaining', { count: 1 });

    expect(translate(en, 'en', 'toWatch.remaining', { count: 1200 })).toBe('Episodes left: 1,200');
    expect(translate(fr, 'fr', 'toWatch.remaining', { count: 1200 })).toContain('1\u202f200');
  });
});

describe('date formatter cache', () => {
  it('returns the same formatter for a locale and options', () => {
    const options: Intl.DateTimeFormatOptions = { day: 'numeric', month: 'short' };

    expect(getDateTimeFormat('en', options)).toBe(getDateTimeFormat('en', { ...options }));
    expect(getDateTimeFormat('en', options)).not.toBe(getDateTimeFormat('fr', options));
    expect(getDateTimeFormat('en', options)).not.toBe(getDateTimeFormat('en', { day: 'numeric', month: 'long' }));
  });

  it('builds no formatter on a second formatDate', () => {
    formatDate('2024-03-05', 'fr');
    const constructor = vi.spyOn(Intl, 'DateTimeFormat');

    const french = formatDate('2025-12-31', 'fr');

    expect(french).toBe('31 décembre 2025');
    expect(constructor).not.toHaveBeenCalled();
  });

  it('formats each locale right after caching', () => {
    formatDate('2024-03-05', 'en');
    formatDate('2024-03-05', 'fr');

    expect(formatDate('2024-03-05', 'fr')).toBe('5 mars 2024');
    expect(formatDate('2024-03-05', 'en')).toBe('March 5, 2024');
  });
});
