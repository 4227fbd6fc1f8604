import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSandbox, startSandbox, type RunningSandbox } from '../../sandbox/server';
import { callApi, type TokenTransport } from '../../sandbox/testing/callApi';

let running: RunningSandbox;
let token: string;

beforeAll(async () => {
  running = await startSandbox({ port: 0, log: () => {} });
  token = running.sandbox.createToken('demo');
});

afterAll(async () => {
  await running.close();
});

describe('sandbox API conventions', () => {
  it('starts in well under 300 ms', async () => {
    const started = performance.now();
    createSandbox({ log: () => {} });
    const other = await startSandbox({ port: 0, log: () => {} });
    const elapsed = performance.now() - started;
    await other.close();

    expect(elapsed).toBeLessThan(300);
  });

  it('requires the API key', async () => {
    const missing = await callApi(running.url, '/members/infos', { apiKey: null, token });
    const wrong = await callApi(running.url, '/members/infos', { apiKey: 'someone-else', token });
    const inQuery = await callApi(running.url, '/members/infos?key=sandbox-demo-key', { apiKey: null, token });

    expect(missing.status).toBe(400);
    expect(missing.json.errors[0].code).toBe(1001);
    expect(wrong.json.errors[0].code).toBe(1001);
    expect(inQuery.status).toBe(200);
  });

  it('requires the key on sign-in calls too', async () => {
    const reply = await callApi(running.url, '/oauth/device', { method: 'POST', apiKey: null });

    expect(reply.status).toBe(400);
    expect(reply.json.errors[0].code).toBe(1001);
  });

  it('accepts the version as header or query', async () => {
    const header = await callApi(running.url, '/members/is_active', { token, headers: { 'X-BetaSeries-Version': '3.0' } });
    const query = await callApi(running.url, '/members/is_active?v=3.0', { token });

    expect(header.status).toBe(200);
    expect(query.status).toBe(200);
  });

  it.each<TokenTransport>(['bearer', 'header', 'param'])('reads the token from %s', async (tokenVia) => {
    const reply = await callApi(running.url, '/members/infos', { token, tokenVia });

    expect(reply.status).toBe(200);
    expect(reply.json.member.login).toBe('demo');
    expect(reply.json.errors).toEqual([]);
  });

  it('reads a token sent in a form body', async () => {
    const own = running.sandbox.createToken('demo');

    const destroyed = await callApi(running.url, '/members/destroy', { method: 'POST', token: own, tokenVia: 'param', encoding: 'form' });
    const after = await callApi(running.url, '/members/is_active', { token: own });

    expect(destroyed.status).toBe(200);
    expect(after.json.errors[0].code).toBe(2001);
  });

  it.each(['query', 'form', 'json'] as const)('reads parameters from the %s', async (encoding) => {
    const own = running.sandbox.createToken('demo');
    // Midnight Archive (112), not started: episode 4 only, bulk=false keeps 1 to 3 unseen.
    const marked = await callApi(running.url, '/episodes/watched', {
      method: 'POST',
      encoding,
      token: own,
      params: { id: 112004, bulk: false },
    });
    const list = await callApi(running.url, '/episodes/list', { token: own, params: { showId: 112 } });

    expect(marked.status).toBe(200);
    expect(marked.json.episode.user.seen).toBe(true);
    expect(list.json.shows[0].unseen.map((episode: { episode: number }) => episode.episode)).toEqual([1, 2, 3, 5, 6]);

    running.sandbox.reset();
    token = running.sandbox.createToken('demo');
  });

  it('localizes errors and genre names', async () => {
    const french = await callApi(running.url, '/members/is_active', { token: 'nope' });
    const english = await callApi(running.url, '/members/is_active?locale=en', { token: 'nope' });
    const showFr = await callApi(running.url, '/shows/display', { params: { id: 101 } });
    const showEn = await callApi(running.url, '/shows/display', { params: { id: 101, locale: 'en' } });

    expect(french.json.errors).toEqual([{ code: 2001, text: 'Token invalide.' }]);
    expect(english.json.errors).toEqual([{ code: 2001, text: 'Invalid token.' }]);
    expect(showFr.json.show.genres).toEqual({ Drama: 'Drame', Thriller: 'Thriller' });
    expect(showEn.json.show.genres).toEqual({ Drama: 'Drama', Thriller: 'Thriller' });
  });

  it('answers CORS preflights', async () => {
    const response = await fetch(`${running.url}/episodes/list`, {
      method: 'OPTIONS',
      headers: {
        Origin: 'http://tv.example',
        'Access-Control-Request-Method': 'GET',
        'Access-Control-Request-Headers': 'x-betaseries-key, x-betaseries-version, authorization',
      },
    });
    const allowed = (response.headers.get('access-control-allow-headers') ?? '').toLowerCase();

    expect(response.status).toBe(204);
    expect(response.headers.get('access-control-allow-origin')).toBe('*');
    for (const header of ['x-betaseries-key', 'x-betaseries-version', 'x-betaseries-token', 'authorization', 'content-type']) {
      expect(allowed).toContain(header);
    }
  });

  it('allows any origin on replies, errors included', async () => {
    const ok = await callApi(running.url, '/members/is_active', { token });
    const error = await callApi(running.url, '/members/is_active', { apiKey: null });

    expect(ok.headers.get('access-control-allow-origin')).toBe('*');
    expect(error.headers.get('access-control-allow-origin')).toBe('*');
  });

  it('answers an unknown path with a JSON error', async () => {
    const reply = await callApi(running.url, '/shows/nothing_here', { token });

    expect(reply.status).toBe(400);
    expect(reply.contentType).toContain('application/json');
    expect(reply.json.errors[0].code).toBe(0);
  });

  it('answers a wrong verb with a JSON error', async () => {
    const reply = await callApi(running.url, '/oauth/device');

    expect(reply.status).toBe(400);
    expect(reply.json.errors[0].code).toBe(0);
  });

  it('answers a broken JSON body with a JSON error', async () => {
    const response = await fetch(`${running.url}/shows/show`, {
      method: 'POST',
      headers: { 'X-BetaSeries-Key': 'sandbox-demo-key', 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
      body: '{"id": 131',
    });
    const body = await response.json();

    expect(response.status).toBe(400);
    expect(body.errors[0].code).toBe(0);
  });

  it('says "id" is missing when members/infos gets no token', async () => {
    const reply = await callApi(running.url, '/members/infos');

    expect(reply.status).toBe(400);
    expect(reply.json.errors).toEqual([{ code: 0, text: 'parameter "id" is missing' }]);
  });

  it('answers 2001 for a revoked token on members/infos', async () => {
    const own = running.sandbox.createToken('demo');
    await callApi(running.url, '/members/destroy', { method: 'POST', token: own });

    const reply = await callApi(running.url, '/members/infos', { token: own });

    expect(reply.json.errors[0].code).toBe(2001);
  });

  it('answers 2001 on a data endpoint without a token', async () => {
    const reply = await callApi(running.url, '/episodes/list');

    expect(reply.status).toBe(400);
    expect(reply.json.errors[0].code).toBe(2001);
  });

  it('shows another member by id without a token', async () => {
    const reply = await callApi(running.url, '/members/infos', { params: { id: 2 } });
    const unknown = await callApi(running.url, '/members/infos', { params: { id: 99 } });

    expect(reply.json.member.login).toBe('marathon');
    expect(reply.json.member.in_account).toBe(false);
    expect(unknown.json.errors[0].code).toBe(4002);
  });

  it('returns the member object the API documents', async () => {
    const { member } = (await callApi(running.url, '/members/infos', { token })).json;

    expect(member).toMatchObject({ id: 1, login: 'demo', locale: 'fr' });
    expect(typeof member.xp).toBe('number');
    expect(member.avatar).toBe(`${running.url}/images/avatar/1.svg`);
    for (const field of ['shows', 'seasons', 'episodes', 'episodes_to_watch', 'time_on_tv', 'time_to_spend', 'movies', 'badges']) {
      expect(member.stats, field).toHaveProperty(field);
    }
    // Numbers as strings, as the live API sends some of them.
    expect(typeof member.stats.episodes).toBe('string');
    expect(member.stats.shows).toBe(30);
    expect(member.options).toBeTypeOf('object');
  });

  it('serves the SVG posters it links to', async () => {
    const reply = await callApi(running.url, '/shows/display', { params: { id: 124 } });
    const poster = await fetch(reply.json.show.images.poster);
    const svg = await poster.text();
    const missing = await fetch(`${running.url}/images/poster/99999.svg`);

    expect(reply.json.show.images.poster).toBe(`${running.url}/images/poster/124.svg`);
    expect(poster.status).toBe(200);
    expect(poster.headers.get('content-type')).toContain('image/svg+xml');
    expect(poster.headers.get('cache-control')).toContain('max-age=31536000');
    expect(svg).toContain('Coloc&#39; &amp; Co');
    expect(missing.status).toBe(404);
  });

  it('restores the demo data on reset', async () => {
    const own = running.sandbox.createToken('demo');
    await callApi(running.url, '/shows/show', { method: 'POST', token: own, params: { id: 131 } });

    running.sandbox.reset();
    const fresh = running.sandbox.createToken('demo');
    const show = await callApi(running.url, '/shows/display', { token: fresh, params: { id: 131 } });
    const oldToken = await callApi(running.url, '/members/is_active', { token: own });

    expect(show.json.show.in_account).toBe(false);
    expect(oldToken.json.errors[0].code).toBe(2001);
    token = running.sandbox.createToken('demo');
  });

  it('serves the test controls over HTTP only when asked', async () => {
    const controlled = await startSandbox({ port: 0, controlApi: true, log: () => {} });

    try {
      const base = controlled.url;
      const code = (await callApi(base, '/oauth/device', { method: 'POST' })).json;
      const codes = await (await fetch(`${base}/__sandbox/codes`)).json();
      const approved = await fetch(`${base}/__sandbox/approve`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ userCode: code.user_code, login: 'demo' }),
      });
      const fault = await fetch(`${base}/__sandbox/faults`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ kind: 'html5xx', status: 503, path: '/members/infos', times: 1 }),
      });
      const faulted = await callApi(base, '/members/infos');
      const log = await (await fetch(`${base}/__sandbox/requests`)).json();

      expect(codes.codes).toEqual([{ userCode: code.user_code, expiresInSeconds: 1800 }]);
      expect(approved.status).toBe(200);
      expect(fault.status).toBe(200);
      expect(faulted.status).toBe(503);
      expect(log.entries.map((entry: { path: string }) => entry.path)).toEqual(['/oauth/device', '/members/infos']);
    } finally {
      await controlled.close();
    }

    const hidden = await callApi(running.url, '/__sandbox/codes');
    expect(hidden.status).toBe(400);
    expect(hidden.json.errors[0].code).toBe(0);
  });
});
