import { getCurrentFocusKey } from '@noriginmedia/norigin-spatial-navigation';
import { configure, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { destroySpatialNavigation } from '../../src/tv/spatialNavigation';
import { startHomeHarness, renderHomeApp, type HomeHarness } from './support/homeHarness';
import { initHomeNavigation } from './support/homeLayout';
import { press, settle } from './support/keys';

// The real sandbox replies in tens of ms, but a loaded two-core machine can take a second or more.
configure({ asyncUtilTimeout: 5_000 });

let harness: HomeHarness;
let leaveCount: number;

function menu(): HTMLElement {
  return screen.getByTestId('side-menu');
}

function focusedCardIndex(): number | null {
  const focused = screen.queryAllByTestId('to-watch-card').find((card) => card.getAttribute('data-focused') === 'true');
  return focused ? Number(focused.getAttribute('data-index')) : null;
}

/** Returns the screen frame on top of the stack, the only one not hidden. */
function visibleScreen(): string | null {
  const frames = Array.from(document.querySelectorAll('.tv-screen')).filter((frame) => !(frame as HTMLElement).hidden);
  return frames.length === 1 ? (frames[0]?.getAttribute('data-screen') ?? null) : null;
}

async function openHome(): Promise<void> {
  renderHomeApp(harness, () => {
    leaveCount += 1;
  });
  await waitFor(() => expect(screen.queryAllByTestId('to-watch-card').length).toBeGreaterThan(0));
  await settle();
}

beforeEach(async () => {
  window.localStorage.clear();
  leaveCount = 0;
  harness = await startHomeHarness();
  initHomeNavigation();
});

afterEach(async () => {
  destroySpatialNavigation();
  await harness.close();
});

describe('side menu', () => {
  it('stays closed until it has the focus', async () => {
    await openHome();

    expect(menu().getAttribute('data-open')).toBe('false');
    expect(menu().className).not.toContain('is-open');
  });

  it('opens on the Home entry with Left from the first card', async () => {
    await openHome();

    await press('left');

    expect(getCurrentFocusKey()).toBe('side-menu-home');
    expect(menu().getAttribute('data-open')).toBe('true');
    expect(screen.getByTestId('menu-home').getAttribute('aria-current')).toBe('page');
  });

  it('stays closed on Left inside the row', async () => {
    await openHome();
    await press('right');
    await press('right');

    await press('left');

    expect(focusedCardIndex()).toBe(1);
    expect(menu().getAttribute('data-open')).toBe('false');
  });

  it('closes with Right onto the item the member left', async () => {
    await openHome();
    await waitFor(() => expect(screen.queryAllByTestId('airing-card').length).toBeGreaterThan(0));
    await press('down');
    const airingKey = getCurrentFocusKey();
    expect(airingKey).toMatch(/^airing-card-/);
    await press('left');
    expect(menu().getAttribute('data-open')).toBe('true');

    await press('right');

    expect(menu().getAttribute('data-open')).toBe('false');
    expect(getCurrentFocusKey()).toBe(airingKey);
  });

  it('closes with Back without leaving the app', async () => {
    await openHome();
    await press('left');
    await press('down');

    await press('escape');

    expect(menu().getAttribute('data-open')).toBe('false');
    expect(focusedCardIndex()).toBe(0);
    expect(leaveCount).toBe(0);
  });

  it('closes on its Home entry', async () => {
    await openHome();
    await press('left');

    await press('enter');

    expect(menu().getAttribute('data-open')).toBe('false');
    expect(focusedCardIndex()).toBe(0);
    expect(visibleScreen()).toBe('screen:home');
  });

  it('opens each screen, and Back returns to its entry', async () => {
    await openHome();
    await press('left');

    const entries = ['shows', 'search', 'movies', 'notifications', 'profile'];
    for (const [position, entry] of entries.entries()) {
      for (let step = 0; step <= position; step += 1) {
        await press('down');
      }
      expect(getCurrentFocusKey()).toBe(`side-menu-${entry}`);

      await press('enter');
      await waitFor(() => expect(visibleScreen()).toBe(`screen:${entry}`));

      await press('escape');
      await waitFor(() => expect(visibleScreen()).toBe('screen:home'));
      await settle();
      expect(getCurrentFocusKey()).toBe(`side-menu-${entry}`);

      // Back to the top of the menu for the next entry.
      for (let step = 0; step <= position; step += 1) {
        await press('up');
      }
    }

    expect(leaveCount).toBe(0);
  });
});
