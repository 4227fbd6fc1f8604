import { InvalidResponseError } from './errors';

/**
 * Lenient readers for raw BetaSeries JSON. The API sends numbers as strings (`"seasons":"2"`),
 * `null` for any image and leaves optional objects out, so the `to*` helpers accept every
 * plausible input, fall back to a safe default and never throw. The `require*` helpers are for
 * the fields a reply cannot do without, and throw `InvalidResponseError` naming the field.
 */

export type JsonRecord = Record<string, unknown>;

const INTEGER_TEXT = /^[-+]?\d+$/;
const DECIMAL_TEXT = /^[-+]?(\d+\.?\d*|\.\d+)$/;
const DATE_PREFIX = /^(\d{4})-(\d{2})-(\d{2})/;
const DATE_TIME_TEXT = /^(\d{4})-(\d{2})-(\d{2})[ T](\d{2}):(\d{2})(?::(\d{2}))?/;

/**
 * The status given to shape errors. The HTTP exchange itself succeeded and a retry would get
 * the same shape, so `isTransient` must return false for them.
 */
const SHAPE_ERROR_STATUS = 200;

/** Builds the error for a success reply whose `field` has the wrong shape, `problem` saying how. */
export function invalidShape(context: string, field: string, problem: string): InvalidResponseError {
  return new InvalidResponseError(`Invalid reply from ${context}: "${field}" ${problem}`, SHAPE_ERROR_STATUS);
}

export function isRecord(value: unknown): value is JsonRecord {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Returns the object itself, or an empty object for `null`, arrays and scalars. */
export function toRecord(value: unknown): JsonRecord {
  return isRecord(value) ? value : {};
}

/** Returns the array itself, or an empty array for anything else. */
export function toArray(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

/** Reads a finite number or a decimal string (`"3.5"`, `" 7 "`), or returns `fallback`. */
export function toNumber(value: unknown, fallback = 0): number {
  if (typeof value === 'number') {
    return Number.isFinite(value) ? value : fallback;
  }

  if (typeof value !== 'string') {
    return fallback;
  }

  const trimmed = value.trim();
  if (!DECIMAL_TEXT.test(trimmed)) {
    return fallback;
  }

  return Number(trimmed);
}

/** Reads an integer from a number or a numeric string. Decimals are truncated toward zero. */
export function toInt(value: unknown, fallback = 0): number {
  if (typeof value === 'string' && INTEGER_TEXT.test(value.trim())) {
    return parseInt(value.trim(), 10);
  }

  const number = toNumber(value, Number.NaN);

  return Number.isNaN(number) ? fallback : Math.trunc(number);
}

/** Reads a string or a finite number as text, or returns `fallback` for `null`, objects and booleans. */
export function toText(value: unknown, fallback = ''): string {
  if (typeof value === 'string') {
    return value;
  }

  if (typeof value === 'number' && Number.isFinite(value)) {
    return String(value);
  }

  return fallback;
}

/** Like `toText`, but `null` for a missing or blank value. */
export function toTextOrNull(value: unknown): string | null {
  const text = toText(value);

  return text.trim() === '' ? null : text;
}

/**
 * True for `true`, `1`, `"1"` and `"true"`; false for their opposites; `fallback` otherwise.
 * BetaSeries sends flags both as booleans and as `0`/`1`.
 */
export function toBool(value: unknown, fallback = false): boolean {
  if (typeof value === 'boolean') {
    return value;
  }

  if (value === 1 || value === '1' || value === 'true') {
    return true;
  }

  if (value === 0 || value === '0' || value === 'false') {
    return false;
  }

  return fallback;
}

/**
 * Returns the trimmed value when it is an absolute `http:` or `https:` URL, otherwise `null`. This keeps
 * `javascript:` and other schemes out of `<img src>` and links, since member-written fields
 * share the same JSON.
 */
export function toUrlOrNull(value: unknown): string | null {
  if (typeof value !== 'string' || value.trim() === '') {
    return null;
  }

  let url: URL;
  try {
    url = new URL(value.trim());
  } catch {
    return null;
  }

  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    return null;
  }

  return value.trim();
}

function isValidDate(year: number, month: number, day: number): boolean {
  if (year < 1 || month < 1 || month > 12 || day < 1) {
    return false;
  }

  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();

  return day <= daysInMonth;
}

/**
 * Reads the `YYYY-MM-DD` date at the start of the value and drops any time after it. Returns
 * `null` for MySQL's `0000-00-00`, impossible dates and anything else.
 */
export function toDateOrNull(value: unknown): string | null {
  if (typeof value !== 'string') {
    return null;
  }

  const match = DATE_PREFIX.exec(value.trim());
  if (!match) {
    return null;
  }

  const [, year = '', month = '', day = ''] = match;
  if (!isValidDate(Number(year), Number(month), Number(day))) {
    return null;
  }

  return `${year}-${month}-${day}`;
}

/**
 * Reads `YYYY-MM-DD HH:MM[:SS]` or its ISO form as `YYYY-MM-DDTHH:MM:SS`, or returns `null`. The result has
 * no time zone because the API sends none.
 */
export function toDateTimeOrNull(value: unknown): string | null {
  if (typeof value !== 'string') {
    return null;
  }

  const match = DATE_TIME_TEXT.exec(value.trim());
  if (!match) {
    return null;
  }

  const [, year = '', month = '', day = '', hours = '', minutes = '', seconds = '00'] = match;
  if (!isValidDate(Number(year), Number(month), Number(day))) {
    return null;
  }

  if (Number(hours) > 23 || Number(minutes) > 59 || Number(seconds) > 59) {
    return null;
  }

  return `${year}-${month}-${day}T${hours}:${minutes}:${seconds}`;
}

/**
 * Returns the values of an object's entries, or the array itself. BetaSeries sends some lists (genres,
 * seasons) as `{"key": value}` objects on some endpoints and as arrays on others.
 */
export function toValueList(value: unknown): unknown[] {
  if (Array.isArray(value)) {
    return value;
  }

  if (!isRecord(value)) {
    return [];
  }

  return Object.keys(value).map((key) => value[key]);
}

/**
 * Returns the object at `reply[field]`. A success reply without it cannot be used, so this
 * throws `InvalidResponseError` naming the field.
 */
export function requireRecord(reply: JsonRecord, field: string, context: string): JsonRecord {
  const value = reply[field];
  if (!isRecord(value)) {
    throw invalidShape(context, field, 'is missing or not an object');
  }

  return value;
}

/** Returns the array at `reply[field]`, or throws `InvalidResponseError` naming the field. */
export function requireArray(reply: JsonRecord, field: string, context: string): unknown[] {
  const value = reply[field];
  if (!Array.isArray(value)) {
    throw invalidShape(context, field, 'is missing or not an array');
  }

  return value;
}

/** Returns the non-blank text at `reply[field]`, or throws `InvalidResponseError` naming the field. */
export function requireText(reply: JsonRecord, field: string, context: string): string {
  const text = toTextOrNull(reply[field]);
  if (text === null) {
    throw invalidShape(context, field, 'is missing or empty');
  }

  return text;
}
