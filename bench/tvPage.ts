import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, BrowserContext, CDPSession, Page } from 'playwright-core';
import { findDemoMember } from '../sandbox/demoData';
import { MEMBERS_STORAGE_KEY } from '../src/session/tokenStorage';
import { ProbeReports } from './probeReports';

/**
 * A TV-sized Chromium page with the benchmark's probe (`pageProbe.js`) and a DevTools session
 * for CPU throttling, trusted key presses and heap readings.
 */

const PROBE_PATH = path.join(path.dirname(fileURLToPath(import.meta.url)), 'pageProbe.js');

/** Remote keys as the app reads them (`KeyboardEvent.keyCode`, with the standard `key` names). */
export const KEYS = {
  left: { keyCode: 37, key: 'ArrowLeft' },
  up: { keyCode: 38, key: 'ArrowUp' },
  right: { keyCode: 39, key: 'ArrowRight' },
  down: { keyCode: 40, key: 'ArrowDown' },
  enter: { keyCode: 13, key: 'Enter' },
  /** Back in a desktop browser. */
  back: { keyCode: 27, key: 'Escape' },
} as const;

export type KeyName = keyof typeof KEYS;

export interface TvPage {
  context: BrowserContext;
  page: Page;
  cdp: CDPSession;
  /** Reports from bench/pageProbe.js, counted over every page the context opens. */
  reports: ProbeReports;
}

export interface OpenTvPageOptions {
  /** `http://127.0.0.1:PORT` of the server to open. */
  origin: string;
  /** CPU slowdown factor for the page's renderer; 1 for none. */
  cpuThrottlingRate: number;
  /** A sandbox token stored before the app starts, as after a pairing; none opens the pairing screen. */
  token?: string;
  /** The demo login of `token`, so the stored member has its API id, as after a pairing. */
  login?: string;
}

/**
 * Opens a fresh context (empty cache and storage) on a 404 page of `origin`, then sets the CPU
 * throttling, so the renderer of that origin is already slowed when the measured page starts.
 */
export async function openTvPage(browser: Browser, options: OpenTvPageOptions): Promise<TvPage> {
  const context = await browser.newContext({ viewport: { width: 1920, height: 1080 }, locale: 'en-US' });
  const reports = new ProbeReports();
  await context.exposeBinding('__benchReport', (_source, kind: unknown) => reports.receive(kind));
  await context.addInitScript({ path: PROBE_PATH });

  if (options.token) {
    // As the app stores a member once `members/infos` has replied after a pairing.
    const login = options.login ?? null;
    const member = { key: 'bench00000000001', token: options.token, memberId: login ? (findDemoMember(login)?.id ?? null) : null, login, avatar: null };
    const stored = JSON.stringify({ members: [member], activeKey: member.key });
    await context.addInitScript({
      content: `if (location.pathname === '/bench-start') { localStorage.setItem(${JSON.stringify(MEMBERS_STORAGE_KEY)}, ${JSON.stringify(stored)}); }`,
    });
  }

  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);

  await page.goto(`${options.origin}/bench-start`);
  await setCpuThrottlingRate(cdp, options.cpuThrottlingRate);

  return { context, page, cdp, reports };
}

export async function setCpuThrottlingRate(cdp: CDPSession, rate: number): Promise<void> {
  await cdp.send('Emulation.setCPUThrottlingRate', { rate });
}

/** Presses and releases a key through Chromium's input pipeline: the page gets trusted events. */
export async function pressKey(tv: TvPage, name: KeyName): Promise<void> {
  const { keyCode, key } = KEYS[name];
  const common = { windowsVirtualKeyCode: keyCode, nativeVirtualKeyCode: keyCode, key, code: key };

  await tv.cdp.send('Input.dispatchKeyEvent', { type: 'rawKeyDown', ...common });
  await tv.cdp.send('Input.dispatchKeyEvent', { type: 'keyUp', ...common });
}

export interface FocusedElement {
  /** `data-testid` of the focused element or of its closest marked ancestor. */
  testId: string | null;
  /** `data-index` of the focused card in its row or grid, when it has one. */
  index: number | null;
  /** `data-screen` of the frame the focus is in, e.g. `screen:home`. */
  screen: string | null;
}

/** Reads where the visible focus (`data-focused="true"`) is. */
export function readFocus(tv: TvPage): Promise<FocusedElement> {
  return tv.page.evaluate(() => {
    const focused = document.querySelector('[data-focused="true"]');
    const indexText = focused?.closest('[data-index]')?.getAttribute('data-index') ?? null;

    return {
      testId: focused?.closest('[data-testid]')?.getAttribute('data-testid') ?? null,
      index: indexText === null ? null : Number(indexText),
      screen: focused?.closest('[data-screen]')?.getAttribute('data-screen') ?? null,
    };
  });
}

/** Reads the `data-screen` of the screen on top of the stack (the one not hidden). */
export function readTopScreen(tv: TvPage): Promise<string | null> {
  return tv.page.evaluate(() => {
    const visible = Array.from(document.querySelectorAll('[data-screen]')).filter((frame) => !frame.hasAttribute('hidden'));
    return visible[visible.length - 1]?.getAttribute('data-screen') ?? null;
  });
}

export function closeTvPage(tv: TvPage): Promise<void> {
  return tv.context.close();
}
