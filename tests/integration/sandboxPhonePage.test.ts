import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_API_KEY, DEMO_CLIENT_SECRET, startSandbox, type RunningSandbox } from '../../sandbox/server';
import { callApi, postForm } from '../../sandbox/testing/callApi';

let running: RunningSandbox;
let clock = Date.now();

beforeAll(async () => {
  running = await startSandbox({ port: 0, now: () => clock, log: () => {} });
});

afterAll(async () => {
  await running.close();
});

async function issueCode(): Promise<{ deviceCode: string; userCode: string }> {
  const reply = await callApi(running.url, '/oauth/device', { method: 'POST' });
  return { deviceCode: reply.json.device_code, userCode: reply.json.user_code };
}

function poll(deviceCode: string) {
  return callApi(running.url, '/oauth/access_token', {
    method: 'POST',
    params: { client_id: DEMO_API_KEY, client_secret: DEMO_CLIENT_SECRET, code: deviceCode },
  });
}

async function getPage(path: string, headers: Record<string, string> = {}) {
  const response = await fetch(running.url + path, { headers });
  return { status: response.status, contentType: response.headers.get('content-type') ?? '', html: await response.text() };
}

describe('sandbox phone page', () => {
  it('shows the code field in French by default', async () => {
    const page = await getPage('/device');

    expect(page.status).toBe(200);
    expect(page.contentType).toContain('text/html');
    expect(page.html).toContain('<html lang="fr">');
    expect(page.html).toContain('name="viewport"');
    expect(page.html).toContain('Code affiché sur le téléviseur');
    expect(page.html).toMatch(/<form method="post" action="\/device">/);
    expect(page.html).toMatch(/<input type="text" id="code" name="code" value=""/);
  });

  it('follows Accept-Language preferences', async () => {
    const english = await getPage('/device', { 'Accept-Language': 'en-US,en;q=0.9,fr;q=0.8' });
    const french = await getPage('/device', { 'Accept-Language': 'fr-CA,fr;q=0.9,en;q=0.8' });
    const weighted = await getPage('/device', { 'Accept-Language': 'de-DE, fr;q=0.3, en;q=0.5' });

    expect(english.html).toContain('<html lang="en">');
    expect(english.html).toContain('Code shown on the TV');
    expect(french.html).toContain('<html lang="fr">');
    expect(weighted.html).toContain('<html lang="en">');
  });

  it('prefills the field from ?code=', async () => {
    const page = await getPage('/device?code=975820');

    expect(page.html).toContain('value="975820"');
  });

  it('accepts any spelling of the code', async () => {
    const { userCode } = await issueCode();
    const digits = userCode.replace('-', '');
    const spellings = [userCode, digits, ` ${digits.slice(0, 3)} ${digits.slice(3)} `, ` ${userCode} `];

    for (const typed of spellings) {
      const page = await postForm(`${running.url}/device`, { code: typed });

      expect(page.status, typed).toBe(200);
      expect(page.html, typed).toContain(`<strong data-testid="user-code">${userCode}</strong>`);
      expect(page.html, typed).toContain('BetaSeries TV (sandbox)');
      expect(page.html, typed).toContain('name="login" value="demo" checked');
      expect(page.html, typed).toContain('name="login" value="marathon"');
    }
  });

  it('approves through real form posts', async () => {
    const { deviceCode, userCode } = await issueCode();

    const result = await postForm(`${running.url}/device/confirm`, { code: userCode, login: 'marathon', decision: 'approve' });
    expect(result.status).toBe(200);
    expect(result.html).toContain('marathon');

    const token = (await poll(deviceCode)).json.access_token;
    const infos = await callApi(running.url, '/members/infos', { token });
    expect(infos.json.member.login).toBe('marathon');
  });

  it('refuses through real form posts', async () => {
    const { deviceCode, userCode } = await issueCode();

    const result = await postForm(`${running.url}/device/confirm`, { code: userCode.replace('-', ''), login: 'demo', decision: 'deny' });
    expect(result.status).toBe(200);
    expect(result.html).toContain('Accès refusé');

    const reply = await poll(deviceCode);
    expect(reply.json.errors[0].code).toBe(2002);
  });

  it('explains an unknown code and asks again', async () => {
    const page = await postForm(`${running.url}/device`, { code: '000-000' });

    expect(page.status).toBe(400);
    expect(page.html).toContain('role="alert"');
    expect(page.html).toContain('existe pas. Vérifiez le code affiché');
    expect(page.html).toContain('name="code" value="000-000"');
  });

  it('explains a code that is not six digits', async () => {
    const page = await postForm(`${running.url}/device`, { code: '12-34', lang: 'en' });

    expect(page.status).toBe(400);
    expect(page.html).toContain('type the six digits');
  });

  it('explains an expired code', async () => {
    const { userCode } = await issueCode();
    clock += 1_800_000;

    const page = await postForm(`${running.url}/device`, { code: userCode });

    expect(page.status).toBe(400);
    expect(page.html).toContain('Ce code a expiré');
  });

  it('does not decide a code twice', async () => {
    const { userCode } = await issueCode();
    await postForm(`${running.url}/device/confirm`, { code: userCode, login: 'demo', decision: 'approve' });

    const again = await postForm(`${running.url}/device/confirm`, { code: userCode, login: 'demo', decision: 'deny' });
    const typedAgain = await postForm(`${running.url}/device`, { code: userCode });

    expect(again.status).toBe(400);
    expect(again.html).toContain('déjà été utilisé');
    expect(typedAgain.status).toBe(400);
  });

  it('keeps the code waiting when no demo member is chosen', async () => {
    const { deviceCode, userCode } = await issueCode();

    const page = await postForm(`${running.url}/device/confirm`, { code: userCode, login: 'somebody', decision: 'approve' });

    expect(page.status).toBe(400);
    expect(page.html).toContain('Choisissez un des comptes');
    expect((await poll(deviceCode)).json.errors[0].code).toBe(2001);
  });

  it('escapes what it echoes', async () => {
    const hostile = '"><script>alert(1)</script><img src=x onerror=alert(2)>';

    const prefilled = await getPage(`/device?code=${encodeURIComponent(hostile)}`);
    const posted = await postForm(`${running.url}/device`, { code: hostile });

    for (const html of [prefilled.html, posted.html]) {
      expect(html).not.toContain('<script>alert(1)');
      expect(html).not.toContain('<img src=x');
      expect(html).toContain('&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;');
    }
  });

  it('is served at the root when the API has a prefix', async () => {
    const prefixed = await startSandbox({ port: 0, apiPrefix: '/api', log: () => {} });

    try {
      const page = await fetch(`${prefixed.url}/device`);
      const code = await callApi(prefixed.url, '/api/oauth/device', { method: 'POST' });
      const outside = await fetch(`${prefixed.url}/index.html`);

      expect(page.status).toBe(200);
      expect(code.json.verification_url).toBe(`${prefixed.url}/device`);
      expect(outside.status).toBe(404);
    } finally {
      await prefixed.close();
    }
  });
});
