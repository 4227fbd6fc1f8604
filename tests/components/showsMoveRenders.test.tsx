import { getCurrentFocusKey } from '@noriginmedia/norigin-spatial-navigation';
import { configure, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { AppServices } from '../../src/app/appServices';
import type { FocusableButtonProps } from '../../src/tv/FocusableButton';
import { destroySpatialNavigation } from '../../src/tv/spatialNavigation';
import { press, settle } from './support/keys';
import { initShowsNavigation, renderRoute, signInServices, startRecordingSandbox, type RecordingSandbox } from './support/showsHarness';

/*
 * A move between posters renders My shows again (the counter and the focused title change), but
 * not the toolbar above the grid. The real buttons render, wrapped so each render of one is
 * counted by focus key.
 */

const buttonRenders = vi.hoisted(() => ({ keys: [] as Array<string | undefined> }));

vi.mock('../../src/tv/FocusableButton', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../src/tv/FocusableButton')>();

  return {
    ...actual,
    FocusableButton: (props: FocusableButtonProps) => {
      buttonRenders.keys.push(props.focusKey);
      return actual.FocusableButton(props);
    },
  };
});

// Every step waits on real HTTP to the sandbox, which a busy test machine can slow past the 1 s default.
configure({ asyncUtilTimeout: 5_000 });

let running: RecordingSandbox;
let services: AppServices;

async function openShows(): Promise<void> {
  ({ services } = await signInServices(running, 'demo'));
  renderRoute(services, { name: 'shows' });
  await waitFor(() => expect(screen.queryAllByTestId('shows-poster').length).toBeGreaterThan(0));
  await settle();
}

beforeEach(async () => {
  window.localStorage.clear();
  running = await startRecordingSandbox();
  initShowsNavigation();
});

afterEach(async () => {
  destroySpatialNavigation();
  services?.session.dispose();
  services?.queryClient.clear();
  await running.close();
});

describe('my shows move renders', () => {
  it('renders no toolbar button on poster moves', async () => {
    await openShows();
    expect(screen.getAllByTestId('shows-filter-all').length).toBe(1);
    const firstPoster = getCurrentFocusKey();

    buttonRenders.keys = [];
    await press('right');
    await press('down');

    expect(getCurrentFocusKey()).not.toBe(firstPoster);
    expect(screen.getByTestId('shows-count').textContent).toBe('10 of 30');
    expect(buttonRenders.keys).toEqual([]);
  });

  it('renders a button the focus reaches', async () => {
    await openShows();

    buttonRenders.keys = [];
    await press('up');

    const focusKey = getCurrentFocusKey();
    expect(focusKey).toMatch(/^shows-filter-|^shows-order$/);
    expect(buttonRenders.keys).toContain(focusKey);
  });
});
