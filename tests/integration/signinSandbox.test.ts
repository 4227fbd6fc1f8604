import { createHash } from 'node:crypto';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { DEMO_API_KEY, DEMO_CLIENT_SECRET, startSandbox, type RunningSandbox } from '../../sandbox/server';
import { callApi } from '../../sandbox/testing/callApi';

let running: RunningSandbox;
let clock = Date.now();
let logLines: string[] = [];

beforeAll(async () => {
  running = await startSandbox({ port: 0, now: () => clock, log: (line) => logLines.push(line) });
});

afterAll(async () => {
  await running.close();
});

beforeEach(() => {
  running.sandbox.reset();
  logLines = [];
});

function md5(text: string): string {
  return createHash('md5').update(text, 'utf8').digest('hex');
}

function signIn(login: string, password: string) {
  return callApi(running.url, '/members/auth', { method: 'POST', params: { login, password } });
}

async function loginOf(token: string): Promise<string> {
  const reply = await callApi(running.url, '/members/infos', { token });
  return reply.json.member.login;
}

/** Sends a phone-page request without following the redirect, so the test can read `Location`. */
async function openPage(path: string, form?: Record<string, string>) {
  const response = await fetch(running.url + path, {
    method: form ? 'POST' : 'GET',
    headers: form ? { 'Content-Type': 'application/x-www-form-urlencoded' } : {},
    body: form ? new URLSearchParams(form).toString() : undefined,
    redirect: 'manual',
  });

  const location = response.headers.get('location');
  return { status: response.status, html: await response.text(), location: location ? new URL(location) : null };
}

function exchange(params: Record<string, string>) {
  return callApi(running.url, '/oauth/access_token', {
    method: 'POST',
    params: { client_id: DEMO_API_KEY, client_secret: DEMO_CLIENT_SECRET, ...params },
  });
}

describe('sandbox members/auth', () => {
  it('signs in with a login and the password MD5', async () => {
    const reply = await signIn('demo', md5('popcorn'));

    expect(reply.status).toBe(200);
    expect(reply.json.errors).toEqual([]);
    expect(reply.json.user).toEqual({ id: 1, login: 'demo', xp: 12_480, in_account: false });
    expect(reply.json.token).toMatch(/^[0-9a-f]{32}$/);
    expect(reply.json.access_token).toBeUndefined();
    expect(reply.json.hash).toMatch(/^[0-9a-f]{32}$/);
    expect(await loginOf(reply.json.token)).toBe('demo');
  });

  it('accepts the e-mail address in any case', async () => {
    const reply = await signIn('  Demo@Sandbox.TEST ', md5('popcorn'));

    expect(reply.status).toBe(200);
    expect(reply.json.user.login).toBe('demo');
  });

  it('hashes an accented password as UTF-8', async () => {
    const reply = await signIn('marathon', md5('épisode2000'));
    const latin1 = await signIn('marathon', createHash('md5').update(Buffer.from('épisode2000', 'latin1')).digest('hex'));

    expect(reply.status).toBe(200);
    expect(await loginOf(reply.json.token)).toBe('marathon');
    expect(latin1.json.errors[0].code).toBe(4003);
  });

  it('gives a new token at each sign-in', async () => {
    const first = await signIn('demo', md5('popcorn'));
    const second = await signIn('demo', md5('popcorn'));

    expect(first.json.token).not.toBe(second.json.token);
  });

  it('answers 4003 for a wrong password', async () => {
    const reply = await signIn('demo', md5('Popcorn'));

    expect(reply.status).toBe(400);
    expect(reply.json.errors[0].code).toBe(4003);
  });

  it('answers 4002 for an unknown login', async () => {
    const reply = await signIn('nobody', md5('popcorn'));

    expect(reply.status).toBe(400);
    expect(reply.json.errors[0].code).toBe(4002);
  });

  it('answers in the requested locale', async () => {
    const reply = await callApi(running.url, '/members/auth?locale=en', { method: 'POST', params: { login: 'demo', password: md5('x') } });

    expect(reply.json.errors[0].text).toBe('Wrong password.');
  });

  it('rejects a password that is not a lowercase MD5', async () => {
    const plain = await signIn('demo', 'popcorn');
    const upper = await signIn('demo', md5('popcorn').toUpperCase());

    expect(plain.json.errors[0].code).toBe(3004);
    expect(plain.json.errors[0].text).toContain('password');
    expect(upper.json.errors[0].code).toBe(3004);
  });

  it('answers 3001 without login or password', async () => {
    const noLogin = await callApi(running.url, '/members/auth', { method: 'POST', params: { password: md5('popcorn') } });
    const noPassword = await callApi(running.url, '/members/auth', { method: 'POST', params: { login: 'demo' } });

    expect(noLogin.json.errors[0].code).toBe(3001);
    expect(noPassword.json.errors[0].code).toBe(3001);
  });

  it('requires the API key', async () => {
    const reply = await callApi(running.url, '/members/auth', { method: 'POST', apiKey: null, params: { login: 'demo', password: md5('popcorn') } });

    expect(reply.json.errors[0].code).toBe(1001);
  });

  it('reads a JSON body too', async () => {
    const reply = await callApi(running.url, '/members/auth', { method: 'POST', encoding: 'json', params: { login: 'demo', password: md5('popcorn') } });

    expect(reply.status).toBe(200);
  });

  it('logs outcomes without the password, its MD5 or the token', async () => {
    const good = await signIn('demo@sandbox.test', md5('popcorn'));
    await signIn('demo', md5('wrong'));
    await signIn('nobody', md5('popcorn'));

    const logged = logLines.join('\n');
    expect(logLines).toEqual([
      'members/auth: token issued for member 1',
      'members/auth: rejected, wrong password for member 1 (4003)',
      'members/auth: rejected, unknown login (4002)',
    ]);
    expect(logged).not.toContain(md5('popcorn'));
    expect(logged).not.toContain(good.json.token);
    expect(logged).not.toContain('@');
  });
});

describe('sandbox key flow', () => {
  async function requestKey(headers: Record<string, string> = {}) {
    const reply = await callApi(running.url, '/members/oauth', { method: 'POST', headers });
    return reply.json.oauth as { key: string; callback: string };
  }

  it('issues a key with the callback of the request origin', async () => {
    const reply = await callApi(running.url, '/members/oauth', { method: 'POST' });

    expect(reply.status).toBe(200);
    expect(reply.json.errors).toEqual([]);
    expect(reply.json.oauth.key).toMatch(/^[0-9a-f]{32}$/);
    expect(reply.json.oauth.callback).toBe(`${running.url}/`);
  });

  it('uses the configured callback', async () => {
    const other = await startSandbox({ port: 0, memberKeyCallbackUrl: 'http://127.0.0.1:9/tv/', log: () => undefined });
    try {
      const reply = await callApi(other.url, '/members/oauth', { method: 'POST' });
      expect(reply.json.oauth.callback).toBe('http://127.0.0.1:9/tv/');
    } finally {
      await other.close();
    }
  });

  it('rejects a callback option that is not http(s)', async () => {
    await expect(() => startSandbox({ port: 0, memberKeyCallbackUrl: 'javascript:alert(1)' })).rejects.toThrow(/memberKeyCallbackUrl is invalid/);
  });

  it('shows the consent page for a key', async () => {
    const { key } = await requestKey();
    const page = await openPage(`/oauth?key=${key}&lang=en`);

    expect(page.status).toBe(200);
    expect(page.html).toContain('<html lang="en">');
    expect(page.html).toContain('BetaSeries TV (sandbox)');
    expect(page.html).toContain(`name="key" value="${key}"`);
    expect(page.html).toContain('<form method="post" action="/oauth">');
    expect(page.html).toContain('name="login" value="marathon"');
  });

  it('redirects to the callback with a working token', async () => {
    const { key, callback } = await requestKey();
    const page = await openPage('/oauth', { key, login: 'marathon', decision: 'approve' });

    expect(page.status).toBe(302);
    expect(page.location?.origin + (page.location?.pathname ?? '')).toBe(callback);
    const token = page.location?.searchParams.get('token') ?? '';
    expect(token).toMatch(/^[0-9a-f]{32}$/);
    expect(await loginOf(token)).toBe('marathon');
  });

  it('uses each key once', async () => {
    const { key } = await requestKey();
    await openPage('/oauth', { key, login: 'demo', decision: 'approve' });

    const again = await openPage(`/oauth?key=${key}&lang=en`);
    const postAgain = await openPage('/oauth', { key, login: 'demo', decision: 'approve', lang: 'en' });

    expect(again.status).toBe(400);
    expect(again.html).toContain('This sign-in key has already been used');
    expect(postAgain.status).toBe(400);
    expect(postAgain.location).toBeNull();
  });

  it('redirects a refusal with access_denied', async () => {
    const { key } = await requestKey();
    const page = await openPage('/oauth', { key, decision: 'deny' });

    expect(page.status).toBe(302);
    expect(page.location?.searchParams.get('error')).toBe('access_denied');
    expect(page.location?.searchParams.has('token')).toBe(false);
  });

  it('rejects a missing, unknown or expired key', async () => {
    const missing = await openPage('/oauth?lang=en');
    const unknown = await openPage('/oauth?lang=en&key=00000000000000000000000000000000');

    const { key } = await requestKey();
    clock += 10 * 60_000;
    const expired = await openPage(`/oauth?lang=en&key=${key}`);

    expect(missing.status).toBe(400);
    expect(missing.html).toContain('The sign-in key (key parameter) is missing');
    expect(unknown.html).toContain('This sign-in key is unknown');
    expect(expired.html).toContain('This sign-in key has expired');
  });

  it('asks again for an unknown demo member', async () => {
    const { key } = await requestKey();
    const page = await openPage('/oauth', { key, login: 'intruder', decision: 'approve', lang: 'en' });

    expect(page.status).toBe(400);
    expect(page.html).toContain('Choose one of the demo accounts.');
    expect((await openPage(`/oauth?key=${key}`)).status).toBe(200);
  });

  it('escapes what the request sends', async () => {
    const page = await openPage('/oauth?key=%3Cscript%3E');

    expect(page.html).not.toContain('<script>');
  });
});

describe('sandbox authorization code flow', () => {
  const REDIRECT_URI = 'http://127.0.0.1:8080/';

  function authorizeQuery(overrides: Record<string, string> = {}): string {
    return new URLSearchParams({ client_id: DEMO_API_KEY, redirect_uri: REDIRECT_URI, ...overrides }).toString();
  }

  async function approve(login = 'demo', redirectUri = REDIRECT_URI): Promise<string> {
    const page = await openPage('/authorize', { client_id: DEMO_API_KEY, redirect_uri: redirectUri, login, decision: 'approve' });
    expect(page.status).toBe(302);
    return page.location?.searchParams.get('code') ?? '';
  }

  it('shows the consent page without state', async () => {
    const page = await openPage(`/authorize?${authorizeQuery({ state: 'csrf-guard', lang: 'fr' })}`);

    expect(page.status).toBe(200);
    expect(page.html).toContain('<html lang="fr">');
    expect(page.html).toContain('Connexion à BetaSeries');
    expect(page.html).toContain(`name="redirect_uri" value="${REDIRECT_URI}"`);
    expect(page.html).not.toContain('csrf-guard');
  });

  it('redirects with a code and drops state', async () => {
    const page = await openPage('/authorize', {
      client_id: DEMO_API_KEY,
      redirect_uri: REDIRECT_URI,
      state: 'csrf-guard',
      login: 'demo',
      decision: 'approve',
    });

    expect(page.status).toBe(302);
    expect(page.location?.origin + (page.location?.pathname ?? '')).toBe(REDIRECT_URI);
    expect(page.location?.searchParams.get('code')).toMatch(/^[0-9a-f]{40}$/);
    expect(page.location?.searchParams.has('state')).toBe(false);
  });

  it('keeps the query of the redirect address', async () => {
    const page = await openPage('/authorize', { client_id: DEMO_API_KEY, redirect_uri: 'http://127.0.0.1:8080/tv/?lang=en', login: 'demo', decision: 'approve' });

    expect(page.location?.pathname).toBe('/tv/');
    expect(page.location?.searchParams.get('lang')).toBe('en');
    expect(page.location?.searchParams.get('code')).toMatch(/^[0-9a-f]{40}$/);
  });

  it('exchanges the code for a token of the chosen member', async () => {
    const code = await approve('marathon');
    const reply = await exchange({ code, redirect_uri: REDIRECT_URI });

    expect(reply.status).toBe(200);
    expect(reply.json.token_type).toBe('bearer');
    expect(await loginOf(reply.json.access_token)).toBe('marathon');
  });

  it('rejects a reused code and revokes its token', async () => {
    const code = await approve();
    const first = await exchange({ code, redirect_uri: REDIRECT_URI });
    const second = await exchange({ code, redirect_uri: REDIRECT_URI });

    expect(second.status).toBe(400);
    expect(second.json.errors[0].code).toBe(3004);
    const check = await callApi(running.url, '/members/is_active', { token: first.json.access_token });
    expect(check.json.errors[0].code).toBe(2001);
  });

  it('rejects a wrong secret without using the code up', async () => {
    const code = await approve();
    const wrong = await exchange({ code, redirect_uri: REDIRECT_URI, client_secret: 'not-the-secret' });
    const right = await exchange({ code, redirect_uri: REDIRECT_URI });

    expect(wrong.status).toBe(400);
    expect(wrong.json.errors[0].code).toBe(3004);
    expect(wrong.json.errors[0].text).toContain('client_secret');
    expect(right.status).toBe(200);
  });

  it('rejects a different redirect_uri', async () => {
    const code = await approve();
    const other = await exchange({ code, redirect_uri: 'http://127.0.0.1:8080/other' });
    const right = await exchange({ code, redirect_uri: REDIRECT_URI });

    expect(other.status).toBe(400);
    expect(other.json.errors[0].code).toBe(3004);
    expect(other.json.errors[0].text).toContain('redirect_uri');
    expect(right.status).toBe(200);
  });

  it('answers 3001 when redirect_uri is missing', async () => {
    const code = await approve();
    const reply = await exchange({ code });

    expect(reply.json.errors[0].code).toBe(3001);
    expect(reply.json.errors[0].text).toContain('redirect_uri');
  });

  it('expires a code after 10 minutes', async () => {
    const code = await approve();
    clock += 10 * 60_000;

    const reply = await exchange({ code, redirect_uri: REDIRECT_URI });

    expect(reply.status).toBe(400);
    expect(reply.json.errors[0].code).toBe(3004);
  });

  it('answers 3004 for an unknown code', async () => {
    const reply = await exchange({ code: '0'.repeat(40), redirect_uri: REDIRECT_URI });

    expect(reply.json.errors[0].code).toBe(3004);
  });

  it('still polls device codes on the same endpoint', async () => {
    const device = await callApi(running.url, '/oauth/device', { method: 'POST' });
    const waiting = await exchange({ code: device.json.device_code });

    expect(waiting.json.errors[0].code).toBe(2001);
  });

  it('redirects a refusal with access_denied', async () => {
    const page = await openPage('/authorize', { client_id: DEMO_API_KEY, redirect_uri: REDIRECT_URI, decision: 'deny' });

    expect(page.status).toBe(302);
    expect(page.location?.searchParams.get('error')).toBe('access_denied');
    expect(page.location?.searchParams.has('code')).toBe(false);
  });

  it.each([
    ['a wrong client_id', { client_id: 'someone-else' }, 'client_id'],
    ['a javascript: redirect_uri', { redirect_uri: 'javascript:alert(1)' }, 'redirect_uri'],
    ['a redirect_uri with a fragment', { redirect_uri: 'http://127.0.0.1:8080/#x' }, 'redirect_uri'],
    ['a relative redirect_uri', { redirect_uri: '/callback' }, 'redirect_uri'],
    ['response_type token', { response_type: 'token' }, 'response_type'],
  ])('shows an error page without redirect for %s', async (_case, overrides, parameter) => {
    const page = await openPage(`/authorize?${authorizeQuery({ ...overrides, lang: 'en' })}`);
    const posted = await openPage('/authorize', {
      client_id: DEMO_API_KEY,
      redirect_uri: REDIRECT_URI,
      ...overrides,
      login: 'demo',
      decision: 'approve',
    });

    expect(page.status).toBe(400);
    expect(page.location).toBeNull();
    expect(page.html).toContain(parameter);
    expect(posted.status).toBe(400);
    expect(posted.location).toBeNull();
  });

  it('logs each step without codes or tokens', async () => {
    const code = await approve();
    const reply = await exchange({ code, redirect_uri: REDIRECT_URI });
    await exchange({ code, redirect_uri: REDIRECT_URI });

    const logged = logLines.join('\n');
    expect(logLines).toEqual([
      'authorization code #1: issued for member 1',
      'authorization code #1: token issued for member 1',
      'authorization code #1: used again, rejected (3004), token of the first use revoked',
    ]);
    expect(logged).not.toContain(code.slice(0, 6));
    expect(logged).not.toContain(reply.json.access_token);
  });
});
