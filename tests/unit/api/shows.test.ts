import { afterEach, describe, expect, it } from 'vitest';
import { createApiClient } from '../../../src/api/client';
import { listAllMemberShows, listMemberShows } from '../../../src/api/memberShows';
import {
  addShow,
  archiveShow,
  getShow,
  listShowEpisodes,
  listShowSeasons,
  removeShow,
  searchShows,
  unarchiveShow,
} from '../../../src/api/shows';
import { loopbackConfig, sendJson, startLoopbackServer, type LoopbackHandler, type LoopbackServer } from './loopbackServer';

let server: LoopbackServer | null = null;

afterEach(async () => {
  await server?.close();
  server = null;
});

async function clientFor(handler: LoopbackHandler) {
  server = await startLoopbackServer(handler);
  return createApiClient(loopbackConfig(server.url));
}

function lastRequest() {
  const request = server?.requests[server.requests.length - 1];
  if (!request) {
    throw new Error('the server received no request');
  }
  return request;
}

const rawShow = {
  id: '7',
  title: 'Mr. Robot',
  description: 'A hacker.',
  seasons: '4',
  seasons_details: [{ number: '1', episodes: '10' }, { number: 2, episodes: 12 }],
  episodes: '45',
  followers: '12000',
  creation: '2015',
  genres: { Drama: 'Drame', Thriller: 'Thriller' },
  length: '45',
  network: 'USA Network',
  status: 'Ended',
  notes: { total: '900', mean: '4.5', user: 5 },
  in_account: '1',
  images: { show: null, banner: 'https://img.test/b.jpg', box: '', poster: 'https://img.test/p.jpg' },
  user: {
    archived: false,
    favorited: '1',
    remaining: '3',
    status: '93',
    last: 'S04E10',
    next: { id: '880', code: 'S04E11', date: '2019-12-15', title: 'eXit' },
  },
  platforms: { svods: [{ id: '2', name: 'Prime Video', logo: 'https://img.test/pv.png', link_url: 'https://pv.test/mr' }] },
  resource_url: 'https://www.betaseries.test/serie/mr-robot',
};

function showWithId(id: number) {
  return { ...rawShow, id, title: `Show ${id}` };
}

describe('getShow', () => {
  it('normalizes a full show', async () => {
    const client = await clientFor((_request, response) => sendJson(response, 200, { show: rawShow, errors: [] }));

    const show = await getShow(client, 'tok', 7);

    expect(lastRequest().url.pathname).toBe('/shows/display');
    expect(lastRequest().url.searchParams.get('id')).toBe('7');
    expect(show).toEqual({
      id: 7,
      title: 'Mr. Robot',
      description: 'A hacker.',
      seasons: 4,
      seasonsDetails: [
        { number: 1, episodes: 10 },
        { number: 2, episodes: 12 },
      ],
      episodes: 45,
      followers: 12000,
      creation: '2015',
      genres: ['Drame', 'Thriller'],
      length: 45,
      network: 'USA Network',
      status: 'ended',
      notes: { total: 900, mean: 4.5, user: 5 },
      inAccount: true,
      images: { show: null, banner: 'https://img.test/b.jpg', box: null, poster: 'https://img.test/p.jpg' },
      user: {
        archived: false,
        favorited: true,
        remaining: 3,
        progressPercent: 93,
        lastEpisodeCode: 'S04E10',
        next: { id: 880, code: 'S04E11', date: '2019-12-15', title: 'eXit' },
      },
      streamingServices: [{ id: 2, name: 'Prime Video', logo: 'https://img.test/pv.png', link: 'https://pv.test/mr' }],
      resourceUrl: 'https://www.betaseries.test/serie/mr-robot',
    });
  });

  it('copes with a bare show', async () => {
    const client = await clientFor((_request, response) =>
      sendJson(response, 200, {
        show: { id: 8, genres: ['Comédie'], user: { last: 'S00E00', next: { id: null } }, status: null, platforms: null },
      }),
    );

    const show = await getShow(client, null, 8);

    expect(show.title).toBe('');
    expect(show.genres).toEqual(['Comédie']);
    expect(show.status).toBe('unknown');
    expect(show.user?.next).toBeNull();
    expect(show.user?.lastEpisodeCode).toBeNull();
    expect(show.images.poster).toBeNull();
    expect(show.streamingServices).toEqual([]);
  });

  it('rejects a reply without show', async () => {
    const client = await clientFor((_request, response) => sendJson(response, 200, { errors: [] }));

    await expect(getShow(client, 'tok', 7)).rejects.toThrow(/"show"/);
  });
});

describe('show episodes and seasons', () => {
  it('lists episodes of one season', async () => {
    const client = await clientFor((_request, response) =>
      sendJson(response, 200, { episodes: [{ id: 1, season: 2, episode: 1 }, { id: '2', season: '2', episode: '2', code: 'S02E02' }] }),
    );

    const episodes = await listShowEpisodes(client, 'tok', 7, 2);

    expect(lastRequest().url.pathname).toBe('/shows/episodes');
    expect(lastRequest().url.searchParams.get('season')).toBe('2');
    expect(episodes.map((episode) => episode.code)).toEqual(['S02E01', 'S02E02']);
  });

  it('omits season when not given', async () => {
    const client = await clientFor((_request, response) => sendJson(response, 200, { episodes: [] }));

    await listShowEpisodes(client, 'tok', 7);

    expect(lastRequest().url.searchParams.has('season')).toBe(false);
  });

  it('lists seasons', async () => {
    const client = await clientFor((_request, response) =>
      sendJson(response, 200, { seasons: [{ number: '1', episodes: '10', seen: true, image: null }, { number: 2, episodes: 8, seen: '0', image: 'https://img.test/s2.jpg' }] }),
    );

    const seasons = await listShowSeasons(client, 'tok', 7);

    expect(seasons).toEqual([
      { number: 1, episodes: 10, seen: true, image: null },
      { number: 2, episodes: 8, seen: false, image: 'https://img.test/s2.jpg' },
    ]);
  });
});

describe('searchShows', () => {
  it('sends title, nbpp and page', async () => {
    const client = await clientFor((_request, response) => sendJson(response, 200, { shows: [rawShow, { title: 'no id' }] }));

    const shows = await searchShows(client, null, { title: 'robot', perPage: 20, page: 2 });

    const query = lastRequest().url.searchParams;
    expect(lastRequest().url.pathname).toBe('/shows/search');
    expect(query.get('title')).toBe('robot');
    expect(query.get('nbpp')).toBe('20');
    expect(query.get('page')).toBe('2');
    expect(shows.map((show) => show.id)).toEqual([7]);
  });
});

describe('show account changes', () => {
  it('use the right verb and path', async () => {
    const client = await clientFor((_request, response) => sendJson(response, 200, { show: rawShow }));

    const calls = [
      { run: () => addShow(client, 'tok', 7), method: 'POST', path: '/shows/show' },
      { run: () => removeShow(client, 'tok', 7), method: 'DELETE', path: '/shows/show' },
      { run: () => archiveShow(client, 'tok', 7), method: 'POST', path: '/shows/archive' },
      { run: () => unarchiveShow(client, 'tok', 7), method: 'DELETE', path: '/shows/archive' },
    ];

    for (const call of calls) {
      const show = await call.run();
      const request = lastRequest();
      const id = call.method === 'POST' ? new URLSearchParams(request.body).get('id') : request.url.searchParams.get('id');

      expect(request.method).toBe(call.method);
      expect(request.url.pathname).toBe(call.path);
      expect(id).toBe('7');
      expect(show?.id).toBe(7);
    }
  });

  it('returns null without a show', async () => {
    const client = await clientFor((_request, response) => sendJson(response, 200, { errors: [] }));

    await expect(addShow(client, 'tok', 7)).resolves.toBeNull();
  });
});

describe('listMemberShows', () => {
  it('lowers a limit above 200', async () => {
    const client = await clientFor((_request, response) => sendJson(response, 200, { shows: [], total: 0 }));

    await listMemberShows(client, 'tok', { limit: 500, offset: 0, order: 'last_seen', status: 'current' });

    const query = lastRequest().url.searchParams;
    expect(query.get('limit')).toBe('200');
    expect(query.get('offset')).toBe('0');
    expect(query.get('order')).toBe('last_seen');
    expect(query.get('status')).toBe('current');
  });

  it('rejects a zero limit', async () => {
    const client = await clientFor((_request, response) => sendJson(response, 200, { shows: [] }));

    await expect(listMemberShows(client, 'tok', { limit: 0 })).rejects.toBeInstanceOf(RangeError);
    await expect(listMemberShows(client, 'tok', { offset: -1 })).rejects.toBeInstanceOf(RangeError);
    expect(server?.requests).toHaveLength(0);
  });
});

describe('listAllMemberShows', () => {
  it('pages through offset up to total', async () => {
    const total = 450;
    const client = await clientFor((request, response) => {
      const offset = Number(request.url.searchParams.get('offset'));
      const limit = Number(request.url.searchParams.get('limit'));
      const ids: number[] = [];
      for (let id = offset + 1; id <= Math.min(offset + limit, total); id += 1) {
        ids.push(id);
      }
      sendJson(response, 200, { shows: ids.map(showWithId), total: String(total), totalMissingShows: 2 });
    });

    const all = await listAllMemberShows(client, 'tok', { order: 'alphabetical' });

    expect(all.shows).toHaveLength(450);
    expect(all.total).toBe(450);
    expect(all.totalMissingShows).toBe(2);
    expect(server?.requests.map((request) => request.url.searchParams.get('offset'))).toEqual(['0', '200', '400']);
    expect(server?.requests.every((request) => request.url.searchParams.get('limit') === '200')).toBe(true);
    expect(server?.requests.every((request) => request.url.searchParams.get('order') === 'alphabetical')).toBe(true);
  });

  it('stops when offset is ignored', async () => {
    const client = await clientFor((_request, response) => {
      const ids: number[] = [];
      for (let id = 1; id <= 200; id += 1) {
        ids.push(id);
      }
      sendJson(response, 200, { shows: ids.map(showWithId) });
    });

    const all = await listAllMemberShows(client, 'tok');

    expect(all.shows).toHaveLength(200);
    expect(server?.requests).toHaveLength(2);
  });

  it('stops at a short page without total', async () => {
    const client = await clientFor((_request, response) => sendJson(response, 200, { shows: [showWithId(1), showWithId(2)] }));

    const all = await listAllMemberShows(client, 'tok');

    expect(all.shows).toHaveLength(2);
    expect(all.total).toBe(2);
    expect(server?.requests).toHaveLength(1);
  });

  it('keeps a show seen twice once', async () => {
    const client = await clientFor((request, response) => {
      const offset = Number(request.url.searchParams.get('offset'));
      // A show added between two pages pushes show 200 onto the second page as well.
      const ids: number[] = [];
      const first = offset === 0 ? 1 : 200;
      for (let id = first; id < first + (offset === 0 ? 200 : 3); id += 1) {
        ids.push(id);
      }
      sendJson(response, 200, { shows: ids.map(showWithId), total: 202 });
    });

    const all = await listAllMemberShows(client, 'tok');

    expect(all.shows.map((show) => show.id)).toHaveLength(202);
    expect(new Set(all.shows.map((show) => show.id)).size).toBe(202);
  });
});
