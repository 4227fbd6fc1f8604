import { chromium, type Browser, type Page } from 'playwright-core';

/**
 * Debian's Chromium, headless. The background-networking flags keep it from trying to reach
 * Google's hosts, which this machine's closed network refuses.
 */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });
}

export interface TvPageOptions {
  width?: number;
  height?: number;
  locale?: string;
}

/** A page the size of a TV screen; the locale drives `navigator.language`. */
export async function openTvPage(browser: Browser, options: TvPageOptions = {}): Promise<Page> {
  const context = await browser.newContext({
    viewport: { width: options.width ?? 1920, height: options.height ?? 1080 },
    locale: options.locale ?? 'en-US',
  });
  return context.newPage();
}
