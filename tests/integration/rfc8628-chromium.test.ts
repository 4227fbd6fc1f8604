import { existsSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { createDeviceFlow } from '../../src/pairing/deviceFlow';
import { createRfc8628Provider } from '../../src/pairing/rfc8628Provider';
import { CHROMIUM_ARGS } from '../e2e/support/browser';
import { startOidcServer, TV_CLIENT_ID } from './oidc/startOidcServer';

/**
 * The member's side of the device flow in a real Chromium. The TV side (engine and RFC 8628
 * adapter) runs in Node. The browser opens `verification_uri_complete` on oidc-provider's own
 * pages, confirms, signs in through the development interactions and consents.
 */

const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

async function waitUntil(condition: () => boolean, what: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;

  while (!condition()) {
    if (Date.now() > deadline) {
      throw new Error(`Timed out after ${timeoutMs} ms waiting for ${what}`);
    }

    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

describe('RFC 8628 device pages in Chromium', () => {
  it.skipIf(!existsSync(CHROMIUM_PATH))('pairs through the device pages', async (context) => {
    const server = await startOidcServer();
    const flow = createDeviceFlow({
      provider: createRfc8628Provider({
        deviceAuthorizationUrl: server.deviceAuthorizationUrl,
        tokenUrl: server.tokenUrl,
        clientId: TV_CLIENT_ID,
        scope: 'openid',
      }),
    });
    const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });

    context.onTestFinished(async () => {
      flow.stop();
      await browser.close();
      await server.close();
    });

    flow.start();
    await waitUntil(() => flow.getState().status === 'waiting', 'a device code', 10_000);
    const state = flow.getState();
    const completeUrl = state.status === 'waiting' ? state.code.verificationUrlComplete : null;
    expect(completeUrl).not.toBeNull();

    // The browser may reach loopback only, so the pages' request for a Google web font is aborted.
    const page = await browser.newPage();
    const blockedUrls: string[] = [];
    await page.route('**/*', async (route) => {
      const url = new URL(route.request().url());
      if (url.hostname === '127.0.0.1') {
        await route.continue();
        return;
      }

      blockedUrls.push(url.origin);
      await route.abort();
    });

    // The complete URL carries the code, and its page submits it by script.
    await page.goto(completeUrl ?? '');
    await page.click('#confirm');

    await page.waitForSelector('input[name="prompt"][value="login"]', { state: 'attached' });
    await page.fill('input[name="login"]', 'member-42');
    await page.fill('input[name="password"]', 'any');
    await page.click('button[type="submit"]');

    await page.waitForSelector('input[name="prompt"][value="consent"]', { state: 'attached' });
    await page.click('button[type="submit"]');
    await page.waitForSelector('#device-flow-success');

    await waitUntil(() => flow.getState().status === 'authorized', 'the access token', 10_000);

    const authorized = flow.getState();
    const accessToken = authorized.status === 'authorized' ? authorized.accessToken : '';
    const userinfo = await fetch(server.userinfoUrl, { headers: { Authorization: `Bearer ${accessToken}` } });
    expect(await userinfo.json()).toEqual({ sub: 'member-42' });
    expect(server.tokenRequests.filter((request) => request.status === 200)).toHaveLength(1);
    expect(blockedUrls.every((origin) => origin === 'https://fonts.googleapis.com')).toBe(true);
  });
});
