import jsQR from 'jsqr';
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { AppServer } from '../../scripts/appServer';
import { answerOnPhone, readUserCode, startTestApp } from './support/app';
import { launchChromium, openTvPage } from './support/browser';

/** Where the screenshots go, for a person to look at the QR code. */
const SHOT_DIR = '/tmp/shots';

/**
 * Reads the QR code from a screenshot of its box, as a phone camera would: a blank page of the
 * same browser decodes the PNG in a canvas (the app's content security policy would refuse the
 * data: address), and its pixels go to jsqr 1.4.0.
 */
async function readQrFromScreen(tv: Page, shotPath: string): Promise<string | null> {
  const png = await tv.getByTestId('qr-code').screenshot({ path: shotPath });
  const scratch = await tv.context().newPage();

  const image = await scratch.evaluate(async (base64) => {
    const picture = new Image();
    picture.src = `data:image/png;base64,${base64}`;
    await picture.decode();
    const bitmap = await createImageBitmap(picture);
    const canvas = document.createElement('canvas');
    canvas.width = bitmap.width;
    canvas.height = bitmap.height;
    const context = canvas.getContext('2d');
    if (!context) {
      throw new Error('the page has no 2D canvas to decode the screenshot');
    }

    context.drawImage(bitmap, 0, 0);
    return { width: bitmap.width, height: bitmap.height, pixels: Array.from(context.getImageData(0, 0, bitmap.width, bitmap.height).data) };
  }, png.toString('base64'));
  await scratch.close();

  return jsQR(Uint8ClampedArray.from(image.pixels), image.width, image.height)?.data ?? null;
}

describe('pairing QR code on screen', () => {
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

  for (const [width, height] of [[1920, 1080], [1280, 720]] as const) {
    it(`scans to the verification address at ${width}×${height}`, async () => {
      tv = await openTvPage(browser, { width, height });
      await tv.goto(`${app.url}/`);
      await readUserCode(tv);
      await tv.getByTestId('qr-code').waitFor({ state: 'visible' });

      const box = await tv.getByTestId('qr-code').boundingBox();
      expect(box?.width ?? 0).toBeGreaterThan(0);
      expect(box?.width).toBeCloseTo(box?.height ?? 0, 0);

      const scanned = await readQrFromScreen(tv, `${SHOT_DIR}/pairing-qr-${width}x${height}.png`);
      const title = await tv.getByTestId('qr-code').locator('title').textContent();
      expect(scanned).not.toBeNull();
      expect(title).toContain(scanned ?? '(nothing scanned)');
      expect(scanned).toMatch(new RegExp(`^${app.url.replace(/[.]/g, '\\.')}/device`));

      await tv.screenshot({ path: `${SHOT_DIR}/pairing-${width}x${height}.png` });
    }, 60_000);
  }

  it('pairs with the address read from the QR code', async () => {
    tv = await openTvPage(browser);
    await tv.goto(`${app.url}/`);
    const userCode = await readUserCode(tv);
    await tv.getByTestId('qr-code').waitFor({ state: 'visible' });

    const scanned = await readQrFromScreen(tv, `${SHOT_DIR}/pairing-qr-pair.png`);
    expect(scanned).not.toBeNull();

    await answerOnPhone(browser, scanned ?? '', userCode, { approveAs: 'demo' });
    await tv.getByTestId('to-watch-card').first().waitFor({ state: 'visible', timeout: 15_000 });
  }, 60_000);
});
