/**
 * Stands in for `lodash-es` in the build (`resolve.alias` in vite.config.ts). Norigin spatial
 * navigation (core 4.1.1, React bindings 3.3.0) imports twelve lodash functions, and those pull
 * in lodash's generic iteratee and deep-equality code. With this file instead, the first load
 * went from 117.3 kB to 110.4 kB of gzip (tests/integration/bundleBudget.test.ts measures it).
 * Each function here does what lodash does for the arguments norigin passes (plain objects and
 * arrays, function iteratees, the option sets it uses) and nothing more.
 *
 * NOTE: a norigin release that imports another lodash function fails the build with a missing
 * export, and one that passes other arguments or options needs this file checked again.
 */

type Iteratee<T, R> = (value: T, key: string, collection: Record<string, T>) => R;

/** A debounced or throttled function with lodash's `cancel()`, the only method norigin calls. */
export interface Cancelable<A extends unknown[]> {
  (...args: A): void;
  cancel(): void;
}

/** Does nothing: norigin's default for the callbacks a focusable leaves out. */
export function noop(): void {}

let lastId = 0;

/** Returns `prefix` followed by a number that grows by one on each call, starting at 1 as lodash's. */
export function uniqueId(prefix = ''): string {
  lastId += 1;

  return `${prefix}${lastId}`;
}

/** Returns the first element of `array`, or `undefined` for an empty or missing array. */
export function first<T>(array: readonly T[] | null | undefined): T | undefined {
  return array ? array[0] : undefined;
}

/**
 * Copies the own enumerable properties of each source onto `target` and returns it. Norigin uses
 * it to lay the methods of a partial `layoutAdapter` over its own adapter.
 */
export function assign<T extends object>(target: T, ...sources: object[]): T {
  return Object.assign(target, ...sources);
}

/**
 * Calls `iteratee` for each own enumerable property of `object`, in `Object.keys` order, and stops
 * early when it returns `false`, as lodash does.
 */
export function forOwn<T>(object: Record<string, T> | null | undefined, iteratee: Iteratee<T, unknown>): Record<string, T> | null | undefined {
  if (!object) {
    return object;
  }

  for (const key of Object.keys(object)) {
    if (iteratee(object[key] as T, key, object) === false) {
      break;
    }
  }

  return object;
}

/** Calls `iteratee` for each element of `array` and stops early when it returns `false`, as lodash does. */
export function forEach<T>(array: readonly T[] | null | undefined, iteratee: (value: T, index: number, array: readonly T[]) => unknown): readonly T[] | null | undefined {
  if (!array) {
    return array;
  }

  for (let index = 0; index < array.length; index += 1) {
    if (iteratee(array[index] as T, index, array) === false) {
      break;
    }
  }

  return array;
}

/** Returns the first own key of `object`, in `Object.keys` order, whose value `predicate` accepts. */
export function findKey<T>(object: Record<string, T> | null | undefined, predicate: Iteratee<T, unknown>): string | undefined {
  if (!object) {
    return undefined;
  }

  return Object.keys(object).find((key) => predicate(object[key] as T, key, object));
}

/**
 * Returns the elements (of an array) or the property values (of an object) that `predicate`
 * accepts, in order. Norigin passes its map of focusable components, keyed by focus key.
 */
export function filter<T>(collection: readonly T[] | Record<string, T> | null | undefined, predicate: (value: T, key: string | number, collection: unknown) => unknown): T[] {
  if (!collection) {
    return [];
  }

  if (Array.isArray(collection)) {
    return (collection as readonly T[]).filter((value, index) => predicate(value, index, collection));
  }

  const object = collection as Record<string, T>;
  return Object.keys(object)
    .filter((key) => predicate(object[key] as T, key, object))
    .map((key) => object[key] as T);
}

/** Returns the elements of `array` that are not in `excluded` (SameValueZero, as `includes`), in order, duplicates kept. */
export function difference<T>(array: readonly T[] | null | undefined, excluded: readonly T[] = []): T[] {
  if (!array) {
    return [];
  }

  return array.filter((value) => !excluded.includes(value));
}

/** Ranks a sort key as lodash's `sortBy` does: numbers, then `null`, then `undefined`, then `NaN`. */
function rankSortKey(key: unknown): number {
  if (typeof key === 'number' && !Number.isNaN(key)) {
    return 0;
  }

  if (key === null) {
    return 1;
  }

  return key === undefined ? 2 : 3;
}

/**
 * Orders two sort keys ascending, as lodash's `sortBy` does for the numbers norigin sorts by
 * (distances). Other key types are not supported: they rank as `NaN`.
 */
function compareSortKeys(a: unknown, b: unknown): number {
  const rankDifference = rankSortKey(a) - rankSortKey(b);

  if (rankDifference !== 0 || rankSortKey(a) !== 0) {
    return rankDifference;
  }

  return (a as number) - (b as number);
}

/**
 * Returns a copy of `array` sorted by `iteratee`'s result, ascending. The sort is stable: elements
 * with equal keys keep their order, which decides between two siblings at the same distance.
 */
export function sortBy<T>(array: readonly T[] | null | undefined, iteratee: (value: T) => unknown): T[] {
  if (!array) {
    return [];
  }

  const keyed = array.map((value, index) => ({ value, index, key: iteratee(value) }));
  keyed.sort((a, b) => compareSortKeys(a.key, b.key) || a.index - b.index);

  return keyed.map((entry) => entry.value);
}

/**
 * Delays `func` until `wait` ms have passed since the last call, then calls it once with the last
 * call's arguments and `this`. Only the options norigin passes are supported: `{ leading: false,
 * trailing: true }`, lodash's defaults. Norigin debounces an unbound method and calls the result as
 * a method, so `this` must be kept.
 */
export function debounce<A extends unknown[]>(func: (...args: A) => unknown, wait: number, options: { leading?: false; trailing?: true } = {}): Cancelable<A> {
  assertSupportedOptions('debounce', options, { leading: false, trailing: true });

  let timer: ReturnType<typeof setTimeout> | undefined;

  const debounced = function (this: unknown, ...args: A): void {
    clearTimeout(timer);

    timer = setTimeout(() => {
      timer = undefined;
      func.apply(this, args);
    }, wait);
  } as Cancelable<A>;

  debounced.cancel = () => {
    clearTimeout(timer);
    timer = undefined;
  };

  return debounced;
}

/**
 * Calls `func` at once, then drops every call until `wait` ms have passed since that call ran.
 * Only `{ leading: true, trailing: false }` is supported, the options norigin passes. `cancel()`
 * forgets the last call, so the next one runs at once; norigin cancels on each key-up, so only a
 * held key is throttled. A clock set back also lets the next call run, as lodash's does.
 */
export function throttle<A extends unknown[]>(func: (...args: A) => unknown, wait: number, options: { leading?: true; trailing?: false }): Cancelable<A> {
  assertSupportedOptions('throttle', options, { leading: true, trailing: false });

  let lastRunAt: number | undefined;

  const throttled = function (this: unknown, ...args: A): void {
    const now = Date.now();
    const elapsed = lastRunAt === undefined ? wait : now - lastRunAt;

    if (elapsed < wait && elapsed >= 0) {
      return;
    }

    lastRunAt = now;
    func.apply(this, args);
  } as Cancelable<A>;

  throttled.cancel = () => {
    lastRunAt = undefined;
  };

  return throttled;
}

/** Throws when a caller passes options this file does not implement, instead of ignoring them. */
function assertSupportedOptions(name: string, options: object, supported: Record<string, boolean>): void {
  for (const [option, value] of Object.entries(options)) {
    if (supported[option] !== value) {
      throw new Error(`${name}: option ${option}=${String(value)} is not supported by src/vendor/lodashEs.ts, which implements only what norigin passes; extend it or remove the lodash-es alias from vite.config.ts.`);
    }
  }
}
