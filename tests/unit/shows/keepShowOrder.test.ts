import { describe, expect, it } from 'vitest';
import { keepShowOrder } from '../../../src/screens/Shows/keepShowOrder';
import { makeShow } from './showFixtures';

function ids(shows: ReturnType<typeof makeShow>[]): number[] {
  return shows.map((show) => show.id);
}

function shows(...showIds: number[]): ReturnType<typeof makeShow>[] {
  return showIds.map((id) => makeShow(id));
}

describe('keepShowOrder', () => {
  it('keeps the places of a reordered list', () => {
    expect(ids(keepShowOrder(shows(1, 2, 3, 4), shows(3, 1, 2, 4)))).toEqual([1, 2, 3, 4]);
  });

  it('takes the new data of each show', () => {
    const fresh = makeShow(2, { remaining: 1, status: 95 });
    const ordered = keepShowOrder(shows(1, 2), [fresh, makeShow(1)]);

    expect(ordered[1]).toBe(fresh);
  });

  it('drops shows that are gone', () => {
    expect(ids(keepShowOrder(shows(1, 2, 3), shows(3, 1)))).toEqual([1, 3]);
  });

  it('adds new shows after the known ones, in their order', () => {
    expect(ids(keepShowOrder(shows(1, 2), shows(5, 2, 4, 1)))).toEqual([1, 2, 5, 4]);
  });

  it('takes the new order when nothing was shown', () => {
    expect(ids(keepShowOrder([], shows(3, 1, 2)))).toEqual([3, 1, 2]);
  });
});
