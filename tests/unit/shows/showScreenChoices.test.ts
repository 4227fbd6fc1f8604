import { describe, expect, it } from 'vitest';
import type { Season } from '../../../src/api/types';
import { CATALOGS } from '../../../src/i18n/catalogs';
import { formatDate } from '../../../src/i18n/format';
import { translate } from '../../../src/i18n/translate';
import { listPlatforms } from '../../../src/screens/Show/listPlatforms';
import { pickDefaultSeason } from '../../../src/screens/Show/pickDefaultSeason';
import { pickStartEpisode } from '../../../src/screens/Show/pickStartEpisode';
import { seasonOfCode } from '../../../src/screens/Show/seasonOfCode';
import { showProgressLabel } from '../../../src/screens/Shows/showProgressLabel';
import { nextFilter, nextOrder, SHOWS_FILTERS, SHOWS_ORDERS } from '../../../src/screens/Shows/showsFilters';
import { makeEpisode, makeShow } from './showFixtures';

const t = (key: Parameters<typeof translate>[2], params?: Parameters<typeof translate>[3]) => translate(CATALOGS.en, 'en', key, params);
const formatEnglishDate = (date: string | Date) => formatDate(date, 'en');

function seasons(...seen: boolean[]): Season[] {
  return seen.map((isSeen, index) => ({ number: index + 1, episodes: 10, seen: isSeen, image: null }));
}

describe('seasonOfCode', () => {
  it.each([
    ['S02E05', 2],
    ['s12e01', 12],
    ['S00E03', 0],
    [' S1E1 ', 1],
  ])('reads %s as season %d', (code, season) => {
    expect(seasonOfCode(code)).toBe(season);
  });

  it.each([[''], ['E05'], ['Season 2'], [null], [undefined]])('reads %j as no season', (code) => {
    expect(seasonOfCode(code)).toBeNull();
  });
});

describe('pickDefaultSeason', () => {
  it('opens on the season of the next episode', () => {
    expect(pickDefaultSeason(seasons(true, false, false), makeShow(1))).toBe(2);
  });

  it('falls back to the first unseen season', () => {
    const show = makeShow(1, { remaining: 3, status: 50, next: { id: 5, code: 'S09E01', date: null, title: 'x' } });

    expect(pickDefaultSeason(seasons(true, false, false), show)).toBe(2);
  });

  it('opens on the last season when every season is seen', () => {
    expect(pickDefaultSeason(seasons(true, true, true), makeShow(1, null))).toBe(3);
  });

  it('waits while there is no season', () => {
    expect(pickDefaultSeason([], makeShow(1))).toBeNull();
  });
});

describe('pickStartEpisode', () => {
  const episodes = [makeEpisode(10, 2, 1, true), makeEpisode(11, 2, 2, false), makeEpisode(205, 2, 5, false)];

  it('starts on the next episode', () => {
    expect(pickStartEpisode(makeShow(2), episodes)).toBe(2);
  });

  it('starts on the first episode not watched in another season', () => {
    expect(pickStartEpisode(makeShow(9), episodes)).toBe(1);
  });

  it('starts on the first episode of a season seen entirely', () => {
    expect(pickStartEpisode(makeShow(9), [makeEpisode(1, 1, 1, true), makeEpisode(2, 1, 2, true)])).toBe(0);
  });

  it('returns -1 for an empty season', () => {
    expect(pickStartEpisode(makeShow(9), [])).toBe(-1);
  });
});

describe('listPlatforms', () => {
  it('lists the services, then the episodes links, each name once', () => {
    const show = { ...makeShow(1), streamingServices: [{ id: 1, name: 'Netflix', logo: null, link: null }] };
    const episodes = [
      makeEpisode(1, 1, 1, false, [{ platform: 'netflix', logo: null }, { platform: 'Arte', logo: 'https://img.example/arte.png' }]),
      makeEpisode(2, 1, 2, false, [{ platform: 'Arte' }, { platform: ' ' }]),
    ];

    expect(listPlatforms(show, episodes)).toEqual([
      { name: 'Netflix', logo: null },
      { name: 'Arte', logo: 'https://img.example/arte.png' },
    ]);
  });

  it('lists nothing for a show on no platform', () => {
    expect(listPlatforms(makeShow(1), [makeEpisode(1, 1, 1, false)])).toEqual([]);
  });
});

describe('showProgressLabel', () => {
  it('counts the episodes left', () => {
    expect(showProgressLabel(makeShow(1), t, formatEnglishDate)).toBe('4 to watch');
  });

  it('says archived first', () => {
    const show = makeShow(1, { remaining: 4, status: 60, archived: true });

    expect(showProgressLabel(show, t, formatEnglishDate)).toBe('Archived');
  });

  it('gives the next air date when nothing is left yet', () => {
    const show = makeShow(1, { remaining: 0, status: 100, next: { id: 9, code: 'S03E01', date: '2027-04-03', title: '' } });

    expect(showProgressLabel(show, t, formatEnglishDate)).toBe('Next: April 3, 2027');
  });

  it('says completed for an ended show seen entirely, up to date otherwise', () => {
    const ended = { ...makeShow(1, { remaining: 0, status: 100 }), status: 'ended' as const };
    const continuing = makeShow(1, { remaining: 0, status: 100 });

    expect(showProgressLabel(ended, t, formatEnglishDate)).toBe('Completed');
    expect(showProgressLabel(continuing, t, formatEnglishDate)).toBe('Up to date');
  });

  it('says nothing without the member fields', () => {
    expect(showProgressLabel(makeShow(1, null), t, formatEnglishDate)).toBe('');
  });
});

describe('filters and orders', () => {
  it('cycle through every filter back to the first', () => {
    const seen = [SHOWS_FILTERS[0]?.id];
    for (let step = 1; step < SHOWS_FILTERS.length; step += 1) {
      seen.push(nextFilter(seen[seen.length - 1] ?? 'all'));
    }

    expect(seen).toEqual(SHOWS_FILTERS.map((option) => option.id));
    expect(nextFilter('archived')).toBe('all');
  });

  it('cycle through every order back to the first', () => {
    expect(nextOrder('lastSeen')).toBe('alphabetical');
    expect(nextOrder('nextDate')).toBe('lastSeen');
    expect(SHOWS_ORDERS.map((option) => option.apiOrder)).toEqual(['last_seen', 'alphabetical', 'remaining_episodes', 'next_date']);
  });
});
