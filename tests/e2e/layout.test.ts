import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { AppServer } from '../../scripts/appServer';
import { launchChromium, openTvPage } from './support/browser';
import { openSignedIn, readUserCode, startTestApp } from './support/app';
import { auditLayout } from './support/layoutAudit';

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

      it(`home fits the safe area at ${size.width}×${size.height} (${locale})`, async () => {
        tv = await openTvPage(browser, { ...size, locale });
        await openSignedIn(tv, app, 'demo');
        await tv.getByTestId('to-watch-card').first().waitFor({ state: 'visible', timeout: 10_000 });

        expect(await auditLayout(tv)).toEqual([]);
      });
    }
  }
});
