import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { SANDBOX_API_KEY, SANDBOX_CLIENT_SECRET } from '../../src/app/config';
import { DEMO_API_KEY, DEMO_CLIENT_SECRET, startSandbox, type RunningSandbox } from '../../sandbox/server';
import { callApi } from '../../sandbox/testing/callApi';

let running: RunningSandbox;
let clock = Date.now();
const logLines: string[] = [];

beforeAll(async () => {
  running = await startSandbox({ port: 0, now: () => clock, log: (line) => logLines.push(line) });
});

afterAll(async () => {
  await running.close();
});

afterEach(() => {
  running.sandbox.faults.clear();
});

async function requestCode(locale?: 'fr' | 'en') {
  const reply = await callApi(running.url, '/oauth/device', { method: 'POST', params: locale ? { locale } : {} });
  expect(reply.status).toBe(200);
  return reply.json as { device_code: string; user_code: string; verification_url: string; expires_in: number; interval: number };
}

function poll(deviceCode: string, overrides: Record<string, string> = {}, query = '') {
  return callApi(running.url, `/oauth/access_token${query}`, {
    method: 'POST',
    params: { client_id: DEMO_API_KEY, client_secret: DEMO_CLIENT_SECRET, code: deviceCode, ...overrides },
  });
}

describe('sandbox device flow', () => {
  it('uses the same demo credentials as the app', () => {
    expect(DEMO_API_KEY).toBe(SANDBOX_API_KEY);
    expect(DEMO_CLIENT_SECRET).toBe(SANDBOX_CLIENT_SECRET);
  });

  it('issues a code in the BetaSeries shape', async () => {
    const reply = await callApi(running.url, '/oauth/device', { method: 'POST' });

    expect(reply.status).toBe(200);
    expect(reply.json.device_code).toMatch(/^[0-9a-f]{40}$/);
    expect(reply.json.user_code).toMatch(/^\d{3}-\d{3}$/);
    expect(reply.json.verification_url).toBe(`${running.url}/device`);
    expect(reply.json.verification_uri).toBeUndefined();
    expect(reply.json.expires_in).toBe(1800);
    expect(reply.json.interval).toBe(5);
    expect(reply.json.errors).toEqual([]);
  });

  it('answers 2001 while the member has not typed the code', async () => {
    const code = await requestCode();

    const french = await poll(code.device_code);
    const english = await poll(code.device_code, {}, '?locale=en');

    expect(french.status).toBe(400);
    expect(french.json.errors).toEqual([{ code: 2001, text: "En attente de l'identification." }]);
    expect(english.json.errors).toEqual([{ code: 2001, text: 'Waiting for identification.' }]);
  });

  it('gives a working token once after approval', async () => {
    const code = await requestCode();
    running.sandbox.approve(code.user_code, 'demo');

    const first = await poll(code.device_code);
    expect(first.status).toBe(200);
    expect(first.json.access_token).toMatch(/^[0-9a-f]{32}$/);
    expect(first.json.token_type).toBe('bearer');
    expect(first.json.errors).toEqual([]);

    const infos = await callApi(running.url, '/members/infos', { token: first.json.access_token });
    expect(infos.status).toBe(200);
    expect(infos.json.member.login).toBe('demo');

    const second = await poll(code.device_code);
    expect(second.status).toBe(400);
    expect(second.json.errors[0].code).toBe(3004);
  });

  it('gives each approval a new token', async () => {
    const one = await requestCode();
    const two = await requestCode();
    running.sandbox.approve(one.user_code, 'demo');
    running.sandbox.approve(two.user_code, 'demo');

    const tokenOne = (await poll(one.device_code)).json.access_token;
    const tokenTwo = (await poll(two.device_code)).json.access_token;

    expect(tokenOne).not.toBe(tokenTwo);
  });

  it('signs in the member chosen at approval', async () => {
    const code = await requestCode();
    running.sandbox.approve(code.user_code, 'marathon');

    const token = (await poll(code.device_code)).json.access_token;
    const infos = await callApi(running.url, '/members/infos', { token });

    expect(infos.json.member.login).toBe('marathon');
    expect(infos.json.member.id).toBe(2);
  });

  it('answers 2002 after the member refused', async () => {
    const code = await requestCode();
    running.sandbox.deny(code.user_code);

    const reply = await poll(code.device_code);

    expect(reply.status).toBe(400);
    expect(reply.json.errors[0].code).toBe(2002);
  });

  it('answers 3004 for an unknown code', async () => {
    const reply = await poll('0'.repeat(40));

    expect(reply.status).toBe(400);
    expect(reply.json.errors[0].code).toBe(3004);
  });

  it('rejects a wrong secret with 3004 naming it', async () => {
    const code = await requestCode();
    running.sandbox.approve(code.user_code, 'demo');

    const wrong = await poll(code.device_code, { client_secret: 'not-the-secret' });
    expect(wrong.status).toBe(400);
    expect(wrong.json.errors[0].code).toBe(3004);
    expect(wrong.json.errors[0].text).toContain('client_secret');

    // The failed attempt did not use the code up.
    const right = await poll(code.device_code);
    expect(right.status).toBe(200);
  });

  it('answers 3001 when the code or the secret is missing', async () => {
    const noCode = await callApi(running.url, '/oauth/access_token', {
      method: 'POST',
      params: { client_id: DEMO_API_KEY, client_secret: DEMO_CLIENT_SECRET },
    });
    const noSecret = await callApi(running.url, '/oauth/access_token', {
      method: 'POST',
      params: { client_id: DEMO_API_KEY, code: 'abc' },
    });

    expect(noCode.json.errors[0].code).toBe(3001);
    expect(noSecret.json.errors[0].code).toBe(3001);
  });

  it('expires codes by the injected clock', async () => {
    const code = await requestCode();

    clock += 1_799_000;
    expect((await poll(code.device_code)).json.errors[0].code).toBe(2001);

    clock += 1_000;
    const expired = await poll(code.device_code);
    expect(expired.status).toBe(400);
    expect(expired.json.errors[0]).toEqual({ code: 3004, text: 'Code expiré.' });
    expect(() => running.sandbox.approve(code.user_code, 'demo')).toThrow(/expired/);
  });

  it('expires an approved code that was not redeemed in time', async () => {
    const code = await requestCode();
    running.sandbox.approve(code.user_code, 'demo');

    clock += 1_800_000;
    const reply = await poll(code.device_code);

    expect(reply.json.errors[0].code).toBe(3004);
  });

  it('refuses to approve a code twice', async () => {
    const code = await requestCode();
    running.sandbox.approve(code.user_code, 'demo');

    expect(() => running.sandbox.approve(code.user_code, 'demo')).toThrow(/already/);
    expect(() => running.sandbox.deny(code.user_code)).toThrow(/already/);
    expect(() => running.sandbox.approve('000-000', 'demo')).toThrow(/no such code/);
    expect(() => running.sandbox.approve(code.user_code, 'nobody')).toThrow(/Unknown demo member/);
  });

  it('logs each step without a token, secret or device code', async () => {
    logLines.length = 0;
    const code = await requestCode();
    await poll(code.device_code);
    running.sandbox.approve(code.user_code, 'demo');
    const token = (await poll(code.device_code)).json.access_token as string;
    await callApi(running.url, '/members/destroy', { method: 'POST', token });

    const label = code.device_code.slice(0, 6);
    expect(logLines).toEqual([
      `device ${label}: issued user code ${code.user_code}, expires in 1800 s`,
      `device ${label}: poll, still waiting (2001)`,
      `device ${label}: approved for demo by a test call`,
      `device ${label}: token issued for member 1`,
      'member 1: token revoked (members/destroy)',
    ]);

    for (const line of logLines) {
      expect(line).not.toContain(token);
      expect(line).not.toContain(code.device_code);
      expect(line).not.toContain(DEMO_CLIENT_SECRET);
    }
  });

  it('writes to the console without secrets by default', async () => {
    const consoleLines: string[] = [];
    const spy = vi.spyOn(console, 'log').mockImplementation((...args: unknown[]) => {
      consoleLines.push(args.map(String).join(' '));
    });
    const quiet = await startSandbox({ port: 0 });

    try {
      const code = (await callApi(quiet.url, '/oauth/device', { method: 'POST' })).json;
      quiet.sandbox.approve(code.user_code, 'demo');
      const tokenReply = await callApi(quiet.url, '/oauth/access_token', {
        method: 'POST',
        params: { client_id: DEMO_API_KEY, client_secret: DEMO_CLIENT_SECRET, code: code.device_code },
      });
      const token = tokenReply.json.access_token as string;

      expect(consoleLines.length).toBe(3);
      expect(consoleLines.every((line) => line.startsWith('[sandbox] '))).toBe(true);
      expect(consoleLines.join('\n')).not.toContain(token);
      expect(consoleLines.join('\n')).not.toContain(code.device_code);
      expect(consoleLines.join('\n')).not.toContain(DEMO_CLIENT_SECRET);
    } finally {
      spy.mockRestore();
      await quiet.close();
    }
  });

  it('takes interval and lifetime from the options', async () => {
    const custom = await startSandbox({ port: 0, pollIntervalSeconds: 2, codeLifetimeSeconds: 60, log: () => {} });

    try {
      const reply = await callApi(custom.url, '/oauth/device', { method: 'POST' });
      expect(reply.json.interval).toBe(2);
      expect(reply.json.expires_in).toBe(60);
    } finally {
      await custom.close();
    }
  });

  it('puts the public URL in verification_url', async () => {
    const custom = await startSandbox({ port: 0, publicUrl: 'http://192.168.1.20:8080/', log: () => {} });

    try {
      const before = await callApi(custom.url, '/oauth/device', { method: 'POST' });
      custom.sandbox.setPublicUrl('http://10.0.0.5:9000');
      const after = await callApi(custom.url, '/oauth/device', { method: 'POST' });

      expect(before.json.verification_url).toBe('http://192.168.1.20:8080/device');
      expect(after.json.verification_url).toBe('http://10.0.0.5:9000/device');
    } finally {
      await custom.close();
    }
  });
});
