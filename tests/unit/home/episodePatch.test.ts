import { describe, expect, it } from 'vitest';
import type { Episode } from '../../../src/api/types';
import { patchEpisodesSeen } from '../../../src/screens/common/episodePatch';

function episode(id: number, season: number, seen: boolean, showId = 7): Episode {
  return {
    id,
    title: `Episode ${id}`,
    season,
    episode: id % 100,
    code: `S0${season}E0${id % 10}`,
    description: '',
    date: null,
    special: false,
    seen,
    show: { id: showId, title: 'Show', poster: null },
  };
}

describe('patchEpisodesSeen', () => {
  it('marks one episode in a list and keeps the others as they were', () => {
    const list = [episode(1, 1, false), episode(2, 1, false)];

    const patched = patchEpisodesSeen(list, { episodeId: 2 }, true);

    expect(patched[1]?.seen).toBe(true);
    expect(patched[0]).toBe(list[0]);
    expect(list[1]?.seen).toBe(false);
  });

  it('reaches episodes inside pages and objects', () => {
    const data = { pages: [{ shows: [{ id: 7, unseen: [episode(3, 2, false)] }] }], pageParams: [0] };

    const patched = patchEpisodesSeen(data, { episodeId: 3 }, true);

    expect(patched.pages[0]?.shows[0]?.unseen[0]?.seen).toBe(true);
    expect(patched.pageParams).toBe(data.pageParams);
  });

  it('marks every episode of a season of one show', () => {
    const list = [episode(1, 1, false), episode(2, 2, false), episode(3, 2, false), episode(4, 2, false, 8)];

    const patched = patchEpisodesSeen(list, { showId: 7, season: 2 }, true);

    expect(patched.map((item) => item.seen)).toEqual([false, true, true, false]);
  });

  it('returns the same data when nothing matches', () => {
    const data = { episodes: [episode(1, 1, true)] };

    expect(patchEpisodesSeen(data, { episodeId: 1 }, true)).toBe(data);
    expect(patchEpisodesSeen(data, { episodeId: 99 }, false)).toBe(data);
  });

  it('leaves shows, seasons and next-episode summaries alone', () => {
    const data = {
      show: { id: 1, title: 'Show', seen: false },
      season: { number: 1, seen: false },
      next: { id: 1, code: 'S01E01', date: null, title: 'Pilot' },
    };

    expect(patchEpisodesSeen(data, { episodeId: 1 }, true)).toBe(data);
  });
});
