import { getCurrentFocusKey } from '@noriginmedia/norigin-spatial-navigation';
import { act, configure, fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { callApi } from '../../sandbox/testing/callApi';
import type { AppServices } from '../../src/app/appServices';
import { destroySpatialNavigation } from '../../src/tv/spatialNavigation';
import { press, settle } from './support/keys';
import { initShowsNavigation, renderRoute, signInServices, startRecordingSandbox, type RecordingSandbox } from './support/showsHarness';

// Every step waits on real HTTP to the sandbox, and the queue's first retry comes 2 s after a failure.
configure({ asyncUtilTimeout: 15_000 });

/** Hollow Creek: followed by `demo`, three episodes of season 1 seen, the next one S01E04. */
const HOLLOW_CREEK = 103;
const GREEN = 404;
const DEMO_MEMBER_ID = 1;

let running: RecordingSandbox;
let services: AppServices;
let token: string;

async function pressGreen(): Promise<void> {
  await act(async () => {
    fireEvent.keyDown(window, { key: 'Unidentified', keyCode: GREEN });
    fireEvent.keyUp(window, { key: 'Unidentified', keyCode: GREEN });
  });
  await settle();
}

async function seenCodes(showId: number, season: number): Promise<string[]> {
  const reply = await callApi(running.directUrl, '/shows/episodes', { token, params: { id: showId, season } });
  const episodes = reply.json.episodes as Array<{ code: string; user: { seen: boolean } }>;

  return episodes.filter((episode) => episode.user.seen).map((episode) => episode.code);
}

function focusedRow(): HTMLElement | undefined {
  return screen.queryAllByTestId('show-episode').find((row) => row.getAttribute('data-focused') === 'true');
}

function badges(): string[] {
  return screen.queryAllByTestId('pending-badge').map((badge) => `${badge.getAttribute('data-target') ?? ''} ${badge.textContent ?? ''}`);
}

beforeEach(async () => {
  window.localStorage.clear();
  running = await startRecordingSandbox();
  initShowsNavigation();
  ({ services, token } = await signInServices(running, 'demo'));
  // The queue keeps changes per member, so it needs the id that Home's `members/infos` call stores.
  services.session.rememberMember({ id: DEMO_MEMBER_ID, login: 'demo' });
  renderRoute(services, { name: 'show', showId: HOLLOW_CREEK });
  await waitFor(() => expect(screen.queryAllByTestId('show-episode').length).toBeGreaterThan(0));
  await settle();
});

afterEach(async () => {
  destroySpatialNavigation();
  services?.session.dispose();
  services?.queryClient.clear();
  await running.close();
});

describe('show screen while the API fails', () => {
  it('replays season mark then episode unmark in order', async () => {
    running.sandbox.faults.set({ kind: 'drop', path: '/seasons/watched' });
    running.sandbox.faults.set({ kind: 'drop', path: '/episodes/watched' });

    for (let step = 0; step < 10 && getCurrentFocusKey() !== `show-${HOLLOW_CREEK}-season-1`; step += 1) {
      await press('up');
    }
    expect(getCurrentFocusKey()).toBe(`show-${HOLLOW_CREEK}-season-1`);
    await pressGreen();
    await waitFor(() => expect(badges()).toEqual([`season:${HOLLOW_CREEK}:1 Pending`]));

    // Down to the episodes, then unmark the first one. Replayed the other way round, the season
    // mark would leave it watched.
    await press('down');
    await waitFor(() => expect(focusedRow()?.querySelector('.episode-row')?.getAttribute('data-watched')).toBe('true'));
    const code = focusedRow()?.querySelector('.episode-row__code')?.textContent;
    expect(code).toBe('S01E01');
    await pressGreen();
    await waitFor(() => expect(badges()).toContain(`episode:${focusedEpisodeId()} Waiting to be sent`));

    running.sandbox.faults.clear();
    await waitFor(() => expect(badges()).toEqual([]));

    const writes = running.requests.filter((request) => request.path === '/seasons/watched' || request.path === '/episodes/watched');
    expect(writes.at(-2)?.path).toBe('/seasons/watched');
    expect(writes.at(-1)?.path).toBe('/episodes/watched');
    expect(writes.at(-1)?.method).toBe('DELETE');
    const seen = await seenCodes(HOLLOW_CREEK, 1);
    expect(seen).not.toContain('S01E01');
    expect(seen).toContain('S01E04');
  }, 40_000);

  it('shows an archive waiting on the show actions', async () => {
    running.sandbox.faults.set({ kind: 'html5xx', status: 503, path: '/shows/archive' });

    for (let step = 0; step < 12 && getCurrentFocusKey() !== `show-${HOLLOW_CREEK}-archive`; step += 1) {
      await press(getCurrentFocusKey() === `show-${HOLLOW_CREEK}-follow` ? 'right' : 'up');
    }
    expect(getCurrentFocusKey()).toBe(`show-${HOLLOW_CREEK}-archive`);
    await press('enter');

    await waitFor(() => expect(badges()).toEqual([`show:${HOLLOW_CREEK} Waiting to be sent`]));

    running.sandbox.faults.clear();
    await waitFor(() => expect(badges()).toEqual([]));
  }, 40_000);
});

function focusedEpisodeId(): string {
  const key = getCurrentFocusKey();
  return key.replace(`show-${HOLLOW_CREEK}-episode-`, '');
}
