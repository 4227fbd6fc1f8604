import { getEventListeners } from 'node:events';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createApiClient, type ApiClient } from '../../../src/api/client';
import {
  AbortedError,
  ApiError,
  InvalidResponseError,
  isTransient,
  NetworkError,
  TimeoutError,
} from '../../../src/api/errors';
import { addLogSink, type LogEntry } from '../../../src/logger';
import { loopbackConfig, sendJson, startLoopbackServer, type LoopbackServer } from './loopbackServer';

let server: LoopbackServer | null = null;
const removeSinks: (() => void)[] = [];

afterEach(async () => {
  vi.restoreAllMocks();
  removeSinks.splice(0).forEach((remove) => remove());
  await server?.close();
  server = null;
});

async function clientFor(handler: Parameters<typeof startLoopbackServer>[0], timeoutMs = 5_000): Promise<ApiClient> {
  server = await startLoopbackServer(handler);
  return createApiClient(loopbackConfig(server.url, { timeoutMs }));
}

function firstRequest(): NonNullable<LoopbackServer['requests'][number]> {
  const request = server?.requests[0];
  if (!request) {
    throw new Error('the server received no request');
  }
  return request;
}

async function rejectionOf(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected the request to fail');
}

function collectApiLogs(): LogEntry[] {
  const entries: LogEntry[] = [];
  removeSinks.push(
    addLogSink((entry) => {
      if (entry.scope === 'api') {
        entries.push(entry);
      }
    }),
  );
  return entries;
}

describe('createApiClient headers and parameters', () => {
  it('sends key, version, accept and bearer', async () => {
    const client = await clientFor((_request, response) => sendJson(response, 200, { errors: [] }));

    await client.request({ method: 'GET', path: '/members/is_active', token: 'member-token' });

    const { headers } = firstRequest();
    expect(headers['x-betaseries-key']).toBe('unit-test-key');
    expect(headers['x-betaseries-version']).toBe('3.0');
    expect(headers.accept).toBe('application/json');
    expect(headers.authorization).toBe('Bearer member-token');
  });

  it('omits Authorization without a token', async () => {
    const client = await clientFor((_request, response) => sendJson(response, 200, { errors: [] }));

    await client.request({ method: 'GET', path: '/shows/display', token: null, params: { id: 1 } });

    expect(firstRequest().headers.authorization).toBeUndefined();
  });

  it('reads the locale at each request', async () => {
    let locale: 'fr' | 'en' = 'fr';
    server = await startLoopbackServer((_request, response) => sendJson(response, 200, { errors: [] }));
    const client = createApiClient(loopbackConfig(server.url, { getLocale: () => locale }));

    await client.request({ method: 'GET', path: '/shows/search' });
    locale = 'en';
    await client.request({ method: 'POST', path: '/shows/show', params: { id: 3 } });

    expect(server.requests[0]?.url.searchParams.get('locale')).toBe('fr');
    expect(server.requests[1]?.url.searchParams.get('locale')).toBe('en');
  });

  it('puts GET parameters in the query', async () => {
    const client = await clientFor((_request, response) => sendJson(response, 200, { errors: [] }));

    await client.request({
      method: 'GET',
      path: '/episodes/list',
      params: { limit: 3, specials: false, order: 'smart', showId: undefined, page: null, title: 'Mr. Robot & co' },
    });

    const { url, body, method } = firstRequest();
    expect(method).toBe('GET');
    expect(url.pathname).toBe('/episodes/list');
    expect(url.searchParams.get('limit')).toBe('3');
    expect(url.searchParams.get('specials')).toBe('false');
    expect(url.searchParams.get('order')).toBe('smart');
    expect(url.searchParams.get('title')).toBe('Mr. Robot & co');
    expect(url.searchParams.has('showId')).toBe(false);
    expect(url.searchParams.has('page')).toBe(false);
    expect(body).toBe('');
  });

  it('form-encodes POST parameters', async () => {
    const client = await clientFor((_request, response) => sendJson(response, 200, { errors: [] }));

    await client.request({ method: 'POST', path: '/episodes/watched', params: { id: '12,13', bulk: false, note: null } });

    const { headers, body, url } = firstRequest();
    expect(headers['content-type']).toMatch(/^application\/x-www-form-urlencoded/);
    expect(new URLSearchParams(body).get('id')).toBe('12,13');
    expect(new URLSearchParams(body).get('bulk')).toBe('false');
    expect(new URLSearchParams(body).has('note')).toBe(false);
    expect(url.searchParams.has('id')).toBe(false);
    expect(url.searchParams.get('locale')).toBe('fr');
  });

  it('puts DELETE parameters in the query', async () => {
    const client = await clientFor((_request, response) => sendJson(response, 200, { errors: [] }));

    await client.request({ method: 'DELETE', path: '/shows/show', params: { id: 42 } });

    const { method, url, body } = firstRequest();
    expect(method).toBe('DELETE');
    expect(url.searchParams.get('id')).toBe('42');
    expect(body).toBe('');
  });

  it('sends to the url override', async () => {
    const client = await clientFor((_request, response) => sendJson(response, 200, { errors: [] }));

    await client.request({ method: 'POST', path: '/oauth/access_token', url: `${server?.url}/relay/token?tenant=tv` });

    const { url } = firstRequest();
    expect(url.pathname).toBe('/relay/token');
    expect(url.searchParams.get('tenant')).toBe('tv');
    expect(url.searchParams.get('locale')).toBe('fr');
  });

  it('rejects a non-finite number parameter', async () => {
    const client = await clientFor((_request, response) => sendJson(response, 200, { errors: [] }));

    const error = await rejectionOf(client.request({ method: 'GET', path: '/shows/member', params: { limit: Number.NaN } }));

    expect(error).toBeInstanceOf(RangeError);
    expect((error as Error).message).toContain('"limit"');
    expect(server?.requests).toHaveLength(0);
  });

  it('rejects a path without a leading slash', async () => {
    const client = await clientFor((_request, response) => sendJson(response, 200, { errors: [] }));

    await expect(client.request({ method: 'GET', path: 'shows/member' })).rejects.toThrow(/must start with "\/"/);
  });
});

describe('createApiClient config checks', () => {
  it('rejects an empty API key', () => {
    expect(() => createApiClient(loopbackConfig('http://127.0.0.1:9', { apiKey: '' }))).toThrow(/apiKey/);
  });

  it.each([[0], [-1], [Number.NaN], [Number.POSITIVE_INFINITY], [2 ** 31]])('rejects timeoutMs %d', (timeoutMs) => {
    expect(() => createApiClient(loopbackConfig('http://127.0.0.1:9', { timeoutMs }))).toThrow(/timeoutMs/);
  });
});

describe('createApiClient replies', () => {
  it('raises ApiError with the code', async () => {
    const client = await clientFor((_request, response) =>
      sendJson(response, 400, { errors: [{ code: '2001', text: 'Token invalide.' }] }),
    );

    const error = await rejectionOf(client.request({ method: 'GET', path: '/members/infos', token: 'expired' }));

    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).code).toBe(2001);
    expect((error as ApiError).status).toBe(400);
  });

  it('raises a transient error for an HTML 502', async () => {
    const client = await clientFor((_request, response) => {
      response.writeHead(502, { 'Content-Type': 'text/html' });
      response.end('<html><head><title>502 Bad Gateway</title></head><body>cloudflare</body></html>');
    });

    const error = await rejectionOf(client.request({ method: 'GET', path: '/episodes/list' }));

    expect(error).toBeInstanceOf(InvalidResponseError);
    expect((error as InvalidResponseError).status).toBe(502);
    expect(isTransient(error)).toBe(true);
  });

  it('raises InvalidResponseError for malformed JSON', async () => {
    const client = await clientFor((_request, response) => {
      response.writeHead(200, { 'Content-Type': 'application/json' });
      response.end('{"shows":[{"id":1,');
    });

    const error = await rejectionOf(client.request({ method: 'GET', path: '/shows/member' }));

    expect(error).toBeInstanceOf(InvalidResponseError);
    expect(isTransient(error)).toBe(false);
  });
});

describe('createApiClient time limit and abort', () => {
  it('times out a server that never replies', async () => {
    const client = await clientFor(() => undefined, 150);

    const started = Date.now();
    const error = await rejectionOf(client.request({ method: 'GET', path: '/episodes/list' }));

    expect(error).toBeInstanceOf(TimeoutError);
    expect((error as TimeoutError).timeoutMs).toBe(150);
    expect(Date.now() - started).toBeLessThan(2_000);
    expect(isTransient(error)).toBe(true);
  });

  it('times out a body that stalls', async () => {
    const client = await clientFor((_request, response) => {
      response.writeHead(200, { 'Content-Type': 'application/json' });
      response.write('{"shows":[');
    }, 150);

    const error = await rejectionOf(client.request({ method: 'GET', path: '/shows/member' }));

    expect(error).toBeInstanceOf(TimeoutError);
  });

  it('aborts on the caller signal', async () => {
    const client = await clientFor(() => undefined);
    const controller = new AbortController();

    const pending = client.request({ method: 'POST', path: '/oauth/access_token', signal: controller.signal });
    setTimeout(() => controller.abort(), 50);
    const error = await rejectionOf(pending);

    expect(error).toBeInstanceOf(AbortedError);
  });

  it('times out when fetch ignores the signal', async () => {
    server = await startLoopbackServer(() => undefined);
    // Native fetch before Chrome 66 has no abort support, whatever AbortController polyfill is loaded.
    const fetchWithoutAbort: typeof fetch = (input, init) => fetch(input, { ...init, signal: undefined });
    const client = createApiClient(loopbackConfig(server.url, { timeoutMs: 150 }), fetchWithoutAbort);

    const started = Date.now();
    const error = await rejectionOf(client.request({ method: 'GET', path: '/episodes/list' }));

    expect(error).toBeInstanceOf(TimeoutError);
    expect(Date.now() - started).toBeLessThan(2_000);
  });

  it('aborts when fetch ignores the signal', async () => {
    server = await startLoopbackServer(() => undefined);
    const fetchWithoutAbort: typeof fetch = (input, init) => fetch(input, { ...init, signal: undefined });
    const client = createApiClient(loopbackConfig(server.url), fetchWithoutAbort);
    const controller = new AbortController();

    const pending = client.request({ method: 'POST', path: '/oauth/access_token', signal: controller.signal });
    setTimeout(() => controller.abort(), 50);

    await expect(pending).rejects.toBeInstanceOf(AbortedError);
  });

  it('sends nothing for an aborted signal', async () => {
    const client = await clientFor((_request, response) => sendJson(response, 200, { errors: [] }));
    const controller = new AbortController();
    controller.abort();

    const error = await rejectionOf(client.request({ method: 'GET', path: '/members/is_active', signal: controller.signal }));

    expect(error).toBeInstanceOf(AbortedError);
    expect(server?.requests).toHaveLength(0);
  });

  it('aborts while the server replies', async () => {
    const controller = new AbortController();
    const client = await clientFor((_request, response) => {
      controller.abort();
      sendJson(response, 200, { access_token: 'late-token' });
    });

    const error = await rejectionOf(client.request({ method: 'POST', path: '/oauth/access_token', signal: controller.signal }));

    expect(error).toBeInstanceOf(AbortedError);
  });

  it('drops a reply read after abort', async () => {
    server = await startLoopbackServer((_request, response) => sendJson(response, 200, { access_token: 'late-token' }));
    const controller = new AbortController();

    // The abort lands after the whole body is in memory, where fetch itself can no longer fail.
    const fetchThenAbort: typeof fetch = async (input, init) => {
      const response = await fetch(input, init);
      const body = await response.text();
      controller.abort();
      return new Response(body, { status: response.status, headers: response.headers });
    };
    const client = createApiClient(loopbackConfig(server.url), fetchThenAbort);

    const error = await rejectionOf(client.request({ method: 'POST', path: '/oauth/access_token', signal: controller.signal }));

    expect(error).toBeInstanceOf(AbortedError);
    expect(server.requests).toHaveLength(1);
  });
});

describe('createApiClient network failures', () => {
  it('raises NetworkError for a dropped connection', async () => {
    const client = await clientFor((_request, response) => response.socket?.destroy());

    const error = await rejectionOf(client.request({ method: 'GET', path: '/members/infos' }));

    expect(error).toBeInstanceOf(NetworkError);
    expect(isTransient(error)).toBe(true);
  });

  it('raises NetworkError for a body cut short', async () => {
    const client = await clientFor((_request, response) => {
      response.writeHead(200, { 'Content-Type': 'application/json', 'Content-Length': '500' });
      response.write('{"shows":[', () => response.socket?.destroy());
    });

    const error = await rejectionOf(client.request({ method: 'GET', path: '/shows/member' }));

    expect(error).toBeInstanceOf(NetworkError);
  });

  it('raises NetworkError for a refused connection', async () => {
    const closed = await startLoopbackServer(() => undefined);
    const url = closed.url;
    await closed.close();
    const client = createApiClient(loopbackConfig(url));

    const error = await rejectionOf(client.request({ method: 'GET', path: '/members/infos' }));

    expect(error).toBeInstanceOf(NetworkError);
    expect((error as Error).message).toContain('GET /members/infos');
  });
});

describe('createApiClient cleanup', () => {
  it('clears every timer and listener', async () => {
    const timeoutMs = 4_321;
    const created: unknown[] = [];
    const cleared = new Set<unknown>();
    const realSetTimeout = globalThis.setTimeout;
    const realClearTimeout = globalThis.clearTimeout;

    vi.spyOn(globalThis, 'setTimeout').mockImplementation(((callback: () => void, delay?: number) => {
      const handle = realSetTimeout(callback, delay);
      if (delay === timeoutMs) {
        created.push(handle);
      }
      return handle;
    }) as typeof setTimeout);
    vi.spyOn(globalThis, 'clearTimeout').mockImplementation(((handle?: Parameters<typeof clearTimeout>[0]) => {
      cleared.add(handle);
      realClearTimeout(handle);
    }) as typeof clearTimeout);

    let reply = 0;
    const client = await clientFor((_request, response) => {
      reply += 1;
      if (reply % 4 === 0) {
        response.socket?.destroy();
        return;
      }
      if (reply % 4 === 1) {
        sendJson(response, 400, { errors: [{ code: 2001, text: 'En attente' }] });
        return;
      }
      if (reply % 4 === 2) {
        response.writeHead(503, { 'Content-Type': 'text/html' });
        response.end('<p>busy</p>');
        return;
      }
      sendJson(response, 200, { errors: [] });
    }, timeoutMs);

    const sessionSignal = new AbortController().signal;
    for (let i = 0; i < 40; i += 1) {
      await client.request({ method: 'POST', path: '/oauth/access_token', signal: sessionSignal }).catch(() => undefined);
    }

    expect(created).toHaveLength(40);
    expect(created.filter((handle) => !cleared.has(handle))).toEqual([]);
    expect(getEventListeners(sessionSignal, 'abort')).toHaveLength(0);
  });

  it('removes the listener after an abort', async () => {
    const client = await clientFor(() => undefined);
    const controller = new AbortController();

    const pending = client.request({ method: 'GET', path: '/episodes/list', signal: controller.signal });
    await new Promise((resolve) => setTimeout(resolve, 30));
    expect(getEventListeners(controller.signal, 'abort')).toHaveLength(1);

    controller.abort();
    await pending.catch(() => undefined);

    expect(getEventListeners(controller.signal, 'abort')).toHaveLength(0);
  });
});

describe('createApiClient logging', () => {
  it('logs a failure once without secrets', async () => {
    const entries = collectApiLogs();
    const client = await clientFor((_request, response) =>
      sendJson(response, 400, { errors: [{ code: 3004, text: 'Valeur invalide.' }] }),
    );

    await rejectionOf(
      client.request({
        method: 'POST',
        path: '/oauth/access_token',
        token: 'member-token-secret',
        params: { client_secret: 'unit-test-secret', code: 'device-code-value' },
      }),
    );

    expect(entries).toHaveLength(1);
    expect(entries[0]?.level).toBe('warn');
    expect(entries[0]?.data).toMatchObject({ method: 'POST', path: '/oauth/access_token', kind: 'ApiError', status: 400, code: 3004 });

    const text = JSON.stringify(entries);
    expect(text).not.toContain('member-token-secret');
    expect(text).not.toContain('unit-test-secret');
    expect(text).not.toContain('device-code-value');
  });

  it('keeps expected codes at debug level', async () => {
    const entries = collectApiLogs();
    const client = await clientFor((_request, response) =>
      sendJson(response, 400, { errors: [{ code: 2001, text: 'En attente' }] }),
    );

    await rejectionOf(client.request({ method: 'POST', path: '/oauth/access_token', expectedErrorCodes: [2001] }));

    expect(entries.filter((entry) => entry.level !== 'debug')).toHaveLength(0);
  });

  it('logs a timeout with its kind', async () => {
    const entries = collectApiLogs();
    const client = await clientFor(() => undefined, 100);

    await rejectionOf(client.request({ method: 'GET', path: '/members/infos' }));

    expect(entries).toHaveLength(1);
    expect(entries[0]?.data).toMatchObject({ method: 'GET', path: '/members/infos', kind: 'TimeoutError' });
  });

  it('thins out repeated identical failures', async () => {
    const entries = collectApiLogs();
    let failing = true;
    const client = await clientFor((_request, response) => {
      if (failing) {
        response.writeHead(503, { 'Content-Type': 'text/html' });
        response.end('<p>busy</p>');
        return;
      }
      sendJson(response, 200, { errors: [] });
    });
    const poll = () => client.request({ method: 'POST', path: '/oauth/access_token' }).catch(() => undefined);

    for (let i = 0; i < 9; i += 1) {
      await poll();
    }

    expect(entries.map((entry) => entry.data?.repeats)).toEqual([undefined, 2, 4, 8]);
    expect(entries.every((entry) => entry.level === 'warn' && entry.data?.status === 503)).toBe(true);

    failing = false;
    await poll();
    failing = true;
    await poll();

    expect(entries).toHaveLength(5);
    expect(entries[4]?.data?.repeats).toBeUndefined();
  });

  it('logs a new failure kind at once', async () => {
    const entries = collectApiLogs();
    let status = 502;
    const client = await clientFor((_request, response) => {
      response.writeHead(status, { 'Content-Type': 'text/html' });
      response.end('<p>down</p>');
    });

    await rejectionOf(client.request({ method: 'GET', path: '/members/infos' }));
    await rejectionOf(client.request({ method: 'GET', path: '/members/infos' }));
    await rejectionOf(client.request({ method: 'GET', path: '/members/infos' }));
    status = 504;
    await rejectionOf(client.request({ method: 'GET', path: '/members/infos' }));

    expect(entries.map((entry) => entry.data?.status)).toEqual([502, 502, 504]);
  });

  it('logs nothing for a success', async () => {
    const entries = collectApiLogs();
    const client = await clientFor((_request, response) => sendJson(response, 200, { errors: [] }));

    await client.request({ method: 'GET', path: '/members/is_active' });

    expect(entries).toHaveLength(0);
  });
});
