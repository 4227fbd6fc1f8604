import { afterEach, describe, expect, it } from 'vitest';
import { createSandbox, startSandbox, type RunningSandbox } from '../../sandbox/server';
import { callApi } from '../../sandbox/testing/callApi';

let running: RunningSandbox | null = null;

afterEach(async () => {
  await running?.close();
  running = null;
});

async function countMarathonShows(marathonShowCount?: number): Promise<{ total: number; statsShows: number }> {
  running = await startSandbox({ port: 0, log: () => {}, marathonShowCount });
  const token = running.sandbox.createToken('marathon');

  const shows = await callApi(running.url, '/shows/member', { token, params: { limit: 1 } });
  const infos = await callApi(running.url, '/members/infos', { token });

  return { total: Number(shows.json.total), statsShows: Number(infos.json.member.stats.shows) };
}

describe('sandbox marathonShowCount', () => {
  it('gives marathon 2,000 shows by default', async () => {
    const counts = await countMarathonShows();

    expect(counts.total).toBe(2_000);
    expect(counts.statsShows).toBe(2_000);
  });

  it('gives marathon the first N shows when set', async () => {
    const counts = await countMarathonShows(100);

    expect(counts.total).toBe(100);
    expect(counts.statsShows).toBe(100);
  });

  it('rejects a count outside 1 to 2,000', () => {
    expect(() => createSandbox({ marathonShowCount: 0 })).toThrow(/marathonShowCount is invalid: 0/);
    expect(() => createSandbox({ marathonShowCount: 2_001 })).toThrow(/from 1 to 2000/);
    expect(() => createSandbox({ marathonShowCount: 1.5 })).toThrow(/marathonShowCount is invalid: 1.5/);
  });
});
