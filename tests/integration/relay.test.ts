import type { AddressInfo } from 'node:net';
import type http from 'node:http';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startSandbox } from '../../sandbox/server';
import { serveFetchHandler } from '../../relay/nodeAdapter';
import { createTokenRelay } from '../../relay/tokenRelay';
import { createRateLimiter } from '../../relay/rateLimiter';

const KEY = 'sandbox-demo-key';
const SECRET = 'sandbox-demo-secret';
const TV_ORIGIN = 'http://127.0.0.1:5999';

type Started = Awaited<ReturnType<typeof startSandbox>>;

describe('token relay', () => {
  let sandbox: Started;
  let relayServer: http.Server;
  let relayUrl: string;
  const logLines: string[] = [];

  beforeAll(async () => {
    sandbox = await startSandbox({ port: 0 });

    const handler = createTokenRelay({
      apiUrl: sandbox.url,
      apiKey: KEY,
      clientSecret: SECRET,
      allowedOrigins: [TV_ORIGIN, 'null'],
      maxBodyBytes: 1024,
      trustForwardedFor: true,
      rateLimit: { burst: 5, refillPerSecond: 0.5 },
      log: (message, data) => logLines.push(JSON.stringify({ message, ...data })),
    });
    relayServer = serveFetchHandler(handler, () => undefined);
    await new Promise<void>((resolve) => relayServer.listen(0, '127.0.0.1', resolve));
    relayUrl = `http://127.0.0.1:${(relayServer.address() as AddressInfo).port}`;
  });

  afterAll(async () => {
    await new Promise<void>((resolve) => relayServer.close(() => resolve()));
    await sandbox.close();
  });

  beforeEach(() => {
    sandbox.sandbox.faults.clear();
  });

  async function newDeviceCode(): Promise<{ device_code: string; user_code: string }> {
    const reply = await fetch(`${sandbox.url}/oauth/device`, {
      method: 'POST',
      headers: { 'X-BetaSeries-Key': KEY, 'X-BetaSeries-Version': '3.0' },
    });
    return (await reply.json()) as { device_code: string; user_code: string };
  }

  function postToken(body: string, headers: Record<string, string> = {}, from = '203.0.113.1'): Promise<Response> {
    return fetch(`${relayUrl}/oauth/access_token`, {
      method: 'POST',
      headers: {
        'Content-Type': 'application/x-www-form-urlencoded',
        Origin: TV_ORIGIN,
        'X-Forwarded-For': from,
        ...headers,
      },
      body,
    });
  }

  it('adds the secret and returns the token', async () => {
    const code = await newDeviceCode();
    sandbox.sandbox.approve(code.user_code, 'demo');

    const reply = await postToken(new URLSearchParams({ client_id: KEY, code: code.device_code }).toString(), {}, '203.0.113.10');
    const body = (await reply.json()) as { access_token?: string };

    expect(reply.status).toBe(200);
    expect(body.access_token).toMatch(/\w{16,}/);
    expect(reply.headers.get('cache-control')).toBe('no-store');
    expect(reply.headers.get('access-control-allow-origin')).toBe(TV_ORIGIN);
  });

  it('passes the waiting answer through unchanged', async () => {
    const code = await newDeviceCode();

    const reply = await postToken(new URLSearchParams({ client_id: KEY, code: code.device_code }).toString(), {}, '203.0.113.11');
    const body = (await reply.json()) as { errors: Array<{ code: number }> };

    expect(reply.status).toBe(400);
    expect(body.errors[0]?.code).toBe(2001);
  });

  it('ignores a secret sent by the client', async () => {
    const code = await newDeviceCode();
    sandbox.sandbox.approve(code.user_code, 'demo');

    const body = new URLSearchParams({ client_id: KEY, client_secret: 'forged', code: code.device_code }).toString();
    const reply = await postToken(body, {}, '203.0.113.12');

    expect(reply.status).toBe(200);
  });

  it('forwards nothing but the token endpoint', async () => {
    const reply = await fetch(`${relayUrl}/members/infos`, { headers: { Origin: TV_ORIGIN } });

    expect(reply.status).toBe(404);
    expect(reply.headers.get('cache-control')).toBe('no-store');
  });

  it('rejects an origin that is not configured', async () => {
    const reply = await postToken('client_id=x&code=y', { Origin: 'https://evil.example' }, '203.0.113.13');

    expect(reply.status).toBe(403);
    expect(reply.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('accepts a packaged app from file:// (Origin null)', async () => {
    const code = await newDeviceCode();
    const reply = await postToken(new URLSearchParams({ client_id: KEY, code: code.device_code }).toString(), { Origin: 'null' }, '203.0.113.14');

    expect(reply.status).toBe(400);
    expect(reply.headers.get('access-control-allow-origin')).toBe('null');
  });

  it('rejects another API key', async () => {
    const reply = await postToken('client_id=someone-else&code=abc', {}, '203.0.113.15');
    const body = (await reply.json()) as { errors: Array<{ code: number }> };

    expect(body.errors[0]?.code).toBe(1001);
  });

  it('caps the body size', async () => {
    const reply = await postToken(`client_id=${KEY}&code=${'x'.repeat(2000)}`, {}, '203.0.113.16');

    expect(reply.status).toBe(413);
  });

  it('rate-limits a client past its burst, with Retry-After', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 7; i++) {
      const reply = await postToken(`client_id=${KEY}&code=unknown`, {}, '203.0.113.99');
      statuses.push(reply.status);
      if (reply.status === 429) {
        expect(Number(reply.headers.get('retry-after'))).toBeGreaterThan(0);
      }
    }

    expect(statuses.slice(0, 5).every((status) => status !== 429)).toBe(true);
    expect(statuses.slice(5)).toEqual([429, 429]);
  });

  it('answers a CORS preflight for allowed origins', async () => {
    const reply = await fetch(`${relayUrl}/oauth/access_token`, {
      method: 'OPTIONS',
      headers: { Origin: TV_ORIGIN, 'Access-Control-Request-Method': 'POST' },
    });

    expect(reply.status).toBe(204);
    expect(reply.headers.get('access-control-allow-methods')).toContain('POST');
  });

  it('logs no token and no secret', () => {
    const all = logLines.join('\n');

    expect(all).not.toContain(SECRET);
    expect(all).not.toMatch(/access_token"?\s*[:=]/);
    expect(logLines.length).toBeGreaterThan(0);
  });
});

describe('relay rate limiter', () => {
  it('never throttles a 30-minute pairing at a 5 s interval', () => {
    let time = 0;
    const limiter = createRateLimiter({ burst: 20, refillPerSecond: 1, maxClients: 10, now: () => time });

    for (let poll = 0; poll < 360; poll++) {
      expect(limiter.take('tv').allowed).toBe(true);
      time += 5000;
    }
  });

  it('forgets the least recently seen clients past its size', () => {
    let time = 0;
    const limiter = createRateLimiter({ burst: 1, refillPerSecond: 0.001, maxClients: 2, now: () => time });

    limiter.take('a');
    limiter.take('b');
    limiter.take('c');
    time += 1;

    // "a" was evicted, so it starts again with a full bucket.
    expect(limiter.take('a').allowed).toBe(true);
    expect(limiter.take('c').allowed).toBe(false);
  });
});
