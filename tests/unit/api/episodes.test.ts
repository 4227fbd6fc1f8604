import { afterEach, describe, expect, it } from 'vitest';
import { createApiClient } from '../../../src/api/client';
import { ApiError } from '../../../src/api/errors';
import { getEpisode, listUnwatched, markEpisodeWatched, unmarkEpisodeWatched } from '../../../src/api/episodes';
import { markSeasonWatched, unmarkSeasonWatched } from '../../../src/api/seasons';
import { listPlanning } from '../../../src/api/planning';
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

const rawEpisode = {
  id: '501',
  title: 'Pilot',
  season: '1',
  episode: '2',
  global: '2',
  special: '0',
  description: 'A start.',
  date: '2015-06-24',
  note: { total: '10', mean: '3.75', user: 0 },
  user: { seen: false, seen_date: null, downloaded: '1' },
  show: { id: '7', title: 'Mr. Robot', poster: null },
  platform_links: [{ platform: 'Netflix', color: '#E50914', logo: 'https://img.test/n.png', link: 'javascript:void(0)' }, 'junk'],
  resource_url: 'https://www.betaseries.test/episode/mr-robot/s01e02',
};

describe('listUnwatched', () => {
  it('maps parameters to the query', async () => {
    const client = await clientFor((_request, response) => sendJson(response, 200, { shows: [], total: 0, totalEpisodes: 0 }));

    await listUnwatched(client, 'tok', { limit: 1, showsLimit: 20, released: 0, order: 'smart', specials: false, page: 2, showId: 7 });

    const query = lastRequest().url.searchParams;
    expect(lastRequest().url.pathname).toBe('/episodes/list');
    expect(query.get('limit')).toBe('1');
    expect(query.get('showsLimit')).toBe('20');
    expect(query.get('released')).toBe('0');
    expect(query.get('order')).toBe('smart');
    expect(query.get('specials')).toBe('false');
    expect(query.get('page')).toBe('2');
    expect(query.get('showId')).toBe('7');
  });

  it('normalizes a messy reply', async () => {
    const client = await clientFor((_request, response) =>
      sendJson(response, 200, {
        shows: [
          { id: '7', title: 'Mr. Robot', remaining: '3', unseen: [rawEpisode, { title: 'no id' }, null] },
          { title: 'show without id', unseen: [] },
          'junk',
        ],
        total: '1',
        totalEpisodes: '3',
        errors: [],
      }),
    );

    const list = await listUnwatched(client, 'tok');

    expect(list.total).toBe(1);
    expect(list.totalEpisodes).toBe(3);
    expect(list.shows).toHaveLength(1);
    expect(list.shows[0]?.remaining).toBe(3);
    expect(list.shows[0]?.unseen).toHaveLength(1);

    const episode = list.shows[0]?.unseen[0];
    expect(episode).toMatchObject({
      id: 501,
      season: 1,
      episode: 2,
      code: 'S01E02',
      special: false,
      seen: false,
      show: { id: 7, title: 'Mr. Robot', poster: null },
    });
  });

  it('rejects shows that are not a list', async () => {
    const client = await clientFor((_request, response) => sendJson(response, 200, { shows: { 7: {} } }));

    await expect(listUnwatched(client, 'tok')).rejects.toThrow(/"shows"/);
  });
});

describe('getEpisode', () => {
  it('reads every episode field', async () => {
    const client = await clientFor((_request, response) => sendJson(response, 200, { episode: rawEpisode }));

    const episode = await getEpisode(client, null, 501);

    expect(lastRequest().url.searchParams.get('id')).toBe('501');
    expect(lastRequest().headers.authorization).toBeUndefined();
    expect(episode.global).toBe(2);
    expect(episode.downloaded).toBe(true);
    expect(episode.seenDate).toBeNull();
    expect(episode.note).toEqual({ total: 10, mean: 3.75, user: 0 });
    expect(episode.platformLinks).toEqual([{ platform: 'Netflix', color: '#E50914', logo: 'https://img.test/n.png', link: null }]);
    expect(episode.resourceUrl).toBe('https://www.betaseries.test/episode/mr-robot/s01e02');
  });

  it('rejects an invalid id without a request', async () => {
    const client = await clientFor((_request, response) => sendJson(response, 200, {}));

    await expect(getEpisode(client, 'tok', 0)).rejects.toBeInstanceOf(RangeError);
    expect(server?.requests).toHaveLength(0);
  });
});

describe('markEpisodeWatched', () => {
  it('sends bulk=false with one id', async () => {
    const client = await clientFor((_request, response) => sendJson(response, 200, { episode: rawEpisode }));

    const episodes = await markEpisodeWatched(client, 'tok', 501);

    const form = new URLSearchParams(lastRequest().body);
    expect(lastRequest().method).toBe('POST');
    expect(lastRequest().url.pathname).toBe('/episodes/watched');
    expect(form.get('id')).toBe('501');
    expect(form.get('bulk')).toBe('false');
    expect(episodes.map((episode) => episode.id)).toEqual([501]);
  });

  it('joins several ids with commas', async () => {
    const client = await clientFor((_request, response) =>
      sendJson(response, 200, { episodes: [rawEpisode, { ...rawEpisode, id: 502 }] }),
    );

    const episodes = await markEpisodeWatched(client, 'tok', [501, 502]);

    expect(new URLSearchParams(lastRequest().body).get('id')).toBe('501,502');
    expect(new URLSearchParams(lastRequest().body).get('bulk')).toBe('false');
    expect(episodes).toHaveLength(2);
  });

  it('returns an empty list for a bare success', async () => {
    const client = await clientFor((_request, response) => sendJson(response, 200, { errors: [] }));

    await expect(markEpisodeWatched(client, 'tok', 501)).resolves.toEqual([]);
  });

  it('rejects an empty id list', async () => {
    const client = await clientFor((_request, response) => sendJson(response, 200, {}));

    await expect(markEpisodeWatched(client, 'tok', [])).rejects.toBeInstanceOf(RangeError);
    await expect(markEpisodeWatched(client, 'tok', [1, Number.NaN])).rejects.toBeInstanceOf(RangeError);
    expect(server?.requests).toHaveLength(0);
  });
});

describe('unmarkEpisodeWatched', () => {
  it('sends DELETE with the id', async () => {
    const client = await clientFor((_request, response) => sendJson(response, 200, { episode: { ...rawEpisode, user: { seen: false } } }));

    const episode = await unmarkEpisodeWatched(client, 'tok', 501);

    expect(lastRequest().method).toBe('DELETE');
    expect(lastRequest().url.searchParams.get('id')).toBe('501');
    expect(episode?.seen).toBe(false);
  });

  it('throws 2005 for an unwatched episode', async () => {
    const client = await clientFor((_request, response) =>
      sendJson(response, 400, { errors: [{ code: 2005, text: "L'épisode n'est pas marqué comme vu." }] }),
    );

    const pending = unmarkEpisodeWatched(client, 'tok', 501);

    await expect(pending).rejects.toBeInstanceOf(ApiError);
    await expect(pending).rejects.toMatchObject({ code: 2005 });
  });
});

describe('season watched calls', () => {
  it('send show id and season', async () => {
    const client = await clientFor((_request, response) => sendJson(response, 200, { errors: [] }));

    await markSeasonWatched(client, 'tok', 7, 2);
    const marked = lastRequest();
    await unmarkSeasonWatched(client, 'tok', 7, 2);
    const unmarked = lastRequest();

    expect(marked.method).toBe('POST');
    expect(new URLSearchParams(marked.body).get('id')).toBe('7');
    expect(new URLSearchParams(marked.body).get('season')).toBe('2');
    expect(unmarked.method).toBe('DELETE');
    expect(unmarked.url.searchParams.get('id')).toBe('7');
    expect(unmarked.url.searchParams.get('season')).toBe('2');
  });

  it('reject a negative season', async () => {
    const client = await clientFor((_request, response) => sendJson(response, 200, {}));

    await expect(markSeasonWatched(client, 'tok', 7, -1)).rejects.toBeInstanceOf(RangeError);
  });
});

describe('listPlanning', () => {
  it('sends month and unseen', async () => {
    const client = await clientFor((_request, response) => sendJson(response, 200, { episodes: [rawEpisode] }));

    const episodes = await listPlanning(client, 'tok', { month: '2024-03', unseen: true });

    expect(lastRequest().url.pathname).toBe('/planning/member');
    expect(lastRequest().url.searchParams.get('month')).toBe('2024-03');
    expect(lastRequest().url.searchParams.get('unseen')).toBe('true');
    expect(episodes).toHaveLength(1);
  });

  it('rejects a malformed month', async () => {
    const client = await clientFor((_request, response) => sendJson(response, 200, {}));

    await expect(listPlanning(client, 'tok', { month: '2024-3' })).rejects.toThrow(/YYYY-MM/);
  });
});
