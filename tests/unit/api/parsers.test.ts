import { describe, expect, it } from 'vitest';
import { parseEpisode, parseEpisodeList } from '../../../src/api/parseEpisode';
import { parseRating } from '../../../src/api/parseRating';
import { parseShow, parseShowList } from '../../../src/api/parseShow';

/** Values of every JSON type, plus objects whose nested fields have the wrong type. */
const JUNK: unknown[] = [
  null,
  undefined,
  0,
  -1,
  'text',
  '',
  true,
  [],
  [null, 1, 'x'],
  {},
  JSON.parse('{"__proto__": {"id": 5}}'),
  {
    id: { nested: true },
    title: ['not', 'text'],
    user: 'seen',
    show: 5,
    images: [],
    notes: 'good',
    note: [],
    genres: 'Drame',
    seasons_details: 'x',
    platforms: { svods: 'none' },
    platform_links: { 0: 'x' },
    date: 20240301,
    code: null,
  },
  {
    id: '12',
    user: { next: 'S01E02', last: 4, status: 'all', archived: 'maybe' },
    images: { poster: 42, show: { url: 'x' } },
    seasons_details: [null, 'x', { number: 'one' }],
    genres: { a: null, b: 3 },
    show: { images: 'none', poster: ['x'] },
  },
];

describe('reply parsers on junk', () => {
  it.each(JUNK.map((value) => [value]))('parse %j without throwing', (value) => {
    expect(() => parseShow(value)).not.toThrow();
    expect(() => parseEpisode(value)).not.toThrow();
    expect(() => parseRating(value)).not.toThrow();
  });

  it('drop junk entries from lists', () => {
    expect(parseShowList(JUNK)).toHaveLength(1);
    expect(parseEpisodeList(JUNK)).toHaveLength(1);
  });

  it('give typed defaults for a wrong show', () => {
    const show = parseShow(JUNK[11]);

    expect(show.id).toBe(0);
    expect(show.title).toBe('');
    expect(show.genres).toEqual([]);
    expect(show.seasonsDetails).toEqual([]);
    expect(show.images).toEqual({ show: null, banner: null, box: null, poster: null });
    expect(show.user).toBeNull();
    expect(show.streamingServices).toEqual([]);
  });

  it('give typed defaults for a wrong episode', () => {
    const episode = parseEpisode(JUNK[11]);

    expect(episode.code).toBe('S00E00');
    expect(episode.date).toBeNull();
    expect(episode.show).toEqual({ id: 0, title: '', poster: null });
    expect(episode.platformLinks).toEqual([]);
    expect(episode.note).toEqual({ total: 0, mean: 0, user: 0 });
  });

  it('read a half-broken show', () => {
    const show = parseShow(JUNK[12]);

    expect(show.id).toBe(12);
    expect(show.user?.next).toBeNull();
    expect(show.user?.lastEpisodeCode).toBe('4');
    expect(show.user?.progressPercent).toBe(0);
    expect(show.user?.archived).toBe(false);
    expect(show.images.poster).toBeNull();
    expect(show.seasonsDetails).toEqual([{ number: 0, episodes: 0 }]);
    expect(show.genres).toEqual(['3']);
  });
});
