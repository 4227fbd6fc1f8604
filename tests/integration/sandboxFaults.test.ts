import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_API_KEY, DEMO_CLIENT_SECRET, startSandbox, type RunningSandbox } from '../../sandbox/server';
import { callApi } from '../../sandbox/testing/callApi';

let running: RunningSandbox;
let token: string;

beforeAll(async () => {
  running = await startSandbox({ port: 0, log: () => {} });
  token = running.sandbox.createToken('demo');
});

afterAll(async () => {
  await running.close();
});

afterEach(() => {
  running.sandbox.faults.clear();
  running.sandbox.requests.clear();
});

function infos() {
  return callApi(running.url, '/members/infos', { token });
}

async function approvedCode(): Promise<string> {
  const code = (await callApi(running.url, '/oauth/device', { method: 'POST' })).json;
  running.sandbox.approve(code.user_code, 'demo');
  return code.device_code;
}

function poll(deviceCode: string) {
  return callApi(running.url, '/oauth/access_token', {
    method: 'POST',
    params: { client_id: DEMO_API_KEY, client_secret: DEMO_CLIENT_SECRET, code: deviceCode },
  });
}

describe('sandbox faults', () => {
  it('delays replies with latency', async () => {
    running.sandbox.faults.set({ kind: 'latency', ms: 300, path: '/members/infos' });

    const started = performance.now();
    const reply = await infos();

    expect(reply.status).toBe(200);
    expect(performance.now() - started).toBeGreaterThanOrEqual(290);
    expect(running.sandbox.requests.entries()[0]?.durationMs).toBeGreaterThanOrEqual(290);
  });

  it('drops the connection without an answer', async () => {
    running.sandbox.faults.set({ kind: 'drop', path: '/members/infos', times: 1 });

    await expect(infos()).rejects.toThrow(TypeError);
    expect((await infos()).status).toBe(200);
  });

  it('answers a CDN HTML page with html5xx', async () => {
    running.sandbox.faults.set({ kind: 'html5xx', times: 1 });
    running.sandbox.faults.set({ kind: 'html5xx', status: 503, retryAfterSeconds: 30, times: 1 });

    const first = await infos();
    const second = await infos();

    expect(first.status).toBe(502);
    expect(first.contentType).toContain('text/html');
    expect(first.text).toContain('502 Bad Gateway');
    expect(second.status).toBe(503);
    expect(second.headers.get('retry-after')).toBe('30');
  });

  it('cuts the JSON with malformedJson', async () => {
    running.sandbox.faults.set({ kind: 'malformedJson', times: 1 });

    const reply = await infos();

    expect(reply.status).toBe(200);
    expect(reply.contentType).toContain('application/json');
    expect(() => JSON.parse(reply.text)).toThrow(SyntaxError);
  });

  it('rejects valid tokens with tokenRejected', async () => {
    running.sandbox.faults.set({ kind: 'tokenRejected', times: 2 });

    const infosReply = await infos();
    const listReply = await callApi(running.url, '/episodes/list', { token });
    const afterwards = await infos();

    expect(infosReply.json.errors[0].code).toBe(2001);
    expect(listReply.json.errors[0].code).toBe(2001);
    expect(afterwards.status).toBe(200);
  });

  it('answers RFC 8628 slow_down with slowDown', async () => {
    running.sandbox.faults.set({ kind: 'slowDown', path: '/oauth/access_token', times: 1 });

    const reply = await poll('f'.repeat(40));

    expect(reply.status).toBe(400);
    expect(reply.json).toEqual({ error: 'slow_down' });
  });

  it('breaks the reply shape with wrongShape', async () => {
    running.sandbox.faults.set({ kind: 'wrongShape', path: '/episodes/list', times: 1 });

    const broken = await callApi(running.url, '/episodes/list', { token });
    const normal = await callApi(running.url, '/episodes/list', { token });

    expect(broken.status).toBe(200);
    expect(typeof broken.json.shows).toBe('string');
    expect(broken.json.total).toBe(normal.json.total);
    expect(Array.isArray(normal.json.shows)).toBe(true);
  });

  it('sends the old form-encoded token with formEncodedToken', async () => {
    running.sandbox.faults.set({ kind: 'formEncodedToken', times: 1 });
    const code = (await callApi(running.url, '/oauth/device', { method: 'POST' })).json;

    const waiting = await poll(code.device_code);
    running.sandbox.approve(code.user_code, 'demo');
    const reply = await poll(code.device_code);
    const form = new URLSearchParams(reply.text);

    // The waiting poll did not use the fault up: it only applies to token replies.
    expect(waiting.json.errors[0].code).toBe(2001);
    expect(reply.status).toBe(200);
    expect(reply.contentType).toContain('application/x-www-form-urlencoded');
    expect(form.get('access_token')).toMatch(/^[0-9a-f]{32}$/);
    expect((await callApi(running.url, '/members/is_active', { token: form.get('access_token') ?? '' })).status).toBe(200);
  });

  it('expires live codes with expireCodes', async () => {
    const deviceCode = await approvedCode();
    running.sandbox.faults.set({ kind: 'expireCodes', path: '/oauth/access_token', times: 1 });

    const reply = await poll(deviceCode);

    expect(reply.status).toBe(400);
    expect(reply.json.errors[0]).toEqual({ code: 3004, text: 'Code expiré.' });
  });

  it('answers any status with Retry-After', async () => {
    running.sandbox.faults.set({ kind: 'status', status: 429, retryAfterSeconds: 7, times: 1 });

    const reply = await infos();

    expect(reply.status).toBe(429);
    expect(reply.headers.get('retry-after')).toBe('7');
    expect(reply.headers.get('access-control-expose-headers')).toContain('Retry-After');
  });

  it('applies a rule only to its path', async () => {
    running.sandbox.faults.set({ kind: 'html5xx', path: '/episodes/list' });

    expect((await infos()).status).toBe(200);
    expect((await callApi(running.url, '/episodes/list', { token })).status).toBe(502);
  });

  it('matches paths with a RegExp', async () => {
    running.sandbox.faults.set({ kind: 'status', status: 503, path: /^\/members\// });

    expect((await infos()).status).toBe(503);
    expect((await callApi(running.url, '/members/is_active', { token })).status).toBe(503);
    expect((await callApi(running.url, '/shows/display', { params: { id: 101 } })).status).toBe(200);
  });

  it('stops after times requests', async () => {
    running.sandbox.faults.set({ kind: 'html5xx', times: 2 });

    const statuses = [(await infos()).status, (await infos()).status, (await infos()).status];

    expect(statuses).toEqual([502, 502, 200]);
  });

  it('stops every rule on clear', async () => {
    running.sandbox.faults.set({ kind: 'html5xx' });
    running.sandbox.faults.clear();

    expect((await infos()).status).toBe(200);
  });

  it('refuses a rule it cannot apply', () => {
    expect(() => running.sandbox.faults.set({ kind: 'latency' })).toThrow(/needs ms/);
    expect(() => running.sandbox.faults.set({ kind: 'drop', times: 0 })).toThrow(/positive integer/);
  });
});

describe('sandbox request log', () => {
  it('records method, path, time and duration', async () => {
    await callApi(running.url, '/members/infos?locale=en', { token, tokenVia: 'param' });
    await callApi(running.url, '/oauth/device', { method: 'POST' });

    const entries = running.sandbox.requests.entries();

    expect(entries.map(({ method, path }) => ({ method, path }))).toEqual([
      { method: 'GET', path: '/members/infos' },
      { method: 'POST', path: '/oauth/device' },
    ]);
    expect(entries.every((entry) => typeof entry.time === 'number' && typeof entry.durationMs === 'number')).toBe(true);
    expect(JSON.stringify(entries)).not.toContain(token);
  });

  it('counts requests per path', async () => {
    await infos();
    await infos();
    await callApi(running.url, '/members/is_active', { token });

    expect(running.sandbox.requests.count('/members/infos')).toBe(2);
    expect(running.sandbox.requests.count('/members/is_active')).toBe(1);
    expect(running.sandbox.requests.count()).toBe(3);
  });

  it('measures requests in flight', async () => {
    running.sandbox.faults.set({ kind: 'latency', ms: 150, path: '/members/infos' });

    await Promise.all([infos(), infos(), infos()]);
    await callApi(running.url, '/members/is_active', { token });

    expect(running.sandbox.requests.maxInFlight('/members/infos')).toBe(3);
    expect(running.sandbox.requests.maxInFlight('/members/is_active')).toBe(1);
    expect(running.sandbox.requests.maxInFlight()).toBe(3);
  });

  it('skips CORS preflights and phone pages', async () => {
    await fetch(`${running.url}/members/infos`, { method: 'OPTIONS' });
    await fetch(`${running.url}/device`);

    expect(running.sandbox.requests.count()).toBe(0);
  });

  it('records dropped requests', async () => {
    running.sandbox.faults.set({ kind: 'drop', times: 1 });

    await expect(infos()).rejects.toThrow();

    expect(running.sandbox.requests.count('/members/infos')).toBe(1);
    await expect.poll(() => running.sandbox.requests.entries()[0]?.durationMs).toBeTypeOf('number');
  });

  it('forgets everything on clear', async () => {
    await infos();
    running.sandbox.requests.clear();

    expect(running.sandbox.requests.entries()).toEqual([]);
    expect(running.sandbox.requests.maxInFlight()).toBe(0);
  });
});
