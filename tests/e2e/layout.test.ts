import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { AppServer } from '../../scripts/appServer';
import { launchChromium, openTvPage } from './support/browser';
import { openSignedIn, readUserCode, startTestApp } from './support/app';
import { auditLayout } from './support/layoutAudit';
import { pressButton } from './signinRemote';

const SIZES = [
  { width: 1920, height: 1080 },
  { width: 1280, height: 720 },
];

describe('10-foot layout', () => {
  let browser: Browser;
  let app: AppServer;
  let tv: Page;

  beforeAll(async () => {
    browser = await launchChromium();
    app = await startTestApp();
  });

  afterEach(async () => {
    await tv?.context().close();
  });

  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  for (const size of SIZES) {
    for (const locale of ['en-US', 'fr-FR']) {
      it(`pairing fits the safe area at ${size.width}×${size.height} (${locale})`, async () => {
        tv = await openTvPage(browser, { ...size, locale });
        await tv.goto(`${app.url}/`);
        await readUserCode(tv);

        expect(await auditLayout(tv)).toEqual([]);
      });

      it(`sign-in screens fit the safe area at ${size.width}×${size.height} (${locale})`, async () => {
        tv = await openTvPage(browser, { ...size, locale });
        await tv.goto(`${app.url}/`);
        await readUserCode(tv);

        await pressButton(tv, 'other-sign-in-methods');
        await tv.getByTestId('sign-in-with-password').waitFor({ state: 'visible' });
        expect(await auditLayout(tv)).toEqual([]);

        await pressButton(tv, 'sign-in-with-password');
        await tv.getByTestId('login-keyboard').waitFor({ state: 'visible' });
        expect(await auditLayout(tv)).toEqual([]);
      });

      it(`who's watching fits the safe area at ${size.width}×${size.height} (${locale})`, async () => {
        tv = await openTvPage(browser, { ...size, locale });
        const stored = {
          members: [
            { key: 'a1a1a1a1a1a1a1a1', token: app.sandbox.createToken('demo'), memberId: 1, login: 'demo', avatar: null },
            { key: 'b2b2b2b2b2b2b2b2', token: app.sandbox.createToken('marathon'), memberId: 2, login: 'marathon', avatar: null },
          ],
          activeKey: 'a1a1a1a1a1a1a1a1',
        };
        await tv.goto(`${app.url}/`);
        await tv.evaluate((value) => window.localStorage.setItem('betaseries-tv.members', value), JSON.stringify(stored));
        await tv.reload();
        await tv.getByTestId('who-is-watching').waitFor({ state: 'visible', timeout: 15_000 });

        expect(await auditLayout(tv)).toEqual([]);
      });

      it(`home fits the safe area at ${size.width}×${size.height} (${locale})`, async () => {
        tv = await openTvPage(browser, { ...size, locale });
        await openSignedIn(tv, app, 'demo');
        await tv.getByTestId('to-watch-card').first().waitFor({ state: 'visible', timeout: 10_000 });

        expect(await auditLayout(tv)).toEqual([]);
      });
    }
  }
});
