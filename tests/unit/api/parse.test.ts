import { describe, expect, it } from 'vitest';
import { InvalidResponseError } from '../../../src/api/errors';
import {
  requireArray,
  requireRecord,
  requireText,
  toArray,
  toBool,
  toDateOrNull,
  toDateTimeOrNull,
  toInt,
  toNumber,
  toRecord,
  toText,
  toTextOrNull,
  toUrlOrNull,
  toValueList,
} from '../../../src/api/parse';

describe('toInt', () => {
  it.each([
    [16, 16],
    ['16', 16],
    [' 2 ', 2],
    ['+5', 5],
    ['-3', -3],
    [7.9, 7],
    ['7.9', 7],
    [-7.9, -7],
  ])('reads %j as %d', (input, expected) => {
    expect(toInt(input)).toBe(expected);
  });

  it.each([[null], [undefined], [''], ['abc'], ['12abc'], [true], [{}], [[]], [Number.NaN], [Number.POSITIVE_INFINITY]])(
    'falls back for %j',
    (input) => {
      expect(toInt(input)).toBe(0);
      expect(toInt(input, -1)).toBe(-1);
    },
  );
});

describe('toNumber', () => {
  it('reads decimal strings', () => {
    expect(toNumber('3.5')).toBe(3.5);
    expect(toNumber('.5')).toBe(0.5);
    expect(toNumber(4.25)).toBe(4.25);
  });

  it('falls back for text, exponents and objects', () => {
    expect(toNumber('3,5')).toBe(0);
    expect(toNumber('1e3')).toBe(0);
    expect(toNumber({ mean: 3 })).toBe(0);
    expect(toNumber(null, 9)).toBe(9);
  });
});

describe('toText and toTextOrNull', () => {
  it('keeps strings and prints finite numbers', () => {
    expect(toText('Lost')).toBe('Lost');
    expect(toText(2010)).toBe('2010');
  });

  it('falls back for null, booleans, objects and NaN', () => {
    expect(toText(null)).toBe('');
    expect(toText(false)).toBe('');
    expect(toText({ a: 1 })).toBe('');
    expect(toText(Number.NaN, 'x')).toBe('x');
  });

  it('gives null for blank values', () => {
    expect(toTextOrNull('   ')).toBeNull();
    expect(toTextOrNull(undefined)).toBeNull();
    expect(toTextOrNull('HBO')).toBe('HBO');
  });
});

describe('toBool', () => {
  it.each([
    [true, true],
    [1, true],
    ['1', true],
    ['true', true],
    [false, false],
    [0, false],
    ['0', false],
    ['false', false],
  ])('reads %j as %j', (input, expected) => {
    expect(toBool(input)).toBe(expected);
  });

  it('falls back for anything else', () => {
    expect(toBool(null)).toBe(false);
    expect(toBool('yes', true)).toBe(true);
    expect(toBool(2)).toBe(false);
  });
});

describe('toUrlOrNull', () => {
  it('keeps http and https URLs as sent', () => {
    expect(toUrlOrNull('https://pictures.example/poster.jpg')).toBe('https://pictures.example/poster.jpg');
    expect(toUrlOrNull(' http://127.0.0.1:8080/device ')).toBe('http://127.0.0.1:8080/device');
  });

  it.each([[null], [''], ['not a url'], ['/relative/path.jpg'], ['javascript:alert(1)'], ['data:image/png;base64,AAAA'], [42]])(
    'rejects %j',
    (input) => {
      expect(toUrlOrNull(input)).toBeNull();
    },
  );
});

describe('toDateOrNull', () => {
  it('keeps a plain date and drops a time after it', () => {
    expect(toDateOrNull('2024-02-29')).toBe('2024-02-29');
    expect(toDateOrNull('2024-03-01 21:00:00')).toBe('2024-03-01');
  });

  it.each([['0000-00-00'], ['2023-02-29'], ['2024-13-01'], ['2024-04-31'], ['01/03/2024'], [''], [null], [20240301]])(
    'rejects %j',
    (input) => {
      expect(toDateOrNull(input)).toBeNull();
    },
  );
});

describe('toDateTimeOrNull', () => {
  it('reads MySQL and ISO forms', () => {
    expect(toDateTimeOrNull('2024-03-01 21:05:09')).toBe('2024-03-01T21:05:09');
    expect(toDateTimeOrNull('2024-03-01T21:05')).toBe('2024-03-01T21:05:00');
  });

  it('rejects impossible times and plain dates', () => {
    expect(toDateTimeOrNull('2024-03-01 25:00:00')).toBeNull();
    expect(toDateTimeOrNull('0000-00-00 00:00:00')).toBeNull();
    expect(toDateTimeOrNull('2024-03-01')).toBeNull();
  });
});

describe('toRecord, toArray and toValueList', () => {
  it('replaces wrong types with empty values', () => {
    expect(toRecord(null)).toEqual({});
    expect(toRecord([1])).toEqual({});
    expect(toArray({ 0: 'a' })).toEqual([]);
    expect(toArray('abc')).toEqual([]);
  });

  it('reads object maps and arrays alike', () => {
    expect(toValueList({ drama: 'Drame', scifi: 'Science-fiction' })).toEqual(['Drame', 'Science-fiction']);
    expect(toValueList(['Drame'])).toEqual(['Drame']);
    expect(toValueList('Drame')).toEqual([]);
  });
});

describe('require helpers', () => {
  it('name the missing field in the error', () => {
    expect(() => requireArray({ shows: {} }, 'shows', 'GET /shows/member')).toThrow(InvalidResponseError);
    expect(() => requireArray({ shows: {} }, 'shows', 'GET /shows/member')).toThrow(/"shows"/);
    expect(() => requireRecord({ member: [] }, 'member', 'GET /members/infos')).toThrow(/"member"/);
    expect(() => requireText({ user_code: '  ' }, 'user_code', 'POST /oauth/device')).toThrow(/"user_code"/);
  });

  it('mark shape errors as not transient', () => {
    try {
      requireArray({}, 'episodes', 'GET /planning/member');
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(InvalidResponseError);
      expect((error as InvalidResponseError).status).toBe(200);
    }
  });

  it('return the value when present', () => {
    expect(requireArray({ shows: [1] }, 'shows', 'x')).toEqual([1]);
    expect(requireText({ user_code: 975820 }, 'user_code', 'x')).toBe('975820');
  });
});
