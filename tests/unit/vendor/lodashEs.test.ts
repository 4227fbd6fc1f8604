import * as lodash from 'lodash-es';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import * as ours from '../../../src/vendor/lodashEs';

/**
 * The stand-in for lodash-es must do what lodash does for the calls norigin makes. Each case runs
 * against lodash-es itself too (installed as norigin's dependency; Vitest applies no alias), so a
 * difference fails the test rather than the focus on a TV.
 */

/** Norigin's map of focusable components, keyed by focus key, reduced to what its callbacks read. */
const COMPONENTS: Record<string, { focusKey: string; parentFocusKey: string; focusable: boolean; forceFocus: boolean; left: number }> = {
  'menu': { focusKey: 'menu', parentFocusKey: 'SN:ROOT', focusable: true, forceFocus: false, left: 0 },
  'row-0': { focusKey: 'row-0', parentFocusKey: 'home', focusable: true, forceFocus: true, left: 300 },
  'row-1': { focusKey: 'row-1', parentFocusKey: 'home', focusable: false, forceFocus: false, left: 300 },
  'card-0': { focusKey: 'card-0', parentFocusKey: 'row-0', focusable: true, forceFocus: true, left: 300 },
  'card-1': { focusKey: 'card-1', parentFocusKey: 'row-0', focusable: true, forceFocus: false, left: 520 },
};

/** Norigin's key map: each direction with the key codes that press it. */
const KEY_MAP: Record<string, number[]> = { left: [37, 21], up: [38, 19], right: [39, 22], down: [40, 20], enter: [13, 23] };

describe('lodash-es stand-in', () => {
  it('is not lodash-es itself in this test', () => {
    expect(ours.sortBy).not.toBe(lodash.sortBy);
  });

  it('finds the direction of a key code', () => {
    for (const keyCode of [37, 19, 22, 20, 13, 23, 999]) {
      const predicate = (codes: number[]) => codes.includes(keyCode);

      expect(ours.findKey(KEY_MAP, predicate), `key code ${keyCode}`).toBe(lodash.findKey(KEY_MAP, predicate));
    }

    expect(ours.findKey(KEY_MAP, (codes) => codes.includes(21))).toBe('left');
    expect(ours.findKey(KEY_MAP, (codes) => codes.includes(999))).toBeUndefined();
  });

  it('filters the values of an object and of an array', () => {
    const siblings = (component: { parentFocusKey: string; focusable: boolean }) => component.parentFocusKey === 'row-0' && component.focusable;
    const forced = (component: { forceFocus: boolean }) => component.forceFocus;

    expect(ours.filter(COMPONENTS, siblings)).toEqual(lodash.filter(COMPONENTS, siblings));
    expect(ours.filter(COMPONENTS, forced).map((component) => component.focusKey)).toEqual(['row-0', 'card-0']);
    expect(ours.filter([3, 1, 4, 1, 5], (value) => value > 1)).toEqual([3, 4, 5]);
    expect(ours.filter(null, () => true)).toEqual([]);
  });

  it('sorts by a number, ties in their first order', () => {
    const components = Object.values(COMPONENTS);
    const byLeft = (component: { left: number }) => component.left;

    expect(ours.sortBy(components, byLeft)).toEqual(lodash.sortBy(components, byLeft));
    expect(ours.sortBy(components, byLeft).map((component) => component.focusKey)).toEqual(['menu', 'row-0', 'row-1', 'card-0', 'card-1']);
  });

  it('sorts null, undefined and NaN keys last', () => {
    const values = [5, Number.NaN, -1, undefined, 0, null, 5, Number.POSITIVE_INFINITY, -0, Number.NaN, null];
    const identity = (value: number | null | undefined) => value;

    expect(ours.sortBy(values, identity)).toEqual(lodash.sortBy(values, identity));
  });

  it('sorts without changing its input', () => {
    const values = [3, 1, 2];

    expect(ours.sortBy(values, (value) => value)).toEqual([1, 2, 3]);
    expect(values).toEqual([3, 1, 2]);
  });

  it('takes the first element or undefined', () => {
    expect(ours.first(['a', 'b'])).toBe('a');
    expect(ours.first([])).toBeUndefined();
    expect(ours.first(undefined)).toBeUndefined();
  });

  it('keeps the parents not in the other chain', () => {
    const previous = ['row-0', 'home', 'SN:ROOT'];
    const next = ['row-1', 'home', 'SN:ROOT'];

    expect(ours.difference(previous, next)).toEqual(lodash.difference(previous, next));
    expect(ours.difference(next, previous)).toEqual(['row-1']);
    expect(ours.difference(['a', 'a', 'b'], ['b'])).toEqual(['a', 'a']);
    expect(ours.difference([Number.NaN, 1], [Number.NaN])).toEqual([1]);
  });

  it('iterates arrays and objects until false', () => {
    const seenInArray: string[] = [];
    ours.forEach(['a', 'b', 'c'], (value) => {
      seenInArray.push(value);
      return value !== 'b';
    });

    const seenInObject: string[] = [];
    ours.forOwn(COMPONENTS, (component, key) => {
      seenInObject.push(`${key}:${component.parentFocusKey}`);
    });

    expect(seenInArray).toEqual(['a', 'b']);
    expect(seenInObject).toEqual(['menu:SN:ROOT', 'row-0:home', 'row-1:home', 'card-0:row-0', 'card-1:row-0']);
  });

  it('lays a partial adapter over the default one', () => {
    const measureLayout = () => ({ width: 1 });
    const adapter = { measureLayout: () => ({ width: 0 }), focusNode: () => undefined };

    const result = ours.assign(adapter, { measureLayout });

    expect(result).toBe(adapter);
    expect(adapter.measureLayout).toBe(measureLayout);
    expect(typeof adapter.focusNode).toBe('function');
  });

  it('numbers ids after their prefix, one up each call', () => {
    const firstId = ours.uniqueId('sn:focusable-item-');
    const secondId = ours.uniqueId('sn:focusable-item-');
    const firstNumber = Number(firstId.slice('sn:focusable-item-'.length));

    expect(firstId).toMatch(/^sn:focusable-item-\d+$/);
    expect(secondId).toBe(`sn:focusable-item-${firstNumber + 1}`);
    expect(ours.noop()).toBeUndefined();
  });
});

describe('throttle and debounce stand-ins', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });

  afterEach(() => {
    vi.useRealTimers();
  });

  /** Calls `throttled` at each time of `times` (ms from now) and returns the times at which `func` ran. */
  function runsAt(make: typeof ours.throttle, times: number[], cancelAt: number[] = []): number[] {
    const start = Date.now();
    const runs: number[] = [];
    const throttled = make(() => runs.push(Date.now() - start), 120, { leading: true, trailing: false });

    const events = [...times.map((time) => ({ time, cancel: false })), ...cancelAt.map((time) => ({ time, cancel: true }))].sort((a, b) => a.time - b.time);
    for (const event of events) {
      vi.setSystemTime(start + event.time);
      vi.advanceTimersByTime(0);

      if (event.cancel) {
        throttled.cancel();
      } else {
        throttled();
      }
    }

    vi.setSystemTime(start + 1000);
    vi.advanceTimersByTime(1000);
    return runs;
  }

  it('throttle runs a held key at most every 120 ms, with no trailing call', () => {
    const heldKey = [0, 30, 60, 90, 119, 120, 150, 239, 240, 300];

    expect(runsAt(ours.throttle, heldKey)).toEqual([0, 120, 240]);
    expect(runsAt(ours.throttle, heldKey)).toEqual(runsAt(lodash.throttle, heldKey));
  });

  it('throttle runs a press after cancel at once', () => {
    const presses = [0, 40, 80];
    const keyUps = [20, 60];

    expect(runsAt(ours.throttle, presses, keyUps)).toEqual([0, 40, 80]);
    expect(runsAt(ours.throttle, presses, keyUps)).toEqual(runsAt(lodash.throttle, presses, keyUps));
  });

  it('throttle passes arguments and this', () => {
    const calls: Array<[unknown, string]> = [];
    const target = {
      name: 'service',
      listener: ours.throttle(function (this: { name: string }, key: string) {
        calls.push([this.name, key]);
      }, 120, { leading: true, trailing: false }),
    };

    target.listener('left');

    expect(calls).toEqual([['service', 'left']]);
  });

  it('debounce runs once, 300 ms after the last call, with its arguments and this', () => {
    const calls: Array<[string, string]> = [];
    const service = {
      name: 'service',
      setFocus(this: { name: string }, focusKey: string) {
        calls.push([this.name, focusKey]);
      },
      setFocusDebounced: undefined as unknown as ours.Cancelable<[string]>,
    };
    service.setFocusDebounced = ours.debounce(service.setFocus, 300, { leading: false, trailing: true });

    service.setFocusDebounced('row-0');
    vi.advanceTimersByTime(200);
    service.setFocusDebounced('row-1');
    vi.advanceTimersByTime(299);

    expect(calls).toEqual([]);

    vi.advanceTimersByTime(1);

    expect(calls).toEqual([['service', 'row-1']]);
  });

  it('debounce runs nothing after cancel', () => {
    const func = vi.fn();
    const debounced = ours.debounce(func, 300, { leading: false, trailing: true });

    debounced('row-0');
    vi.advanceTimersByTime(100);
    debounced.cancel();
    vi.advanceTimersByTime(1000);

    expect(func).not.toHaveBeenCalled();
  });

  it('rejects options it does not implement', () => {
    expect(() => ours.throttle(() => undefined, 120, { leading: true, trailing: true as unknown as false })).toThrow(/option trailing=true is not supported/);
    expect(() => ours.debounce(() => undefined, 300, { leading: true as unknown as false })).toThrow(/option leading=true is not supported/);
  });
});
