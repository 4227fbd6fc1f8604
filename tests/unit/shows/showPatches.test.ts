import type { InfiniteData } from '@tanstack/react-query';
import { describe, expect, it } from 'vitest';
import { memberShowsChange, withOneMoreEpisodeSeen } from '../../../src/screens/Shows/memberShowsPatch';
import type { ShowsPage } from '../../../src/screens/Shows/showsPaging';
import { leaveMemberShowsChange, markArchived, markFollowed, markUnfollowed, showEverywhereChange } from '../../../src/screens/Show/showCachePatches';
import { makeShow } from './showFixtures';

const SHOWS_KEY = ['member', 7, 'shows', { status: 'all', order: 'last_seen' }, 'en'];
const DETAILS_KEY = ['member', 7, 'show', 2, 'details', 'en'];

function pages(): InfiniteData<ShowsPage> {
  return {
    pages: [
      { offset: 0, limit: 40, shows: [makeShow(1), makeShow(2)], total: 3 },
      { offset: 40, limit: 200, shows: [makeShow(3)], total: 3 },
    ],
    pageParams: [0, 40],
  };
}

describe('withOneMoreEpisodeSeen', () => {
  it('counts one episode fewer and raises the share seen', () => {
    // 60 % seen with 4 left: 10 released, 6 seen; one more makes 7 of 10.
    const show = withOneMoreEpisodeSeen(makeShow(1));

    expect(show.user?.remaining).toBe(3);
    expect(show.user?.progressPercent).toBe(70);
    expect(show.user?.next).toBeNull();
  });

  it('leaves a show with nothing left as it is', () => {
    const show = makeShow(1, { remaining: 0, status: 100 });

    expect(withOneMoreEpisodeSeen(show)).toBe(show);
  });

  it('reaches 100 % on the last episode', () => {
    const show = withOneMoreEpisodeSeen(makeShow(1, { remaining: 1, status: 90 }));

    expect(show.user?.progressPercent).toBe(100);
    expect(show.user?.remaining).toBe(0);
  });
});

describe('memberShowsChange', () => {
  it('updates the show in the page that holds it', () => {
    const data = pages();
    const next = memberShowsChange(3, withOneMoreEpisodeSeen)(SHOWS_KEY, data) as InfiniteData<ShowsPage>;

    expect(next.pages[1]?.shows[0]?.user?.remaining).toBe(3);
    expect(next.pages[0]).toBe(data.pages[0]);
  });

  it('returns the data itself when the show is not listed', () => {
    const data = pages();

    expect(memberShowsChange(99, withOneMoreEpisodeSeen)(SHOWS_KEY, data)).toBe(data);
  });

  it('leaves other queries alone', () => {
    const data = pages();

    expect(memberShowsChange(3, withOneMoreEpisodeSeen)(DETAILS_KEY, data)).toBe(data);
  });
});

describe('showEverywhereChange', () => {
  it('updates a show cached as details', () => {
    const next = showEverywhereChange(2, markUnfollowed)(DETAILS_KEY, makeShow(2));

    expect(next).toMatchObject({ id: 2, inAccount: false, user: null });
  });

  it('updates a show inside My shows pages and search results', () => {
    const data = pages();
    const next = showEverywhereChange(2, markArchived(true))(SHOWS_KEY, data) as InfiniteData<ShowsPage>;
    const results = showEverywhereChange(2, markArchived(true))(['member', 7, 'search', 'x'], [makeShow(1), makeShow(2)]) as ReturnType<typeof makeShow>[];

    expect(next.pages[0]?.shows[1]?.user?.archived).toBe(true);
    expect(next.pages[0]?.shows[0]).toBe(data.pages[0]?.shows[0]);
    expect(results[1]?.user?.archived).toBe(true);
  });

  it('returns data without the show as it was', () => {
    const data = pages();

    expect(showEverywhereChange(42, markFollowed)(SHOWS_KEY, data)).toBe(data);
    expect(showEverywhereChange(42, markFollowed)(['member', 7, 'infos'], { id: 7, login: 'demo' })).toEqual({ id: 7, login: 'demo' });
  });
});

describe('show state changes', () => {
  it('follows a show without touching the member fields', () => {
    const show = makeShow(5, null);

    expect(markFollowed(show)).toMatchObject({ inAccount: true, user: null });
    expect(markFollowed(makeShow(5))).toEqual(makeShow(5));
  });

  it('archives and takes out of the archive', () => {
    const archived = markArchived(true)(makeShow(5));

    expect(archived.user?.archived).toBe(true);
    expect(markArchived(false)(archived).user?.archived).toBe(false);
    expect(markArchived(true)(archived)).toBe(archived);
  });
});

describe('leaveMemberShowsChange', () => {
  it('takes the show out of My shows and lowers the total', () => {
    const next = leaveMemberShowsChange(2)(SHOWS_KEY, pages()) as InfiniteData<ShowsPage>;

    expect(next.pages[0]?.shows.map((show) => show.id)).toEqual([1]);
    expect(next.pages[0]?.total).toBe(2);
    expect(next.pages[1]?.shows.map((show) => show.id)).toEqual([3]);
  });

  it('leaves other queries alone', () => {
    const data = pages();

    expect(leaveMemberShowsChange(2)(DETAILS_KEY, data)).toBe(data);
  });
});
