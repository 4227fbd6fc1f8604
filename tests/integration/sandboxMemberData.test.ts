import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startSandbox, type RunningSandbox } from '../../sandbox/server';
import { callApi, type CallOptions } from '../../sandbox/testing/callApi';

let running: RunningSandbox;
let demo: string;
let marathon: string;

interface EpisodeJson {
  id: number;
  season: number;
  episode: number;
  code: string;
  date: string;
  special: 0 | 1;
  user: { seen: boolean };
  show: { id: number; poster: string | null };
}

interface UnwatchedShowJson {
  id: number;
  title: string;
  remaining: number | string;
  unseen: EpisodeJson[];
}

beforeAll(async () => {
  running = await startSandbox({ port: 0, log: () => {} });
});

afterAll(async () => {
  await running.close();
});

beforeEach(() => {
  running.sandbox.reset();
  demo = running.sandbox.createToken('demo');
  marathon = running.sandbox.createToken('marathon');
});

function call(path: string, token: string, options: CallOptions = {}) {
  return callApi(running.url, path, { token, ...options });
}

async function unwatched(token: string, params: CallOptions['params'] = {}): Promise<{ shows: UnwatchedShowJson[]; total: number; totalEpisodes: number }> {
  const reply = await call('/episodes/list', token, { params });
  expect(reply.status).toBe(200);
  return reply.json;
}

function today(): string {
  return new Date().toISOString().slice(0, 10);
}

describe('sandbox episodes/list', () => {
  it('groups unwatched episodes by show in the documented shape', async () => {
    const reply = await call('/episodes/list', demo);
    const { shows, total, totalEpisodes, errors } = reply.json;

    expect(errors).toEqual([]);
    expect(shows.length).toBe(total);
    expect(total).toBeGreaterThan(15);
    expect(totalEpisodes).toBe(shows.reduce((sum: number, show: UnwatchedShowJson) => sum + show.unseen.length, 0));

    const episode = shows[0].unseen[0];
    for (const field of ['id', 'title', 'season', 'episode', 'code', 'global', 'special', 'description', 'date', 'note', 'user', 'show', 'resource_url']) {
      expect(episode, field).toHaveProperty(field);
    }
    for (const field of ['id', 'title', 'poster', 'remaining', 'progress', 'status']) {
      expect(episode.show, field).toHaveProperty(field);
    }
    expect(episode.code).toMatch(/^S\d{2}E\d{2}$/);
    expect(episode.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(episode.user.seen).toBe(false);
  });

  it('sends realistically messy values', async () => {
    const { shows } = await unwatched(demo);
    const remainingTypes = new Set(shows.map((show) => typeof show.remaining));
    const posters = shows.map((show) => show.unseen[0]?.show.poster);

    expect(remainingTypes).toEqual(new Set(['string', 'number']));
    expect(posters).toContain(null);
    expect(posters.some((poster) => typeof poster === 'string')).toBe(true);
  });

  it('limits episodes per show but not remaining', async () => {
    const { shows } = await unwatched(demo, { limit: 1 });
    const rivages = shows.find((show) => show.id === 111);

    expect(shows.every((show) => show.unseen.length === 1)).toBe(true);
    expect(Number(rivages?.remaining)).toBe(25);
  });

  it('pages shows with showsLimit and page', async () => {
    const all = await unwatched(demo);
    const first = await unwatched(demo, { showsLimit: 5, page: 1 });
    const second = await unwatched(demo, { showsLimit: 5, page: 2 });

    expect(first.shows.map((show) => show.id)).toEqual(all.shows.slice(0, 5).map((show) => show.id));
    expect(second.shows.map((show) => show.id)).toEqual(all.shows.slice(5, 10).map((show) => show.id));
    expect(second.total).toBe(all.total);
  });

  it('defaults showsLimit to 50', async () => {
    const heavy = await unwatched(marathon, { limit: 1 });

    expect(heavy.shows.length).toBe(50);
    expect(heavy.total).toBeGreaterThan(500);
  });

  it('filters one show with showId', async () => {
    const { shows, total } = await unwatched(demo, { showId: 103 });

    expect(total).toBe(1);
    expect(shows.map((show) => show.id)).toEqual([103]);
    expect(shows[0]?.unseen[0]?.code).toBe('S01E04');
  });

  it('chooses aired or upcoming episodes with released', async () => {
    const aired = await unwatched(demo, { released: 1 });
    const upcoming = await unwatched(demo, { released: 2 });
    const both = await unwatched(demo, { released: 0 });
    const upcomingDates = upcoming.shows.flatMap((show) => show.unseen.map((episode) => episode.date));

    expect(upcomingDates.length).toBeGreaterThan(0);
    expect(upcomingDates.every((date) => date > today())).toBe(true);
    expect(aired.shows.flatMap((show) => show.unseen).every((episode) => episode.date <= today())).toBe(true);
    expect(both.totalEpisodes).toBe(aired.totalEpisodes + upcoming.totalEpisodes);
  });

  it('orders by account or by recent viewing', async () => {
    const account = await unwatched(demo, { order: 'account' });
    const smart = await unwatched(demo, { order: 'smart' });

    // Starlight Diner was added first; Hollow Creek was watched yesterday.
    expect(account.shows[0]?.title).toBe('Starlight Diner');
    expect(smart.shows[0]?.title).toBe('Hollow Creek');
  });

  it('leaves archived shows out', async () => {
    const { shows } = await unwatched(demo);
    const ids = shows.map((show) => show.id);

    expect(ids).not.toContain(109);
    expect(ids).not.toContain(115);
  });

  it('includes specials only when asked', async () => {
    const special = (await call('/shows/episodes', demo, { params: { id: 113, season: 1 } })).json.episodes.find((episode: EpisodeJson) => episode.special === 1);
    await call('/episodes/watched', demo, { method: 'DELETE', params: { id: special.id } });

    const without = await unwatched(demo, { showId: 113 });
    const withSpecials = await unwatched(demo, { showId: 113, specials: 1 });

    expect(without.shows[0]?.unseen.some((episode) => episode.id === special.id)).toBe(false);
    expect(withSpecials.shows[0]?.unseen[0]?.id).toBe(special.id);
  });

  it('rejects invalid parameter values with 3004', async () => {
    const badReleased = await call('/episodes/list', demo, { params: { released: 5 } });
    const badLimit = await call('/episodes/list', demo, { params: { limit: 'many' } });

    expect(badReleased.json.errors[0].code).toBe(3004);
    expect(badLimit.json.errors[0].code).toBe(3004);
  });
});

describe('sandbox watched episodes', () => {
  it('marks earlier episodes too when bulk is not sent', async () => {
    await call('/episodes/watched', demo, { method: 'POST', params: { id: 107005 } });

    const { shows } = await unwatched(demo, { showId: 107 });

    expect(shows[0]?.unseen.map((episode) => episode.episode)).toEqual([6, 7, 8]);
  });

  it('marks only the given episode with bulk=false', async () => {
    await call('/episodes/watched', demo, { method: 'POST', params: { id: 107005, bulk: 'false' } });

    const { shows } = await unwatched(demo, { showId: 107 });

    expect(shows[0]?.unseen.map((episode) => episode.episode)).toEqual([1, 2, 3, 4, 6, 7, 8]);
  });

  it('replies episode for one id and episodes for several', async () => {
    const one = await call('/episodes/watched', demo, { method: 'POST', params: { id: 112001, bulk: 0 } });
    const several = await call('/episodes/watched', demo, { method: 'POST', params: { id: '112002,112003', bulk: 0 } });

    expect(one.json.episode.id).toBe(112001);
    expect(one.json.episode.user.seen).toBe(true);
    expect(several.json.episodes.map((episode: EpisodeJson) => episode.id)).toEqual([112002, 112003]);
  });

  it('answers 2005 when unmarking an unwatched episode', async () => {
    const reply = await call('/episodes/watched', demo, { method: 'DELETE', params: { id: 107001 } });

    expect(reply.status).toBe(400);
    expect(reply.json.errors[0].code).toBe(2005);
  });

  it('unmarks a watched episode', async () => {
    const reply = await call('/episodes/watched', demo, { method: 'DELETE', params: { id: 103001 } });
    const { shows } = await unwatched(demo, { showId: 103 });

    expect(reply.json.episode.user.seen).toBe(false);
    expect(shows[0]?.unseen[0]?.code).toBe('S01E01');
  });

  it('answers 3004 for an unknown episode', async () => {
    const reply = await call('/episodes/watched', demo, { method: 'POST', params: { id: 999999999 } });

    expect(reply.json.errors[0].code).toBe(3004);
  });

  it('marks and unmarks whole seasons', async () => {
    const marked = await call('/seasons/watched', demo, { method: 'POST', params: { id: 103, season: 2 } });
    const seasons = (await call('/shows/seasons', demo, { params: { id: 103 } })).json.seasons;
    await call('/seasons/watched', demo, { method: 'DELETE', params: { id: 103, season: 2 } });
    const after = (await call('/shows/seasons', demo, { params: { id: 103 } })).json.seasons;

    expect(marked.json.show.id).toBe(103);
    expect(seasons.map((season: { seen: boolean }) => season.seen)).toEqual([false, true, false]);
    expect(after.map((season: { seen: boolean }) => season.seen)).toEqual([false, false, false]);
  });

  it('keeps each member changes apart', async () => {
    await call('/episodes/watched', demo, { method: 'POST', params: { id: 107008 } });
    const otherDemoToken = running.sandbox.createToken('demo');

    const sameMember = await unwatched(otherDemoToken, { showId: 107 });
    const display = await call('/episodes/display', marathon, { params: { id: 107008 } });

    expect(sameMember.total).toBe(0);
    expect(display.json.episode.user.seen).toBe(false);
  });
});

describe('sandbox shows', () => {
  it('answers 2003 when adding a followed show', async () => {
    const reply = await call('/shows/show', demo, { method: 'POST', params: { id: 101 } });

    expect(reply.status).toBe(400);
    expect(reply.json.errors[0].code).toBe(2003);
  });

  it('answers 2004 when removing a show not followed', async () => {
    const removed = await call('/shows/show', demo, { method: 'DELETE', params: { id: 131 } });
    const archived = await call('/shows/archive', demo, { method: 'POST', params: { id: 131 } });

    expect(removed.json.errors[0].code).toBe(2004);
    expect(archived.json.errors[0].code).toBe(2004);
  });

  it('answers 4001 for an unknown show', async () => {
    const added = await call('/shows/show', demo, { method: 'POST', params: { id: 99999 } });
    const displayed = await call('/shows/display', demo, { params: { id: 99999 } });

    expect(added.json.errors[0].code).toBe(4001);
    expect(displayed.json.errors[0].code).toBe(4001);
  });

  it('adds, archives and removes a show', async () => {
    const added = await call('/shows/show', demo, { method: 'POST', params: { id: 131 } });
    const archived = await call('/shows/archive', demo, { method: 'POST', params: { id: 131 } });
    const unarchived = await call('/shows/archive', demo, { method: 'DELETE', params: { id: 131 } });
    const removed = await call('/shows/show', demo, { method: 'DELETE', params: { id: 131 } });

    expect(added.json.show.in_account).toBe(true);
    expect(archived.json.show.user.archived).toBe(true);
    expect(unarchived.json.show.user.archived).toBe(false);
    expect(removed.json.show.in_account).toBe(false);
  });

  it('returns the show object the API documents', async () => {
    const { show } = (await call('/shows/display', demo, { params: { id: 101 } })).json;

    expect(show).toMatchObject({ id: 101, title: 'Le Bureau des Ombres', seasons: '4', episodes: '38', status: 'Continuing', in_account: true });
    expect(show.seasons_details).toEqual([
      { number: 1, episodes: 10 },
      { number: 2, episodes: 10 },
      { number: 3, episodes: 10 },
      { number: 4, episodes: 8 },
    ]);
    expect(show.images.poster).toBe(`${running.url}/images/poster/101.svg`);
    expect(show.user).toMatchObject({ archived: false, favorited: true, remaining: 1, last: 'S04E03' });
    expect(show.user.next.code).toBe('S04E04');
    expect(show.platforms.svods[0].name).toBe('myCANAL');
  });

  it('leaves member fields out without a token', async () => {
    const { show } = (await callApi(running.url, '/shows/display', { params: { id: 102 } })).json;

    expect(show.user).toBeUndefined();
    expect(show.in_account).toBe(false);
    expect(show.platforms).toBeUndefined();
  });

  it('lists one season with shows/episodes', async () => {
    const { episodes } = (await call('/shows/episodes', demo, { params: { id: 101, season: 2 } })).json;

    expect(episodes.length).toBe(10);
    expect(episodes.every((episode: EpisodeJson) => episode.season === 2)).toBe(true);
  });

  it('finds shows by title without accents', async () => {
    const brigade = (await call('/shows/search', demo, { params: { title: 'brigade' } })).json.shows;
    const emile = (await call('/shows/search', demo, { params: { title: 'emile' } })).json.shows;

    expect(brigade.map((show: { title: string }) => show.title)).toEqual(expect.arrayContaining(['Brigade Nord', 'Brigade Sud']));
    expect(brigade.find((show: { id: number }) => show.id === 102).in_account).toBe(true);
    expect(emile[0].title).toBe('Émile et les Robots');
  });

  it('pages search results with nbpp and page', async () => {
    const first = (await call('/shows/search', demo, { params: { title: 'les', nbpp: 3, page: 1 } })).json.shows;
    const second = (await call('/shows/search', demo, { params: { title: 'les', nbpp: 3, page: 2 } })).json.shows;

    expect(first.length).toBe(3);
    expect(second.length).toBe(3);
    expect(second[0].id).not.toBe(first[0].id);
  });

  it('lists archived shows with status', async () => {
    const { shows, total } = (await call('/shows/member', demo, { params: { status: 'archived' } })).json;

    expect(total).toBe(2);
    expect(shows.map((show: { id: number }) => show.id).sort()).toEqual([109, 115]);
  });

  it('pages 2,000 shows 200 at a time', async () => {
    const capped = (await call('/shows/member', marathon, { params: { limit: 500 } })).json;
    const ids = new Set<number>();

    for (let offset = 0; offset < capped.total; offset += 200) {
      const page = (await call('/shows/member', marathon, { params: { limit: 200, offset } })).json;
      for (const show of page.shows) {
        ids.add(show.id);
      }
    }

    expect(capped.shows.length).toBe(200);
    expect(capped.total).toBe(2000);
    expect(ids.size).toBe(2000);
  });

  it('answers 3004 for an unknown status', async () => {
    const reply = await call('/shows/member', demo, { params: { status: 'someday' } });

    expect(reply.json.errors[0].code).toBe(3004);
  });
});

describe('sandbox movies, notifications and planning', () => {
  it('lists movies by state and changes one', async () => {
    const toWatch = (await call('/movies/member', demo, { params: { state: 0 } })).json;
    const movieId = toWatch.movies[0].id;
    await call('/movies/movie', demo, { method: 'POST', params: { id: movieId, state: 1 } });
    const watched = (await call('/movies/member', demo, { params: { state: 1 } })).json;

    expect(toWatch.total).toBe(toWatch.movies.length);
    expect(toWatch.movies.every((movie: { user: { status: number } }) => movie.user.status === 0)).toBe(true);
    expect(watched.movies[0].id).toBe(movieId);
  });

  it('pages movies with limit and start', async () => {
    const page = (await call('/movies/member', demo, { params: { limit: 5, start: 5 } })).json;
    const all = (await call('/movies/member', demo, { params: { limit: 5000 } })).json;

    expect(page.movies.length).toBe(5);
    expect(page.movies[0].id).toBe(all.movies[5].id);
    expect(all.total).toBe(14);
  });

  it('lists unseen notifications, or all with all=1', async () => {
    const unseen = (await call('/members/notifications', demo)).json.notifications;
    const all = (await call('/members/notifications', demo, { params: { all: 1, number: 50 } })).json.notifications;
    const hostile = all.map((notification: { html: string }) => notification.html).join('\n');

    expect(unseen.every((notification: { seen: string | null }) => notification.seen === null)).toBe(true);
    expect(all.length).toBeGreaterThan(unseen.length);
    expect(hostile).toContain('<b>');
    expect(hostile).toContain('onerror=');
  });

  it('plans episodes around today by date', async () => {
    const { episodes } = (await call('/planning/member', demo)).json;
    const dates = episodes.map((episode: EpisodeJson) => episode.date);

    expect(episodes.length).toBeGreaterThan(10);
    expect([...dates].sort()).toEqual(dates);
    expect(dates.some((date: string) => date > today())).toBe(true);
  });

  it('plans one month with month=', async () => {
    const month = today().slice(0, 7);
    const { episodes } = (await call('/planning/member', demo, { params: { month, unseen: 1 } })).json;

    expect(episodes.every((episode: EpisodeJson) => episode.date.startsWith(month))).toBe(true);
    expect(episodes.every((episode: EpisodeJson) => episode.user.seen === false)).toBe(true);
  });
});
