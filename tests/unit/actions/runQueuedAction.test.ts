import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { actionQueueFor } from '../../../src/actions/actionQueueRegistry';
import { runQueuedAction } from '../../../src/actions/runQueuedAction';
import type { ApiClient } from '../../../src/api/client';
import { ApiError } from '../../../src/api/errors';
import { apiError, createGate, startScriptedApiServer, type ScriptedApiServer } from './scriptedApiServer';

const SESSION = { memberId: 1, token: 'token-1' };

let server: ScriptedApiServer;
let client: ApiClient;

async function rejectionOf(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected the change to be rejected');
}

beforeEach(async () => {
  server = await startScriptedApiServer();
  client = server.client();
});

afterEach(async () => {
  actionQueueFor(client).dispose();
  await server.close();
});

describe('runQueuedAction', () => {
  it('resolves once the API applied the change', async () => {
    expect(await runQueuedAction(client, SESSION, { kind: 'markWatched', episodeId: 4 })).toBe('applied');
    expect(server.requests.map((request) => request.path)).toEqual(['/episodes/watched']);
  });

  it('resolves an already applied change', async () => {
    server.replies.push(apiError(2003));

    expect(await runQueuedAction(client, SESSION, { kind: 'addShow', showId: 4 })).toBe('alreadyApplied');
  });

  it('rejects with the API error', async () => {
    server.replies.push(apiError(4001, 'Série introuvable.'));

    const error = await rejectionOf(runQueuedAction(client, SESSION, { kind: 'addShow', showId: 4 }));

    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).code).toBe(4001);
  });

  it('waits through a lost connection', async () => {
    server.replies.push({ drop: true });
    const queue = actionQueueFor(client);
    const result = runQueuedAction(client, SESSION, { kind: 'markWatched', episodeId: 4 });

    await expect.poll(() => queue.getSnapshot().retryAt).not.toBeNull();
    queue.retryNow();

    expect(await result).toBe('applied');
    expect(server.requests).toHaveLength(2);
  });

  it('settles both sides of a cancelled pair', async () => {
    const gate = createGate();
    server.replies.push({ holdUntil: gate.promise });

    const first = runQueuedAction(client, SESSION, { kind: 'addShow', showId: 1 });
    const mark = runQueuedAction(client, SESSION, { kind: 'markWatched', episodeId: 4 });
    const unmark = runQueuedAction(client, SESSION, { kind: 'unmarkWatched', episodeId: 4 });
    gate.open();

    expect(await unmark).toBe('cancelled');
    expect(await mark).toBe('cancelled');
    expect(await first).toBe('applied');
    expect(server.requests.map((request) => request.path)).toEqual(['/shows/show']);
  });

  it('settles a replaced movie change', async () => {
    const gate = createGate();
    server.replies.push({ holdUntil: gate.promise });

    const first = runQueuedAction(client, SESSION, { kind: 'addShow', showId: 1 });
    const watched = runQueuedAction(client, SESSION, { kind: 'setMovieState', movieId: 8, state: 1 });
    const undo = runQueuedAction(client, SESSION, { kind: 'setMovieState', movieId: 8, state: 0 });
    gate.open();

    expect(await watched).toBe('cancelled');
    expect(await undo).toBe('applied');
    expect(await first).toBe('applied');
    expect(server.requests.map((request) => request.params.get('state'))).toEqual([null, '0']);
  });

  it('sends directly without a member id', async () => {
    server.replies.push(apiError(2005));

    expect(await runQueuedAction(client, { memberId: null, token: 'token-1' }, { kind: 'unmarkWatched', episodeId: 4 })).toBe('alreadyApplied');
    expect(actionQueueFor(client).getSnapshot().memberId).toBeNull();
  });

  it('rejects directly without a member id when offline', async () => {
    server.replies.push({ drop: true });

    const error = await rejectionOf(runQueuedAction(client, { memberId: null, token: 'token-1' }, { kind: 'markWatched', episodeId: 4 }));

    expect(error).toBeInstanceOf(Error);
    expect(server.requests).toHaveLength(1);
  });
});

describe('actionQueueFor', () => {
  it('returns one queue per client', () => {
    expect(actionQueueFor(client)).toBe(actionQueueFor(client));
  });

  it('disposes the queue of a replaced client', async () => {
    server.replies.push({ drop: true });
    const first = actionQueueFor(client);
    first.setSession(SESSION);
    first.enqueue({ kind: 'markWatched', episodeId: 4 });
    await expect.poll(() => first.getSnapshot().retryAt).not.toBeNull();

    const second = actionQueueFor(server.client());

    expect(second).not.toBe(first);
    expect(() => first.enqueue({ kind: 'addShow', showId: 1 })).toThrow(/after dispose/);
    second.dispose();
  });
});
