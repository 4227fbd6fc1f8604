import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { serveFetchHandler } from '../../relay/nodeAdapter';
import { createTokenRelay } from '../../relay/tokenRelay';
import { startSandbox, type RunningSandbox } from '../../sandbox/server';
import { exchangeAuthorizationCode, isWrongCredentials, requestMemberOAuthKey, signInWithPassword } from '../../src/api/auth';
import { createApiClient, type ApiClient } from '../../src/api/client';
import type { ApiConfig } from '../../src/api/config';
import { ApiError } from '../../src/api/errors';
import { getMemberInfos } from '../../src/api/members';
import { clearLog, getLogEntries, setLogLevel } from '../../src/logger';
import { md5Hex } from '../../src/signin/md5Hex';
import { startPendingAttempt, type AttemptStorage } from '../../src/signin/pendingAttempt';
import { readSignInCallback } from '../../src/signin/readSignInCallback';
import { buildAuthorizeUrl, buildMemberKeyUrl, redirectUriForPage } from '../../src/signin/redirectUrls';

/** What a TV browser sent, as a recording proxy in front of the sandbox saw it. */
interface SeenRequest {
  method: string;
  url: string;
  body: string;
}

const APP_PAGE = 'http://127.0.0.1:8080/?lang=fr';

let running: RunningSandbox;
let proxy: http.Server;
let proxyUrl: string;
let seen: SeenRequest[] = [];

/**
 * Forwards every request to the sandbox unchanged and records its address and body, so a test
 * can check what went over the wire.
 */
function startRecordingProxy(target: string): Promise<http.Server> {
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', async () => {
      const body = Buffer.concat(chunks).toString('utf8');
      seen.push({ method: req.method ?? '', url: req.url ?? '', body });

      const headers = new Headers();
      for (const [name, value] of Object.entries(req.headers)) {
        if (typeof value === 'string' && name !== 'host' && name !== 'content-length') {
          headers.set(name, value);
        }
      }

      const reply = await fetch(target + (req.url ?? '/'), { method: req.method, headers, body: body === '' ? undefined : body });
      res.writeHead(reply.status, { 'Content-Type': reply.headers.get('content-type') ?? 'text/plain' });
      res.end(await reply.text());
    });
  });

  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

beforeAll(async () => {
  running = await startSandbox({ port: 0, log: () => undefined });
  proxy = await startRecordingProxy(running.url);
  proxyUrl = `http://127.0.0.1:${(proxy.address() as AddressInfo).port}`;
});

afterAll(async () => {
  setLogLevel('info');
  await new Promise<void>((resolve) => proxy.close(() => resolve()));
  await running.close();
});

beforeEach(() => {
  running.sandbox.reset();
  running.sandbox.faults.clear();
  seen = [];
  clearLog();
  setLogLevel('debug');
});

function clientFor(baseUrl: string, overrides: Partial<ApiConfig> = {}): ApiClient {
  return createApiClient({
    baseUrl,
    apiKey: 'sandbox-demo-key',
    clientSecret: 'sandbox-demo-secret',
    tokenUrl: `${baseUrl}/oauth/access_token`,
    getLocale: () => 'fr',
    timeoutMs: 2_000,
    ...overrides,
  });
}

/** Creates a `sessionStorage` stand-in for Node, with the same string semantics. */
function createMemoryStorage(): AttemptStorage {
  const values = new Map<string, string>();
  return {
    getItem: (name) => values.get(name) ?? null,
    setItem: (name, value) => void values.set(name, String(value)),
    removeItem: (name) => void values.delete(name),
  };
}

async function rejectionOf(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected the call to fail');
}

/** Does what the member does on the sandbox page: picks `login` and allows access. Returns where the browser goes next. */
async function allowOnPage(pageUrl: string, fields: Record<string, string>, login: string): Promise<string> {
  const page = await fetch(pageUrl);
  expect(page.status).toBe(200);

  const action = new URL(pageUrl);
  const reply = await fetch(`${action.origin}${action.pathname}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ ...fields, login, decision: 'approve' }).toString(),
    redirect: 'manual',
  });
  expect(reply.status).toBe(302);

  return reply.headers.get('location') ?? '';
}

describe('signInWithPassword', () => {
  it('signs in and reads the token', async () => {
    const client = clientFor(running.url);

    const signedIn = await signInWithPassword(client, 'demo', md5Hex('popcorn'));

    expect(signedIn.member).toEqual({ id: 1, login: 'demo', xp: 12_480 });
    expect((await getMemberInfos(client, signedIn.token)).login).toBe('demo');
  });

  it('hashes an accented password as the sandbox does', async () => {
    const signedIn = await signInWithPassword(clientFor(running.url), 'marathon', md5Hex('épisode2000'));

    expect(signedIn.member.login).toBe('marathon');
  });

  it('reports a wrong password and an unknown login alike', async () => {
    const client = clientFor(running.url);

    const wrongPassword = await rejectionOf(signInWithPassword(client, 'demo', md5Hex('pop corn')));
    const unknownLogin = await rejectionOf(signInWithPassword(client, 'nobody', md5Hex('popcorn')));

    expect(wrongPassword).toBeInstanceOf(ApiError);
    expect((wrongPassword as ApiError).code).toBe(4003);
    expect(isWrongCredentials(wrongPassword)).toBe(true);
    expect((unknownLogin as ApiError).code).toBe(4002);
    expect(isWrongCredentials(unknownLogin)).toBe(true);
    expect(isWrongCredentials(new ApiError(2001, 'Token invalide.', 400))).toBe(false);
  });

  it('refuses a password that was not hashed, before any request', async () => {
    const error = await rejectionOf(signInWithPassword(clientFor(proxyUrl), 'demo', 'popcorn'));

    expect(error).toBeInstanceOf(TypeError);
    expect((error as Error).message).toContain('md5Hex');
    expect((error as Error).message).not.toContain('popcorn');
    expect(seen).toEqual([]);
  });

  it('refuses an empty login', async () => {
    await expect(signInWithPassword(clientFor(proxyUrl), '   ', md5Hex('popcorn'))).rejects.toThrow(TypeError);
    expect(seen).toEqual([]);
  });

  it('sends the MD5 in the POST body, never the password or the address', async () => {
    const password = 'Mot de passe été';
    await rejectionOf(signInWithPassword(clientFor(proxyUrl), ' demo ', md5Hex(password)));

    expect(seen).toHaveLength(1);
    const request = seen[0] as SeenRequest;
    const form = new URLSearchParams(request.body);
    expect(request.method).toBe('POST');
    expect(form.get('login')).toBe('demo');
    expect(form.get('password')).toBe(md5Hex(password));
    expect(request.url).not.toContain(md5Hex(password));
    expect(request.url).not.toContain('password');
    expect(decodeURIComponent(request.body)).not.toContain(password);
  });

  it('logs no password, MD5 or token', async () => {
    const client = clientFor(running.url);
    const hash = md5Hex('popcorn');

    await rejectionOf(signInWithPassword(client, 'demo', md5Hex('wrong')));
    const signedIn = await signInWithPassword(client, 'demo', hash);
    running.sandbox.faults.set({ path: '/members/auth', kind: 'html5xx', times: 1 });
    await rejectionOf(signInWithPassword(client, 'demo', hash));

    const logged = JSON.stringify(getLogEntries());
    expect(getLogEntries().length).toBeGreaterThan(0);
    expect(logged).not.toContain('popcorn');
    expect(logged).not.toContain(hash);
    expect(logged).not.toContain(md5Hex('wrong'));
    expect(logged).not.toContain(signedIn.token);
  });
});

describe('requestMemberOAuthKey', () => {
  it('reads the key and the callback', async () => {
    const key = await requestMemberOAuthKey(clientFor(running.url));

    expect(key.key).toMatch(/^[0-9a-f]{32}$/);
    expect(key.callbackUrl).toBe(`${running.url}/`);
  });
});

describe('exchangeAuthorizationCode', () => {
  const redirectUri = 'http://127.0.0.1:8080/';

  async function codeFor(login: string): Promise<string> {
    const location = await allowOnPage(
      buildAuthorizeUrl(running.url, 'sandbox-demo-key', redirectUri),
      { client_id: 'sandbox-demo-key', redirect_uri: redirectUri },
      login,
    );
    return new URL(location).searchParams.get('code') ?? '';
  }

  it('exchanges a code for a working token', async () => {
    const client = clientFor(running.url);

    const token = await exchangeAuthorizationCode(client, await codeFor('marathon'), redirectUri);

    expect((await getMemberInfos(client, token)).login).toBe('marathon');
  });

  it('rejects a reused code', async () => {
    const client = clientFor(running.url);
    const code = await codeFor('demo');
    await exchangeAuthorizationCode(client, code, redirectUri);

    const reused = await rejectionOf(exchangeAuthorizationCode(client, code, redirectUri));

    expect(reused).toBeInstanceOf(ApiError);
    expect((reused as ApiError).code).toBe(3004);
  });

  it('rejects a different redirect address', async () => {
    const reply = await rejectionOf(exchangeAuthorizationCode(clientFor(running.url), await codeFor('demo'), 'http://127.0.0.1:8080/x'));

    expect((reply as ApiError).code).toBe(3004);
    expect((reply as ApiError).text).toContain('redirect_uri');
  });

  it('reads the form-encoded token reply', async () => {
    running.sandbox.faults.set({ path: '/oauth/access_token', kind: 'formEncodedToken', times: 1 });

    const token = await exchangeAuthorizationCode(clientFor(running.url), await codeFor('demo'), redirectUri);

    expect(token).toMatch(/^[0-9a-f]{32}$/);
  });

  it('goes through a token relay without a secret in the app', async () => {
    const relay = serveFetchHandler(
      createTokenRelay({
        apiUrl: running.url,
        apiKey: 'sandbox-demo-key',
        clientSecret: 'sandbox-demo-secret',
        allowedOrigins: ['null'],
        log: () => undefined,
      }),
      () => undefined,
    );
    await new Promise<void>((resolve) => relay.listen(0, '127.0.0.1', resolve));

    try {
      const relayUrl = `http://127.0.0.1:${(relay.address() as AddressInfo).port}/oauth/access_token`;
      const client = clientFor(running.url, { clientSecret: undefined, tokenUrl: relayUrl });

      const token = await exchangeAuthorizationCode(client, await codeFor('demo'), redirectUri);

      expect((await getMemberInfos(client, token)).login).toBe('demo');
    } finally {
      await new Promise<void>((resolve) => relay.close(() => resolve()));
    }
  });
});

describe('redirect sign-in round trips', () => {
  it('signs in by authorization code once', async () => {
    const storage = createMemoryStorage();
    const client = clientFor(running.url);
    const redirectUri = redirectUriForPage(APP_PAGE) ?? '';
    startPendingAttempt(storage, 'authorizationCode', redirectUri, { now: Date.now });

    const location = await allowOnPage(
      buildAuthorizeUrl(running.url, client.config.apiKey, redirectUri),
      { client_id: client.config.apiKey, redirect_uri: redirectUri },
      'demo',
    );
    const callback = readSignInCallback(location, storage, { now: Date.now });
    const replay = readSignInCallback(location, storage, { now: Date.now });

    expect(callback.kind).toBe('code');
    const token = callback.kind === 'code' ? await exchangeAuthorizationCode(client, callback.code, callback.redirectUri) : '';
    expect((await getMemberInfos(client, token)).login).toBe('demo');
    expect(replay).toEqual({ kind: 'rejected', reason: 'noPendingAttempt' });
  });

  it('signs in by key once', async () => {
    const storage = createMemoryStorage();
    const client = clientFor(running.url);
    const { key } = await requestMemberOAuthKey(client);
    startPendingAttempt(storage, 'memberKey', null, { now: Date.now });

    const location = await allowOnPage(buildMemberKeyUrl(running.url, key), { key }, 'marathon');
    const callback = readSignInCallback(location, storage, { now: Date.now });
    const replay = readSignInCallback(location, storage, { now: Date.now });

    expect(callback.kind).toBe('token');
    const token = callback.kind === 'token' ? callback.token : '';
    expect((await getMemberInfos(client, token)).login).toBe('marathon');
    expect(replay).toEqual({ kind: 'rejected', reason: 'noPendingAttempt' });
  });

  it('rejects a callback opened without starting a sign-in', async () => {
    const client = clientFor(running.url);
    const { key } = await requestMemberOAuthKey(client);
    const location = await allowOnPage(buildMemberKeyUrl(running.url, key), { key }, 'demo');

    expect(readSignInCallback(location, createMemoryStorage(), { now: Date.now })).toEqual({ kind: 'rejected', reason: 'noPendingAttempt' });
  });
});
