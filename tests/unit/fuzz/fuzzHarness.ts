import type { ApiClient } from '../../../src/api/client';
import { AbortedError, ApiError, InvalidResponseError, NetworkError, TimeoutError } from '../../../src/api/errors';
import { mutateReply, type Json } from './mutateReply';
import type { ReplyServer } from './replyServer';
import type { SeededRandom } from './seededRandom';

/** A public function of `src/api` under test, and the captured reply its mutations start from. */
export interface FuzzTarget {
  name: string;
  /** The corpus entry (`METHOD /path`). */
  reply: string;
  call(client: ApiClient): Promise<unknown>;
}

/** Outcome counts of one target's mutated replies. Each failure line contains the seed, case and mutations that replay it. */
export interface FuzzResult {
  parsed: number;
  typedErrors: number;
  uncaught: string[];
  typeProblems: string[];
}

/** Returns whether `error` is one of the errors `src/api` documents. Anything else escaping a public function is a bug. */
export function isTypedApiError(error: unknown): boolean {
  return (
    error instanceof ApiError ||
    error instanceof InvalidResponseError ||
    error instanceof NetworkError ||
    error instanceof TimeoutError ||
    error instanceof AbortedError
  );
}

/** Keys whose string values the app puts in `src` or `href`, so they must be http(s) URLs. */
const URL_KEYS = /^(poster|banner|box|show|logo|link|avatar|image|backdrop|resourceUrl|verificationUrl|verificationUrlComplete)$/;

/**
 * Lists what a parsed value breaks of the app's types: non-finite numbers, `undefined` inside
 * a value, URLs that are not http(s). A function that returns nothing gives `undefined` itself.
 */
export function findTypeProblems(value: unknown, path = 'result', problems: string[] = []): string[] {
  if (value === undefined && path === 'result') {
    return problems;
  }

  if (value === undefined) {
    problems.push(`${path} is undefined`);
    return problems;
  }

  if (typeof value === 'number' && !Number.isFinite(value)) {
    problems.push(`${path} is ${value}`);
  }

  if (Array.isArray(value)) {
    value.forEach((item, index) => findTypeProblems(item, `${path}[${index}]`, problems));
    return problems;
  }

  if (value === null || typeof value !== 'object') {
    return problems;
  }

  for (const [key, field] of Object.entries(value)) {
    // `payload` is the notification's type-specific data, passed on as the API sent it.
    if (key === 'payload') {
      continue;
    }

    if (URL_KEYS.test(key) && typeof field === 'string' && !/^https?:\/\//i.test(field)) {
      problems.push(`${path}.${key} is not an http(s) URL: ${field.slice(0, 60)}`);
    }

    findTypeProblems(field, `${path}.${key}`, problems);
  }

  return problems;
}

/**
 * Serves `count` mutations of `sample` one after the other and calls `target` on each. A
 * resolved value must pass `findTypeProblems`, and a rejection must be one of the typed errors.
 */
export async function fuzzTarget(
  target: FuzzTarget,
  sample: Json,
  options: { server: ReplyServer; client: ApiClient; random: SeededRandom; count: number; seed: number },
): Promise<FuzzResult> {
  const result: FuzzResult = { parsed: 0, typedErrors: 0, uncaught: [], typeProblems: [] };

  for (let caseNumber = 0; caseNumber < options.count; caseNumber += 1) {
    const { reply, mutations } = mutateReply(sample, options.random);
    options.server.reply = reply;
    const replay = `seed ${options.seed}, ${target.name} case ${caseNumber}: ${mutations.join('; ')}`;

    let value: unknown;
    try {
      value = await target.call(options.client);
    } catch (error) {
      if (isTypedApiError(error)) {
        result.typedErrors += 1;
      } else {
        result.uncaught.push(`${replay} -> ${error instanceof Error ? `${error.name}: ${error.message}` : String(error)}`);
      }

      continue;
    }

    result.parsed += 1;
    const problems = findTypeProblems(value);
    if (problems.length > 0) {
      result.typeProblems.push(`${replay} -> ${problems.slice(0, 3).join(', ')}`);
    }
  }

  return result;
}
