import { ApiFailure } from './apiFailure';
import type { ApiContext } from './context';

/** Typed reads of request parameters. Missing or invalid values raise the API's errors 3001 and 3004. */

/** Returns the trimmed value, or undefined when absent or empty. */
export function textParam(ctx: ApiContext, name: string): string | undefined {
  const value = ctx.params.get(name)?.trim();
  return value === undefined || value === '' ? undefined : value;
}

export function requiredText(ctx: ApiContext, name: string): string {
  const value = textParam(ctx, name);
  if (value === undefined) {
    throw new ApiFailure('missingParameter', { name });
  }

  return value;
}

function parseInteger(ctx: ApiContext, name: string, raw: string): number {
  if (!/^-?\d+$/.test(raw)) {
    throw new ApiFailure('invalidParameter', { name });
  }

  return Number(raw);
}

export function requiredInt(ctx: ApiContext, name: string): number {
  return parseInteger(ctx, name, requiredText(ctx, name));
}

interface IntOptions {
  min?: number;
  /** Larger values are lowered to this, silently, as the API does for `limit`. */
  cap?: number;
}

export function intParam(ctx: ApiContext, name: string, fallback: number, options: IntOptions = {}): number {
  const raw = textParam(ctx, name);
  if (raw === undefined) {
    return fallback;
  }

  const value = parseInteger(ctx, name, raw);
  if (options.min !== undefined && value < options.min) {
    throw new ApiFailure('invalidParameter', { name });
  }

  return options.cap !== undefined ? Math.min(value, options.cap) : value;
}

const TRUE_VALUES = new Set(['1', 'true', 'yes', 'on']);
const FALSE_VALUES = new Set(['0', 'false', 'no', 'off']);

export function boolParam(ctx: ApiContext, name: string, fallback: boolean): boolean {
  const raw = textParam(ctx, name)?.toLowerCase();
  if (raw === undefined) {
    return fallback;
  }

  if (TRUE_VALUES.has(raw)) {
    return true;
  }

  if (FALSE_VALUES.has(raw)) {
    return false;
  }

  throw new ApiFailure('invalidParameter', { name });
}

/** Reads a required comma list of integers, such as `id=101001,101002`. */
export function intListParam(ctx: ApiContext, name: string): number[] {
  const raw = requiredText(ctx, name);
  const parts = raw.split(',').map((part) => part.trim()).filter((part) => part !== '');
  if (parts.length === 0) {
    throw new ApiFailure('missingParameter', { name });
  }

  return parts.map((part) => parseInteger(ctx, name, part));
}
