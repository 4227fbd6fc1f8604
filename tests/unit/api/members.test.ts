import { afterEach, describe, expect, it } from 'vitest';
import { createApiClient } from '../../../src/api/client';
import { ApiError, InvalidResponseError, NetworkError } from '../../../src/api/errors';
import { destroyToken, getMemberInfos, isTokenActive } from '../../../src/api/members';
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

const sessionOver = { errors: [{ code: 2001, text: 'Token invalide.' }] };

describe('getMemberInfos', () => {
  it('normalizes string numbers and null avatar', async () => {
    const client = await clientFor((_request, response) =>
      sendJson(response, 200, {
        member: {
          id: '42',
          login: 'demo',
          xp: '1200',
          locale: 'fr',
          avatar: null,
          stats: { shows: '12', episodes: 340, episodes_to_watch: '7', time_on_tv: '20400', badges: null },
        },
        errors: [],
      }),
    );

    const member = await getMemberInfos(client, 'tok');

    expect(member).toEqual({
      id: 42,
      login: 'demo',
      xp: 1200,
      locale: 'fr',
      avatar: null,
      stats: { shows: 12, seasons: 0, episodes: 340, episodesToWatch: 7, timeOnTv: 20400, timeToSpend: 0, movies: 0, badges: 0 },
    });
    expect(server?.requests[0]?.headers.authorization).toBe('Bearer tok');
  });

  it('rejects a reply without member', async () => {
    const client = await clientFor((_request, response) => sendJson(response, 200, { errors: [] }));

    await expect(getMemberInfos(client, 'tok')).rejects.toThrow(/"member"/);
  });

  it('rejects a member without id', async () => {
    const client = await clientFor((_request, response) => sendJson(response, 200, { member: { login: 'x' } }));

    const pending = getMemberInfos(client, 'tok');

    await expect(pending).rejects.toBeInstanceOf(InvalidResponseError);
    await expect(pending).rejects.toThrow(/member\.id/);
  });
});

describe('isTokenActive', () => {
  it('returns true for a valid token', async () => {
    const client = await clientFor((_request, response) => sendJson(response, 200, { errors: [] }));

    await expect(isTokenActive(client, 'tok')).resolves.toBe(true);
    expect(server?.requests[0]?.url.pathname).toBe('/members/is_active');
  });

  it('returns false on 2001', async () => {
    const client = await clientFor((_request, response) => sendJson(response, 400, sessionOver));

    await expect(isTokenActive(client, 'tok')).resolves.toBe(false);
  });

  it('returns false on missing id', async () => {
    const client = await clientFor((_request, response) =>
      sendJson(response, 400, { errors: [{ code: 0, text: 'parameter "id" is missing' }] }),
    );

    await expect(isTokenActive(client, 'tok')).resolves.toBe(false);
  });

  it('throws on a network failure', async () => {
    const client = await clientFor((_request, response) => response.socket?.destroy());

    await expect(isTokenActive(client, 'tok')).rejects.toBeInstanceOf(NetworkError);
  });

  it('throws on another API error', async () => {
    const client = await clientFor((_request, response) =>
      sendJson(response, 400, { errors: [{ code: 1001, text: 'Clé invalide.' }] }),
    );

    await expect(isTokenActive(client, 'tok')).rejects.toBeInstanceOf(ApiError);
  });
});

describe('destroyToken', () => {
  it('posts to members/destroy', async () => {
    const client = await clientFor((_request, response) => sendJson(response, 200, { errors: [] }));

    await destroyToken(client, 'tok');

    expect(server?.requests[0]?.method).toBe('POST');
    expect(server?.requests[0]?.url.pathname).toBe('/members/destroy');
    expect(server?.requests[0]?.headers.authorization).toBe('Bearer tok');
  });

  it('resolves when the session is already over', async () => {
    const client = await clientFor((_request, response) => sendJson(response, 400, sessionOver));

    await expect(destroyToken(client, 'tok')).resolves.toBeUndefined();
  });

  it('throws on a 503 page', async () => {
    const client = await clientFor((_request, response) => {
      response.writeHead(503, { 'Content-Type': 'text/html' });
      response.end('<h1>Service Unavailable</h1>');
    });

    await expect(destroyToken(client, 'tok')).rejects.toBeInstanceOf(InvalidResponseError);
  });
});
