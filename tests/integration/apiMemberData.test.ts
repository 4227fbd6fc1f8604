import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startSandbox, type RunningSandbox } from '../../sandbox/server';
import { createApiClient, type ApiClient } from '../../src/api/client';
import { ApiError, isSessionOver } from '../../src/api/errors';
import { getEpisode, listUnwatched, markEpisodeWatched, unmarkEpisodeWatched } from '../../src/api/episodes';
import { listAllMemberShows, listMemberShows, MAX_MEMBER_SHOWS_LIMIT } from '../../src/api/memberShows';
import { listMemberMovies, setMovieState } from '../../src/api/movies';
import { listNotifications } from '../../src/api/notifications';
import { listPlanning } from '../../src/api/planning';
import { markSeasonWatched, unmarkSeasonWatched } from '../../src/api/seasons';
import {
  addShow,
  archiveShow,
  getShow,
  listShowEpisodes,
  listShowSeasons,
  removeShow,
  searchShows,
  unarchiveShow,
} from '../../src/api/shows';
import type { UnwatchedShow } from '../../src/api/types';

let running: RunningSandbox;
let client: ApiClient;
let token: string;

beforeAll(async () => {
  running = await startSandbox({ port: 0, log: () => undefined });
  client = createApiClient({
    baseUrl: running.url,
    apiKey: 'sandbox-demo-key',
    clientSecret: 'sandbox-demo-secret',
    tokenUrl: `${running.url}/oauth/access_token`,
    getLocale: () => 'fr',
    timeoutMs: 5_000,
  });
});

afterAll(async () => {
  await running.close();
});

beforeEach(() => {
  running.sandbox.reset();
  running.sandbox.faults.clear();
  running.sandbox.requests.clear();
  token = running.sandbox.createToken('demo');
});

async function rejectionOf(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected the call to fail');
}

async function apiErrorCode(promise: Promise<unknown>): Promise<number> {
  const error = await rejectionOf(promise);
  if (!(error instanceof ApiError)) {
    throw new Error(`expected an ApiError, got ${String(error)}`);
  }
  return error.code;
}

/** Finds a show of the demo member with at least three released episodes left to watch. */
async function showWithUnseenEpisodes(): Promise<UnwatchedShow> {
  const list = await listUnwatched(client, token, { limit: 3 });
  const show = list.shows.find((candidate) => candidate.unseen.length >= 3);
  if (!show) {
    throw new Error('the demo member has no show with three unwatched episodes');
  }
  return show;
}

async function unseenIds(showId: number): Promise<number[]> {
  const list = await listUnwatched(client, token, { showId, released: 0 });
  return (list.shows[0]?.unseen ?? []).map((episode) => episode.id);
}

describe('episodes/list', () => {
  it('lists unwatched episodes by show', async () => {
    const list = await listUnwatched(client, token, { limit: 2 });

    expect(list.shows.length).toBeGreaterThan(0);
    expect(list.totalEpisodes).toBeGreaterThan(0);
    for (const show of list.shows) {
      expect(show.unseen.length).toBeLessThanOrEqual(2);
      expect(show.unseen.every((episode) => !episode.seen && episode.show.id === show.id)).toBe(true);
    }
  });

  it('lists upcoming episodes with released=2', async () => {
    const released = await listUnwatched(client, token, { released: 1 });
    const upcoming = await listUnwatched(client, token, { released: 2 });
    const latestReleased = released.shows
      .flatMap((show) => show.unseen)
      .map((episode) => episode.date ?? '')
      .sort()
      .pop();

    const upcomingDates = upcoming.shows.flatMap((show) => show.unseen).map((episode) => episode.date ?? '');
    expect(upcomingDates.length).toBeGreaterThan(0);
    expect(upcomingDates.every((date) => date > (latestReleased ?? ''))).toBe(true);
  });

  it('rejects an invalid token as session over', async () => {
    const error = await rejectionOf(listUnwatched(client, 'not-a-token'));

    expect(isSessionOver(error)).toBe(true);
  });
});

describe('episodes/watched', () => {
  it('marks only the given episode', async () => {
    const show = await showWithUnseenEpisodes();
    const [first, second] = show.unseen;

    const marked = await markEpisodeWatched(client, token, second?.id ?? 0);

    expect(marked.map((episode) => episode.id)).toEqual([second?.id]);
    expect(marked[0]?.seen).toBe(true);
    const left = await unseenIds(show.id);
    expect(left).toContain(first?.id);
    expect(left).not.toContain(second?.id);
  });

  it('marks earlier ones without bulk=false', async () => {
    // The API's default bulk=true also marks every earlier episode. This control shows that the
    // sandbox does the same, so the test above would fail if bulk=false were not sent.
    const show = await showWithUnseenEpisodes();
    const [first, second] = show.unseen;

    await client.request({ method: 'POST', path: '/episodes/watched', token, params: { id: second?.id } });

    expect(await unseenIds(show.id)).not.toContain(first?.id);
  });

  it('marks several episodes at once', async () => {
    const show = await showWithUnseenEpisodes();
    const ids = show.unseen.slice(1, 3).map((episode) => episode.id);

    const marked = await markEpisodeWatched(client, token, ids);

    expect(marked.map((episode) => episode.id).sort()).toEqual([...ids].sort());
    expect(await unseenIds(show.id)).toContain(show.unseen[0]?.id);
  });

  it('unmarks and then reports 2005', async () => {
    const show = await showWithUnseenEpisodes();
    const episodeId = show.unseen[0]?.id ?? 0;
    await markEpisodeWatched(client, token, episodeId);

    const unmarked = await unmarkEpisodeWatched(client, token, episodeId);

    expect(unmarked?.id).toBe(episodeId);
    expect(unmarked?.seen).toBe(false);
    expect(await apiErrorCode(unmarkEpisodeWatched(client, token, episodeId))).toBe(2005);
  });

  it('reads one episode', async () => {
    const show = await showWithUnseenEpisodes();
    const expected = show.unseen[0];

    const episode = await getEpisode(client, token, expected?.id ?? 0);

    expect(episode.id).toBe(expected?.id);
    expect(episode.code).toBe(expected?.code);
    expect(episode.show.id).toBe(show.id);
    expect(episode.seen).toBe(false);
  });
});

describe('shows', () => {
  it('pages the member shows', async () => {
    const page = await listMemberShows(client, token, { limit: 5, offset: 0, order: 'alphabetical' });
    const next = await listMemberShows(client, token, { limit: 5, offset: 5, order: 'alphabetical' });

    expect(page.shows).toHaveLength(5);
    expect(page.total).toBeGreaterThan(10);
    expect(next.shows.map((show) => show.id)).not.toContain(page.shows[0]?.id);
    const titles = page.shows.map((show) => show.title);
    expect(titles).toEqual([...titles].sort((a, b) => a.localeCompare(b, 'fr')));
  });

  it('fetches all 2,000 shows of the heavy member', async () => {
    const heavyToken = running.sandbox.createToken('marathon');

    const all = await listAllMemberShows(client, heavyToken);

    expect(all.shows.length).toBe(all.total);
    expect(all.total).toBeGreaterThanOrEqual(2_000);
    expect(new Set(all.shows.map((show) => show.id)).size).toBe(all.shows.length);
    expect(running.sandbox.requests.count('/shows/member')).toBe(Math.ceil(all.total / MAX_MEMBER_SHOWS_LIMIT));
  });

  it('displays a show with its seasons and episodes', async () => {
    const { shows } = await listMemberShows(client, token, { limit: 1 });
    const showId = shows[0]?.id ?? 0;

    const show = await getShow(client, token, showId);
    const seasons = await listShowSeasons(client, token, showId);
    const episodes = await listShowEpisodes(client, token, showId, 1);

    expect(show.id).toBe(showId);
    expect(show.inAccount).toBe(true);
    expect(show.user).not.toBeNull();
    expect(seasons.map((season) => season.number)).toEqual(show.seasonsDetails.map((season) => season.number));
    expect(episodes.length).toBe(show.seasonsDetails[0]?.episodes);
    expect(episodes.every((episode) => episode.season === 1)).toBe(true);
  });

  it('reports 4001 for an unknown show', async () => {
    expect(await apiErrorCode(getShow(client, token, 987_654))).toBe(4001);
  });

  it('searches shows by title', async () => {
    const { shows } = await listMemberShows(client, token, { limit: 1 });
    const title = shows[0]?.title ?? '';

    const found = await searchShows(client, token, { title: title.slice(0, 6), perPage: 10 });

    expect(found.map((show) => show.id)).toContain(shows[0]?.id);
  });

  it('adds and removes a show', async () => {
    const { shows } = await listMemberShows(client, token, { limit: 1 });
    const showId = shows[0]?.id ?? 0;

    expect(await apiErrorCode(addShow(client, token, showId))).toBe(2003);

    const removed = await removeShow(client, token, showId);
    expect(removed?.inAccount).toBe(false);
    expect(await apiErrorCode(removeShow(client, token, showId))).toBe(2004);

    const added = await addShow(client, token, showId);
    expect(added?.inAccount).toBe(true);
  });

  it('archives and unarchives a show', async () => {
    const { shows } = await listMemberShows(client, token, { limit: 1, status: 'current' });
    const showId = shows[0]?.id ?? 0;

    const archived = await archiveShow(client, token, showId);
    const listed = await listMemberShows(client, token, { status: 'archived', limit: MAX_MEMBER_SHOWS_LIMIT });
    const unarchived = await unarchiveShow(client, token, showId);

    expect(archived?.user?.archived).toBe(true);
    expect(listed.shows.map((show) => show.id)).toContain(showId);
    expect(unarchived?.user?.archived).toBe(false);
  });
});

describe('seasons/watched', () => {
  it('marks and unmarks a whole season', async () => {
    const show = await showWithUnseenEpisodes();
    const season = show.unseen[0]?.season ?? 1;
    const seasonOf = async () => (await listShowSeasons(client, token, show.id)).find((entry) => entry.number === season);

    await markSeasonWatched(client, token, show.id, season);
    expect((await seasonOf())?.seen).toBe(true);

    await unmarkSeasonWatched(client, token, show.id, season);
    expect((await seasonOf())?.seen).toBe(false);
  });
});

describe('movies', () => {
  it('lists movies by state', async () => {
    const toWatch = await listMemberMovies(client, token, { state: 0 });

    expect(toWatch.movies.length).toBeGreaterThan(0);
    expect(toWatch.total).toBe(toWatch.movies.length);
    expect(toWatch.movies.every((movie) => movie.state === 0)).toBe(true);
  });

  it('moves a movie to watched', async () => {
    const movieId = (await listMemberMovies(client, token, { state: 0 })).movies[0]?.id ?? 0;

    const movie = await setMovieState(client, token, movieId, 1);
    const watched = await listMemberMovies(client, token, { state: 1 });

    expect(movie?.state).toBe(1);
    expect(watched.movies.map((entry) => entry.id)).toContain(movieId);
  });
});

describe('notifications and planning', () => {
  it('lists notifications without html', async () => {
    const notifications = await listNotifications(client, token, { count: 5 });

    expect(notifications.length).toBeGreaterThan(0);
    expect(notifications.length).toBeLessThanOrEqual(5);
    for (const notification of notifications) {
      expect(notification.id).toBeGreaterThan(0);
      expect(notification.text).not.toMatch(/<[a-z]/i);
      expect(notification).not.toHaveProperty('html');
    }
  });

  it('lists the planning of a month', async () => {
    const all = await listPlanning(client, token);
    const month = all[0]?.date?.slice(0, 7) ?? '';

    const inMonth = await listPlanning(client, token, { month });

    expect(inMonth.length).toBeGreaterThan(0);
    expect(inMonth.every((episode) => episode.date?.startsWith(month))).toBe(true);
  });
});
