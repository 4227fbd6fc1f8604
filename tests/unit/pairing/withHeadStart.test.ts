import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startSandbox, type RunningSandbox } from '../../../sandbox/server';
import type { ApiClient } from '../../../src/api/client';
import { AbortedError } from '../../../src/api/errors';
import { createBetaSeriesProvider } from '../../../src/pairing/betaseriesProvider';
import { HEAD_START_MAX_AGE_MS, withHeadStart } from '../../../src/pairing/withHeadStart';
import { createSandboxApiClient } from '../../support/sandboxApiClient';

let running: RunningSandbox;
let client: ApiClient;

beforeAll(async () => {
  running = await startSandbox({ port: 0, log: () => undefined });
  client = createSandboxApiClient(running.url);
});

afterAll(async () => {
  await running.close();
});

beforeEach(() => {
  running.sandbox.reset();
  running.sandbox.faults.clear();
  running.sandbox.requests.clear();
});

function codeRequests(): number {
  return running.sandbox.requests.count('/oauth/device');
}

describe('withHeadStart', () => {
  it('sends the first code request before it is asked for', async () => {
    withHeadStart(createBetaSeriesProvider(client));

    await expect.poll(codeRequests).toBe(1);
  });

  it('gives the first caller the head start code', async () => {
    const provider = withHeadStart(createBetaSeriesProvider(client));
    await expect.poll(codeRequests).toBe(1);

    const code = await provider.requestCode(new AbortController().signal);

    expect(code.userCode).toMatch(/^\d{3}-\d{3}$/);
    expect(codeRequests()).toBe(1);
  });

  it('sends a new request for the next caller', async () => {
    const provider = withHeadStart(createBetaSeriesProvider(client));
    const first = await provider.requestCode(new AbortController().signal);

    const second = await provider.requestCode(new AbortController().signal);

    expect(second.userCode).not.toBe(first.userCode);
    expect(codeRequests()).toBe(2);
  });

  it('drops a head start older than its limit', async () => {
    let clock = 1_000;
    const provider = withHeadStart(createBetaSeriesProvider(client), () => clock);
    await expect.poll(codeRequests).toBe(1);
    clock += HEAD_START_MAX_AGE_MS + 1;

    await provider.requestCode(new AbortController().signal);

    expect(codeRequests()).toBe(2);
  });

  it('aborts the head start with the first caller', async () => {
    running.sandbox.faults.set({ path: '/oauth/device', kind: 'latency', ms: 2_000 });
    const provider = withHeadStart(createBetaSeriesProvider(client));
    const caller = new AbortController();

    const code = provider.requestCode(caller.signal);
    caller.abort();

    await expect(code).rejects.toBeInstanceOf(AbortedError);
  });

  it('hands over a code that has arrived, once, without another request', async () => {
    const provider = withHeadStart(createBetaSeriesProvider(client));
    await provider.settled;

    const ready = provider.takeReadyCode?.();

    expect(ready?.code.userCode).toMatch(/^\d{3}-\d{3}$/);
    expect(provider.takeReadyCode?.()).toBeNull();
    expect(codeRequests()).toBe(1);
  });

  it('dates a handed-over code from its arrival', async () => {
    let clock = 1_000;
    const provider = withHeadStart(createBetaSeriesProvider(client), () => clock);
    await provider.settled;
    clock += 800;

    expect(provider.takeReadyCode?.()?.receivedAt).toBe(1_000);
  });

  it('hands over nothing while the head start is in flight', async () => {
    running.sandbox.faults.set({ path: '/oauth/device', kind: 'latency', ms: 300 });
    const provider = withHeadStart(createBetaSeriesProvider(client));

    expect(provider.takeReadyCode?.()).toBeNull();

    const code = await provider.requestCode(new AbortController().signal);
    expect(code.userCode).toMatch(/^\d{3}-\d{3}$/);
    expect(codeRequests()).toBe(1);
  });

  it('hands over nothing after a failure', async () => {
    running.sandbox.faults.set({ path: '/oauth/device', kind: 'status', status: 503 });
    const provider = withHeadStart(createBetaSeriesProvider(client));
    await provider.settled;

    expect(provider.takeReadyCode?.()).toBeNull();
    await expect(provider.requestCode(new AbortController().signal)).rejects.toThrow();
  });

  it('sends a new request once the code was handed over', async () => {
    const provider = withHeadStart(createBetaSeriesProvider(client));
    await provider.settled;
    const ready = provider.takeReadyCode?.();

    const next = await provider.requestCode(new AbortController().signal);

    expect(next.userCode).not.toBe(ready?.code.userCode);
    expect(codeRequests()).toBe(2);
  });

  it('hands over nothing older than its limit', async () => {
    let clock = 1_000;
    const provider = withHeadStart(createBetaSeriesProvider(client), () => clock);
    await provider.settled;
    clock += HEAD_START_MAX_AGE_MS + 1;

    expect(provider.takeReadyCode?.()).toBeNull();
  });
});
