import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { build } from 'vite';
import { afterEach, describe, expect, it, vi } from 'vitest';

const RELAY_SECRET = 'relay-only-secret-5f2c9a';
const EMBEDDED_SECRET = 'embedded-secret-81d04e';
const SANDBOX_SECRET = 'sandbox-demo-secret';

const SETTINGS = [
  'VITE_BETASERIES_API_URL',
  'VITE_BETASERIES_API_KEY',
  'VITE_BETASERIES_TOKEN_URL',
  'VITE_BETASERIES_CLIENT_SECRET',
  'BETASERIES_CLIENT_SECRET',
];

/** Builds the app with `settings` in the environment; returns every output file's text. */
async function buildWith(settings: Record<string, string>): Promise<{ texts: string; html: string }> {
  const outDir = await mkdtemp(path.join(os.tmpdir(), 'betaseries-tv-secrets-'));
  // Vitest sets NODE_ENV=test, which would bundle React's development build.
  Object.assign(process.env, { NODE_ENV: 'production' }, settings);

  try {
    await build({ root: process.cwd(), logLevel: 'silent', build: { outDir, emptyOutDir: true } });

    const texts: string[] = [];
    for (const name of await readdir(path.join(outDir, 'assets'))) {
      texts.push(await readFile(path.join(outDir, 'assets', name), 'utf8'));
    }
    const html = await readFile(path.join(outDir, 'index.html'), 'utf8');
    return { texts: texts.join('\n') + html, html };
  } finally {
    await rm(outDir, { recursive: true, force: true });
  }
}

describe('secrets in builds', () => {
  afterEach(() => {
    for (const name of SETTINGS) {
      delete process.env[name];
    }
    vi.restoreAllMocks();
  });

  it('a relay build contains no secret', async () => {
    // The relay's secret sits in the same shell, as it would on a build machine that runs both.
    const { texts, html } = await buildWith({
      VITE_BETASERIES_API_URL: 'http://127.0.0.1:9/api',
      VITE_BETASERIES_API_KEY: 'public-key-for-test',
      VITE_BETASERIES_TOKEN_URL: 'http://127.0.0.1:9/relay/oauth/access_token',
      BETASERIES_CLIENT_SECRET: RELAY_SECRET,
    });

    expect(texts).toContain('public-key-for-test');
    expect(texts).not.toContain(RELAY_SECRET);
    expect(texts).not.toContain(SANDBOX_SECRET);
    expect(html).toContain("connect-src 'self' http://127.0.0.1:9");
  }, 120_000);

  it('an embedded secret is in the build and the build warns', async () => {
    const warnings: string[] = [];
    vi.spyOn(console, 'warn').mockImplementation((message: unknown) => {
      warnings.push(String(message));
    });

    const { texts } = await buildWith({
      VITE_BETASERIES_API_URL: 'http://127.0.0.1:9/api',
      VITE_BETASERIES_API_KEY: 'public-key-for-test',
      VITE_BETASERIES_CLIENT_SECRET: EMBEDDED_SECRET,
    });

    expect(texts).toContain(EMBEDDED_SECRET);
    expect(warnings.join('\n')).toMatch(/VITE_BETASERIES_CLIENT_SECRET is set/);
  }, 120_000);

  it('the hosted build has a policy with no inline or data: scripts allowed', async () => {
    const { html } = await buildWith({});
    const policy = /http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1] ?? '';
    const scriptSources = /script-src ([^;]+)/.exec(policy)?.[1] ?? '';

    expect(scriptSources).toContain("'self'");
    expect(scriptSources).not.toContain("'unsafe-inline'");
    expect(scriptSources).not.toContain('data:');
    expect(policy).toContain("object-src 'none'");
    expect(html).not.toContain('data:text/javascript');
  }, 120_000);
});
