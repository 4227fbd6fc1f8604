import { startSandbox } from '../../../sandbox/server';
import { callApi, type CallOptions } from '../../../sandbox/testing/callApi';
import type { Json } from './mutateReply';

/** Realistic replies by endpoint (`METHOD /path`), as the sandbox sends them. */
export type ReplyCorpus = Record<string, Json>;

/**
 * Takes one real reply of every endpoint the API client reads from a fresh sandbox on loopback,
 * as the starting point of the mutations.
 */
export async function captureReplies(): Promise<ReplyCorpus> {
  const running = await startSandbox({ port: 0, log: () => undefined });

  try {
    const { sandbox, url } = running;
    const token = sandbox.createToken('demo');
    const corpus: ReplyCorpus = {};

    const capture = async (path: string, options: CallOptions = {}): Promise<Json> => {
      const reply = await callApi(url, path, { token, ...options });
      if (reply.status !== 200) {
        throw new Error(`Capturing ${options.method ?? 'GET'} ${path} failed with HTTP ${reply.status}: ${reply.text.slice(0, 200)}`);
      }

      const json = JSON.parse(reply.text) as Json;
      corpus[`${options.method ?? 'GET'} ${path}`] = json;
      return json;
    };

    const unwatched = (await capture('/episodes/list', { params: { limit: 3 } })) as { shows: Array<{ id: number; unseen: Array<{ id: number }> }> };
    const show = unwatched.shows.find((candidate) => candidate.unseen.length >= 2);
    if (!show) {
      throw new Error('The demo member has no show with two unwatched episodes to capture.');
    }

    const episodeId = show.unseen[0]?.id ?? 0;
    await capture('/episodes/display', { params: { id: episodeId } });
    await capture('/episodes/watched', { method: 'POST', params: { id: episodeId, bulk: false } });
    await capture('/episodes/watched', { method: 'DELETE', params: { id: episodeId } });
    await capture('/shows/member', { params: { limit: 20 } });
    await capture('/shows/display', { params: { id: show.id } });
    await capture('/shows/episodes', { params: { id: show.id, season: 1 } });
    await capture('/shows/seasons', { params: { id: show.id } });

    const search = (await capture('/shows/search', { params: { title: 'a', nbpp: 20 } })) as { shows: Array<{ id: number; in_account: boolean }> };
    const unfollowed = search.shows.find((candidate) => !candidate.in_account);
    if (!unfollowed) {
      throw new Error('The sandbox has no show outside the demo account to capture.');
    }

    await capture('/shows/show', { method: 'POST', params: { id: unfollowed.id } });
    await capture('/shows/archive', { method: 'POST', params: { id: unfollowed.id } });
    await capture('/shows/archive', { method: 'DELETE', params: { id: unfollowed.id } });
    await capture('/shows/show', { method: 'DELETE', params: { id: unfollowed.id } });
    await capture('/seasons/watched', { method: 'POST', params: { id: show.id, season: 1 } });

    const movies = (await capture('/movies/member', { params: { limit: 20 } })) as { movies: Array<{ id: number }> };
    await capture('/movies/movie', { method: 'POST', params: { id: movies.movies[0]?.id ?? 0, state: 1 } });

    await capture('/members/infos');
    await capture('/members/is_active');
    await capture('/members/notifications', { params: { number: 20, all: 1 } });
    await capture('/planning/member');

    const device = (await capture('/oauth/device', { method: 'POST', params: { client_id: 'sandbox-demo-key' } })) as {
      device_code: string;
      user_code: string;
    };
    sandbox.approve(device.user_code, 'demo');
    await capture('/oauth/access_token', {
      method: 'POST',
      params: { client_id: 'sandbox-demo-key', client_secret: 'sandbox-demo-secret', code: device.device_code },
    });

    await capture('/members/destroy', { method: 'POST', token: sandbox.createToken('demo') });

    return corpus;
  } finally {
    await running.close();
  }
}
