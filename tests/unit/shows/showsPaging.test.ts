import { describe, expect, it } from 'vitest';
import { FIRST_PAGE_SIZE, flattenShowPages, nextPageOffset, pageLimit, shouldLoadMore, type ShowsPage } from '../../../src/screens/Shows/showsPaging';
import { makeShow } from './showFixtures';

function page(offset: number, ids: number[], total: number): ShowsPage {
  return { offset, limit: pageLimit(offset), shows: ids.map((id) => makeShow(id)), total };
}

function range(from: number, count: number): number[] {
  return Array.from({ length: count }, (_, index) => from + index);
}

describe('pageLimit', () => {
  it('asks for a small first page, then 200 at a time', () => {
    expect(pageLimit(0)).toBe(FIRST_PAGE_SIZE);
    expect(pageLimit(40)).toBe(200);
    expect(pageLimit(1840)).toBe(200);
  });
});

describe('nextPageOffset', () => {
  it('continues after the first page', () => {
    const first = page(0, range(1, 40), 2000);

    expect(nextPageOffset(first, [first])).toBe(40);
  });

  it('continues 200 further after a full page', () => {
    const pages = [page(0, range(1, 40), 2000), page(40, range(41, 200), 2000)];

    expect(nextPageOffset(pages[1] as ShowsPage, pages)).toBe(240);
  });

  it('stops once the offsets reach the total', () => {
    const pages = [page(0, range(1, 40), 240), page(40, range(41, 200), 240)];

    expect(nextPageOffset(pages[1] as ShowsPage, pages)).toBeUndefined();
  });

  it('stops when everything fits in the first page', () => {
    const first = page(0, range(1, 30), 30);

    expect(nextPageOffset(first, [first])).toBeUndefined();
  });

  it('stops at an empty page', () => {
    const pages = [page(0, range(1, 40), 2000), page(40, [], 2000)];

    expect(nextPageOffset(pages[1] as ShowsPage, pages)).toBeUndefined();
  });

  it('stops on a page of repeated shows', () => {
    // What a server that ignores `offset` sends.
    const pages = [page(0, range(1, 40), 2000), page(40, range(1, 40), 2000)];

    expect(nextPageOffset(pages[1] as ShowsPage, pages)).toBeUndefined();
  });
});

describe('flattenShowPages', () => {
  it('keeps the order of the pages', () => {
    const shows = flattenShowPages([page(0, [3, 1], 4), page(40, [4, 2], 4)]);

    expect(shows.map((show) => show.id)).toEqual([3, 1, 4, 2]);
  });

  it('keeps a show that moved between two requests once', () => {
    const shows = flattenShowPages([page(0, [1, 2, 3], 5), page(40, [3, 4, 5], 5)]);

    expect(shows.map((show) => show.id)).toEqual([1, 2, 3, 4, 5]);
  });

  it('returns nothing for no page', () => {
    expect(flattenShowPages([])).toEqual([]);
  });
});

describe('shouldLoadMore', () => {
  it('waits while the focus is far from the end', () => {
    expect(shouldLoadMore(0, 240)).toBe(false);
    expect(shouldLoadMore(159, 240)).toBe(false);
  });

  it('asks for more 80 shows before the end', () => {
    expect(shouldLoadMore(160, 240)).toBe(true);
    expect(shouldLoadMore(239, 240)).toBe(true);
  });

  it('asks at once after a first page shorter than 80', () => {
    expect(shouldLoadMore(0, 40)).toBe(true);
  });
});
