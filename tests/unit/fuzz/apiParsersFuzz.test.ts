import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApiClient, type ApiClient } from '../../../src/api/client';
import { getEpisode, listUnwatched, markEpisodeWatched, unmarkEpisodeWatched } from '../../../src/api/episodes';
import { getMemberInfos, destroyToken, isTokenActive } from '../../../src/api/members';
import { listAllMemberShows, listMemberShows } from '../../../src/api/memberShows';
import { listMemberMovies, setMovieState } from '../../../src/api/movies';
import { listNotifications } from '../../../src/api/notifications';
import { exchangeDeviceCode, requestDeviceCode } from '../../../src/api/oauth';
import { listPlanning } from '../../../src/api/planning';
import { markSeasonWatched, unmarkSeasonWatched } from '../../../src/api/seasons';
import { addShow, archiveShow, getShow, listShowEpisodes, listShowSeasons, removeShow, searchShows, unarchiveShow } from '../../../src/api/shows';
import { setLogLevel } from '../../../src/logger';
import { captureReplies, type ReplyCorpus } from './captureReplies';
import { fuzzTarget, type FuzzTarget } from './fuzzHarness';
import { startReplyServer, type ReplyServer } from './replyServer';
import { createSeededRandom } from './seededRandom';

/** Set FUZZ_SEED to replay a run. The summary line prints the seed in use. */
const SEED = Number(process.env.FUZZ_SEED ?? 20_240_301);

/** Mutated replies per public function: 25 functions × 48 = 1,200 replies. */
const CASES_PER_FUNCTION = 48;

const TOKEN = 'fuzz-token';

const TARGETS: readonly FuzzTarget[] = [
  { name: 'listUnwatched', reply: 'GET /episodes/list', call: (client) => listUnwatched(client, TOKEN, { limit: 3 }) },
  { name: 'getEpisode', reply: 'GET /episodes/display', call: (client) => getEpisode(client, TOKEN, 1) },
  { name: 'markEpisodeWatched', reply: 'POST /episodes/watched', call: (client) => markEpisodeWatched(client, TOKEN, 1) },
  { name: 'unmarkEpisodeWatched', reply: 'DELETE /episodes/watched', call: (client) => unmarkEpisodeWatched(client, TOKEN, 1) },
  { name: 'listMemberShows', reply: 'GET /shows/member', call: (client) => listMemberShows(client, TOKEN, { limit: 20 }) },
  { name: 'listAllMemberShows', reply: 'GET /shows/member', call: (client) => listAllMemberShows(client, TOKEN) },
  { name: 'getShow', reply: 'GET /shows/display', call: (client) => getShow(client, TOKEN, 1) },
  { name: 'listShowEpisodes', reply: 'GET /shows/episodes', call: (client) => listShowEpisodes(client, TOKEN, 1, 1) },
  { name: 'listShowSeasons', reply: 'GET /shows/seasons', call: (client) => listShowSeasons(client, TOKEN, 1) },
  { name: 'searchShows', reply: 'GET /shows/search', call: (client) => searchShows(client, TOKEN, { title: 'a' }) },
  { name: 'addShow', reply: 'POST /shows/show', call: (client) => addShow(client, TOKEN, 1) },
  { name: 'removeShow', reply: 'DELETE /shows/show', call: (client) => removeShow(client, TOKEN, 1) },
  { name: 'archiveShow', reply: 'POST /shows/archive', call: (client) => archiveShow(client, TOKEN, 1) },
  { name: 'unarchiveShow', reply: 'DELETE /shows/archive', call: (client) => unarchiveShow(client, TOKEN, 1) },
  { name: 'markSeasonWatched', reply: 'POST /seasons/watched', call: (client) => markSeasonWatched(client, TOKEN, 1, 1) },
  { name: 'unmarkSeasonWatched', reply: 'POST /seasons/watched', call: (client) => unmarkSeasonWatched(client, TOKEN, 1, 1) },
  { name: 'listMemberMovies', reply: 'GET /movies/member', call: (client) => listMemberMovies(client, TOKEN, { limit: 20 }) },
  { name: 'setMovieState', reply: 'POST /movies/movie', call: (client) => setMovieState(client, TOKEN, 1, 1) },
  { name: 'getMemberInfos', reply: 'GET /members/infos', call: (client) => getMemberInfos(client, TOKEN) },
  { name: 'isTokenActive', reply: 'GET /members/is_active', call: (client) => isTokenActive(client, TOKEN) },
  { name: 'destroyToken', reply: 'POST /members/destroy', call: (client) => destroyToken(client, TOKEN) },
  { name: 'listNotifications', reply: 'GET /members/notifications', call: (client) => listNotifications(client, TOKEN, { includeSeen: true }) },
  { name: 'listPlanning', reply: 'GET /planning/member', call: (client) => listPlanning(client, TOKEN) },
  { name: 'requestDeviceCode', reply: 'POST /oauth/device', call: (client) => requestDeviceCode(client) },
  { name: 'exchangeDeviceCode', reply: 'POST /oauth/access_token', call: (client) => exchangeDeviceCode(client, 'fuzz-device-code') },
];

interface Totals {
  replies: number;
  parsed: number;
  typedErrors: number;
  uncaught: number;
  typeProblems: number;
}

const totals: Totals = { replies: 0, parsed: 0, typedErrors: 0, uncaught: 0, typeProblems: 0 };

let corpus: ReplyCorpus;
let server: ReplyServer;
let client: ApiClient;

beforeAll(async () => {
  // Thousands of failed requests would each log a warning.
  setLogLevel('error');
  corpus = await captureReplies();
  server = await startReplyServer();
  client = createApiClient({
    baseUrl: server.url,
    apiKey: 'fuzz-key',
    clientSecret: 'fuzz-secret',
    tokenUrl: `${server.url}/oauth/access_token`,
    getLocale: () => 'fr',
    timeoutMs: 5_000,
  });
}, 30_000);

afterAll(async () => {
  setLogLevel('info');
  await server?.close();
});

describe('API parsers under mutated replies', () => {
  it.each(TARGETS.map((target, index) => [target.name, target, index] as const))(
    '%s throws only typed errors',
    async (_name, target, index) => {
      const sample = corpus[target.reply];
      expect(sample, `no captured reply for ${target.reply}`).toBeDefined();

      const random = createSeededRandom(SEED + index * 7_919);
      const result = await fuzzTarget(target, sample ?? null, { server, client, random, count: CASES_PER_FUNCTION, seed: SEED });

      totals.replies += CASES_PER_FUNCTION;
      totals.parsed += result.parsed;
      totals.typedErrors += result.typedErrors;
      totals.uncaught += result.uncaught.length;
      totals.typeProblems += result.typeProblems.length;

      expect(result.uncaught).toEqual([]);
      expect(result.typeProblems).toEqual([]);
    },
    60_000,
  );

  it('catches an untyped error and a NaN', async () => {
    // Two deliberately broken readers of the same replies show that the harness can fail.
    const sloppy: FuzzTarget = {
      name: 'sloppyShowCount',
      reply: 'GET /shows/member',
      call: async (fuzzClient) => {
        const reply = await fuzzClient.request({ method: 'GET', path: '/shows/member' });
        const ids = (reply.shows as Array<{ id: unknown }>).map((show) => show.id);
        return { ids, total: (reply.total as number).toFixed(0), showsAsNumber: Number(reply.shows) };
      },
    };

    // A fixed seed and more cases, so FUZZ_SEED cannot pick a run where the broken reader passes.
    const selfCheckSeed = 7;
    const result = await fuzzTarget(sloppy, corpus['GET /shows/member'] ?? null, {
      server,
      client,
      random: createSeededRandom(selfCheckSeed),
      count: 200,
      seed: selfCheckSeed,
    });

    expect(result.uncaught.length).toBeGreaterThan(0);
    expect(result.typeProblems.length).toBeGreaterThan(0);
  });

  it('tries at least 1,000 mutated replies', () => {
    console.log(
      `fuzz summary: seed ${SEED}, ${totals.replies} mutated replies, ${totals.parsed} parsed, ` +
        `${totals.typedErrors} typed errors, ${totals.uncaught} uncaught errors, ${totals.typeProblems} type problems`,
    );

    expect(totals.replies).toBeGreaterThanOrEqual(1_000);
    // A fuzzer whose every reply fails, or none, is not exercising the parsers.
    expect(totals.parsed).toBeGreaterThan(totals.replies / 10);
    expect(totals.typedErrors).toBeGreaterThan(totals.replies / 10);
  });
});
