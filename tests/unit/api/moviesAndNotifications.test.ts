import { afterEach, describe, expect, it } from 'vitest';
import { createApiClient } from '../../../src/api/client';
import { listMemberMovies, setMovieState } from '../../../src/api/movies';
import { listNotifications } from '../../../src/api/notifications';
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

const rawMovie = {
  id: '31',
  title: 'Le Fabuleux Destin',
  original_title: "Le Fabuleux Destin d'Amélie Poulain",
  synopsis: 'Montmartre.',
  poster: 'https://img.test/amelie.jpg',
  backdrop: null,
  production_year: '2001',
  release_date: '2001-04-25',
  director: 'Jean-Pierre Jeunet',
  genres: ['Comédie', 'Romance'],
  followers: '5000',
  notes: { total: '100', mean: '4.1' },
  user: { in_account: true, status: '0' },
};

describe('listMemberMovies', () => {
  it('sends state, limit and start', async () => {
    const client = await clientFor((_request, response) => sendJson(response, 200, { movies: [rawMovie], total: '1' }));

    const page = await listMemberMovies(client, 'tok', { state: 0, limit: 5000, start: 40 });

    const query = lastRequest().url.searchParams;
    expect(lastRequest().url.pathname).toBe('/movies/member');
    expect(query.get('state')).toBe('0');
    expect(query.get('limit')).toBe('1000');
    expect(query.get('start')).toBe('40');
    expect(page.total).toBe(1);
    expect(page.movies[0]).toEqual({
      id: 31,
      title: 'Le Fabuleux Destin',
      originalTitle: "Le Fabuleux Destin d'Amélie Poulain",
      synopsis: 'Montmartre.',
      poster: 'https://img.test/amelie.jpg',
      backdrop: null,
      productionYear: 2001,
      releaseDate: '2001-04-25',
      director: 'Jean-Pierre Jeunet',
      genres: ['Comédie', 'Romance'],
      followers: 5000,
      notes: { total: 100, mean: 4.1, user: 0 },
      state: 0,
    });
  });

  it('gives null state without user', async () => {
    const client = await clientFor((_request, response) =>
      sendJson(response, 200, {
        movies: [{ id: 1, user: { status: 7 } }, { id: 2 }, { id: 3, user: { in_account: false, status: 0 } }],
      }),
    );

    const page = await listMemberMovies(client, 'tok');

    expect(page.movies.map((movie) => movie.state)).toEqual([null, null, null]);
    expect(page.total).toBe(3);
  });

  it('rejects a missing movies list', async () => {
    const client = await clientFor((_request, response) => sendJson(response, 200, { total: 3 }));

    await expect(listMemberMovies(client, 'tok')).rejects.toThrow(/"movies"/);
  });
});

describe('setMovieState', () => {
  it('posts id and state', async () => {
    const client = await clientFor((_request, response) =>
      sendJson(response, 200, { movie: { ...rawMovie, user: { in_account: true, status: 1 } } }),
    );

    const movie = await setMovieState(client, 'tok', 31, 1);

    const form = new URLSearchParams(lastRequest().body);
    expect(lastRequest().method).toBe('POST');
    expect(lastRequest().url.pathname).toBe('/movies/movie');
    expect(form.get('id')).toBe('31');
    expect(form.get('state')).toBe('1');
    expect(movie?.state).toBe(1);
  });
});

describe('listNotifications', () => {
  it('drops html and normalizes fields', async () => {
    const client = await clientFor((_request, response) =>
      sendJson(response, 200, {
        notifications: [
          {
            id: '9',
            type: 'episode',
            text: 'Nouvel épisode de Mr. Robot',
            html: '<a href="javascript:alert(1)">Mr. Robot</a>',
            date: '2024-03-01 21:05:00',
            seen: '0',
            payload: { show_id: 7 },
          },
          { id: 10, seen: '2024-03-02 08:00:00' },
          { id: 11, seen: true },
          { text: 'no id' },
        ],
      }),
    );

    const notifications = await listNotifications(client, 'tok', { count: 20, includeSeen: true });

    const query = lastRequest().url.searchParams;
    expect(lastRequest().url.pathname).toBe('/members/notifications');
    expect(query.get('number')).toBe('20');
    expect(query.get('all')).toBe('true');
    expect(notifications[1]).toMatchObject({ id: 10, seen: true, seenAt: '2024-03-02T08:00:00' });
    expect(notifications[2]).toMatchObject({ id: 11, seen: true, seenAt: null });
    expect(notifications.slice(0, 1)).toEqual([
      {
        id: 9,
        type: 'episode',
        text: 'Nouvel épisode de Mr. Robot',
        date: '2024-03-01T21:05:00',
        seen: false,
        seenAt: null,
        payload: { show_id: 7 },
      },
    ]);
  });
});
