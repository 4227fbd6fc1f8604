import { getCurrentFocusKey } from '@noriginmedia/norigin-spatial-navigation';
import { screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { listAllMemberShows } from '../../src/api/memberShows';
import type { AppServices } from '../../src/app/appServices';
import { SEARCH_DEBOUNCE_MS } from '../../src/screens/Search/useShowSearch';
import { destroySpatialNavigation } from '../../src/tv/spatialNavigation';
import { press, settle, type TestKey } from './support/keys';
import {
  initMoreNavigation,
  launchFocusKey,
  pressColourKey,
  renderLauncher,
  signIn,
  startProxiedSandbox,
  type ProxiedSandbox,
} from './support/moreHarness';

let running: ProxiedSandbox;
let services: AppServices;

const KEYBOARD_ROWS = ['abcdefghij', 'klmnopqrst', 'uvwxyz@.-_', '1234567890', 'éèêëàâçîïô', "ùûüÿœæ',?!"];

/** Returns the row and column of a letter key on the on-screen keyboard. */
function keyPlace(character: string): { row: number; column: number } {
  const row = KEYBOARD_ROWS.findIndex((letters) => letters.includes(character));
  return { row, column: (KEYBOARD_ROWS[row] as string).indexOf(character) };
}

function focusedKeyPlace(): { row: number; column: number } {
  const focused = document.querySelector('[data-testid="keyboard-key"][data-focused="true"]');
  return { row: Number(focused?.getAttribute('data-row')), column: Number(focused?.getAttribute('data-column')) };
}

/** One letter typed: the field's text after it, and when the OK press began and ended (`Date.now()`). */
interface TypedLetter {
  text: string;
  start: number;
  end: number;
}

/**
 * Types `text` as a member does: arrows to each letter of the on-screen keyboard, then OK.
 * Returns when each letter went in.
 */
async function typeWithArrows(text: string): Promise<TypedLetter[]> {
  const typed: TypedLetter[] = [];

  for (const character of Array.from(text)) {
    const target = keyPlace(character);
    const from = focusedKeyPlace();

    const vertical: TestKey = target.row > from.row ? 'down' : 'up';
    for (let step = 0; step < Math.abs(target.row - from.row); step += 1) {
      await press(vertical);
    }

    const horizontal: TestKey = target.column > from.column ? 'right' : 'left';
    for (let step = 0; step < Math.abs(target.column - from.column); step += 1) {
      await press(horizontal);
    }

    const start = Date.now();
    await press('enter');
    typed.push({ text: field(), start, end: Date.now() });
  }

  return typed;
}

function field(): string {
  return screen.getByTestId('keyboard-field').textContent ?? '';
}

function results(): HTMLElement[] {
  return screen.queryAllByTestId('search-result');
}

function resultTitles(): string[] {
  return results().map((result) => result.querySelector('.search-result__title')?.textContent ?? '');
}

function focusedResultTitle(): string | null {
  const focused = results().find((result) => result.getAttribute('data-focused') === 'true');
  return focused?.querySelector('.search-result__title')?.textContent ?? null;
}

function resultStatus(title: string): string | null {
  const result = results().find((entry) => entry.querySelector('.search-result__title')?.textContent === title);
  return result?.querySelector('[data-testid="search-result-status"]')?.textContent ?? null;
}

async function openSearch(): Promise<void> {
  renderLauncher(services);
  await settle();
  expect(getCurrentFocusKey()).toBe(launchFocusKey('search'));

  await press('enter');
  await waitFor(() => expect(screen.getByTestId('search-screen')).toBeTruthy());
  await settle();
}

/** Types "brig" and moves the focus from the keyboard to the result titled `title`. */
async function focusResult(title: string): Promise<void> {
  await typeWithArrows('brig');
  await waitFor(() => expect(resultTitles()).toContain(title));

  // From "g", Right runs to the keyboard's last column, then on into the results.
  for (let step = 0; step < 10 && focusedResultTitle() === null; step += 1) {
    await press('right');
  }

  for (let step = 0; step < 20 && focusedResultTitle() !== title; step += 1) {
    await press('down');
  }

  expect(focusedResultTitle()).toBe(title);
}

function token(): string {
  const state = services.session.getState();
  return state.status === 'signedIn' ? state.token : '';
}

beforeEach(async () => {
  window.localStorage.clear();
  running = await startProxiedSandbox();
  services = signIn(running, 'demo');
  initMoreNavigation();
});

afterEach(async () => {
  destroySpatialNavigation();
  services.session.dispose();
  services.queryClient.clear();
  await running.close();
});

describe('search screen', { timeout: 20_000 }, () => {
  it('starts on the keyboard and asks for letters', async () => {
    await openSearch();

    expect(getCurrentFocusKey()).toBe('search-keyboard-char:a');
    expect(screen.getByTestId('search-prompt').textContent).toContain('at least 2 letters');
    expect(running.requestsTo('/shows/search')).toHaveLength(0);
  });

  it('searches once the member stops typing', async () => {
    await openSearch();

    // "h", "i" and "j" are side by side, so the three letters take five quick presses.
    const typed = await typeWithArrows('hij');
    expect(field()).toBe('hij');

    await waitFor(() => expect(screen.getByTestId('search-no-results')).toBeTruthy());
    const searches = running.requestsTo('/shows/search');
    const titles = searches.map((request) => request.query.get('title'));
    expect(titles[titles.length - 1]).toBe('hij');
    expect(searches[0]?.query.get('nbpp')).toBe('20');

    // A text replaced within the debounce delay is never searched, however slow the machine.
    const [, second, third] = typed as [TypedLetter, TypedLetter, TypedLetter];
    if (third.end - second.start < SEARCH_DEBOUNCE_MS) {
      expect(titles).not.toContain('hi');
    }

    // The search goes out once the delay has passed since the last letter.
    const last = searches[searches.length - 1] as { at: number };
    expect(last.at - third.start).toBeGreaterThanOrEqual(SEARCH_DEBOUNCE_MS);
  });

  it('shows results with their account state', async () => {
    await openSearch();

    await typeWithArrows('brig');

    await waitFor(() => expect(resultTitles()).toContain('Brigade Sud'));
    expect(screen.getByTestId('search-results-title').textContent).toBe('Results for “brig”');
    expect(resultStatus('Brigade Nord')).toBe('In your shows');
    expect(resultStatus('Brigade Sud')).toBeNull();
  });

  it('aborts the search in flight when the text changes', async () => {
    running.sandbox.faults.set({ path: '/shows/search', kind: 'latency', ms: 1_500 });
    await openSearch();

    await typeWithArrows('br');
    await waitFor(() => expect(running.requestsTo('/shows/search')).toHaveLength(1));
    await typeWithArrows('i');

    await waitFor(() => expect(running.requestsTo('/shows/search')).toHaveLength(2));
    const [first, second] = running.requestsTo('/shows/search');
    expect(first?.query.get('title')).toBe('br');
    expect(second?.query.get('title')).toBe('bri');
    await waitFor(() => expect(first?.aborted).toBe(true));
    expect(second?.aborted).toBe(false);
  });

  it('types French accents', async () => {
    await openSearch();

    await typeWithArrows('émi');

    expect(field()).toBe('émi');
    await waitFor(() => expect(resultTitles()).toEqual(['Émile et les Robots']));
  });

  it('says when nothing matches', async () => {
    await openSearch();

    await typeWithArrows('zzq');

    await waitFor(() => expect(screen.getByTestId('search-no-results').textContent).toContain('No show matches “zzq”'));
  });

  it('adds the focused result with Green', async () => {
    await openSearch();
    await focusResult('Brigade Sud');
    running.sandbox.faults.set({ path: '/shows/show', kind: 'latency', ms: 300 });

    await pressColourKey('green');

    // Marked before the sandbox sent its reply.
    expect(resultStatus('Brigade Sud')).toBe('Adding…');
    await waitFor(() => expect(screen.getByTestId('search-notice').textContent).toBe('“Brigade Sud” is added to your shows.'));
    expect(resultStatus('Brigade Sud')).toBe('In your shows');
    expect(focusedResultTitle()).toBe('Brigade Sud');

    const shows = await listAllMemberShows(services.client, token());
    expect(shows.shows.map((show) => show.title)).toContain('Brigade Sud');
  });

  it('adds a result from its menu', async () => {
    await openSearch();
    await focusResult('Brigade Sud');

    await press('enter');
    expect(screen.getByTestId('search-menu').textContent).toContain('Add to my shows');
    expect(getCurrentFocusKey()).toBe('search-menu-add');
    await press('enter');

    expect(screen.queryByTestId('search-menu')).toBeNull();
    await waitFor(() => expect(resultStatus('Brigade Sud')).toBe('In your shows'));
    await waitFor(() => expect(focusedResultTitle()).toBe('Brigade Sud'));
    expect(running.requestsTo('/shows/show')[0]?.method).toBe('POST');
  });

  it('shows "already followed" as in your shows', async () => {
    // Results that mark a followed show as not in the account, so adding it gets error 2003.
    running.rewrite('/shows/search', (body) => ({
      ...body,
      shows: (body.shows as Array<Record<string, unknown>>).map((show) => ({ ...show, in_account: false })),
    }));
    await openSearch();
    await focusResult('Brigade Nord');

    await pressColourKey('green');

    await waitFor(() => expect(screen.getByTestId('search-notice').textContent).toBe('“Brigade Nord” is already in your shows.'));
    expect(screen.getByTestId('search-notice').getAttribute('role')).toBe('status');
    expect(resultStatus('Brigade Nord')).toBe('In your shows');
    expect(running.requestsTo('/shows/show')).toHaveLength(1);
  });

  it('rolls back and explains a failed add', async () => {
    running.sandbox.faults.set({ path: '/shows/show', kind: 'html5xx', times: 1 });
    await openSearch();
    await focusResult('Brigade Sud');

    await pressColourKey('green');

    await waitFor(() => expect(screen.getByTestId('search-notice').getAttribute('role')).toBe('alert'));
    expect(screen.getByTestId('search-notice').textContent).toContain('“Brigade Sud” could not be added');
    expect(resultStatus('Brigade Sud')).toBeNull();
  });

  it('opens the show from the menu, and Back returns to the result', async () => {
    await openSearch();
    await focusResult('Brigade Sud');

    await press('enter');
    await press('down');
    expect(getCurrentFocusKey()).toBe('search-menu-open');
    await press('enter');

    await waitFor(() => expect(document.querySelector('[data-screen="screen:show-131"]')).toBeTruthy());

    await press('escape');
    await waitFor(() => expect(focusedResultTitle()).toBe('Brigade Sud'));
    expect(field()).toBe('brig');
  });

  it('goes Back to the button that opened it', async () => {
    await openSearch();

    await press('escape');

    await waitFor(() => expect(getCurrentFocusKey()).toBe(launchFocusKey('search')));
    expect(screen.queryByTestId('search-screen')).toBeNull();
  });
});
