import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startSandbox, type RunningSandbox } from '../../sandbox/server';
import { createApiClient, type ApiClient } from '../../src/api/client';
import { InvalidResponseError } from '../../src/api/errors';
import { parseRetryAfterHeader } from '../../src/api/fetchWithDeadline';
import { getMemberInfos } from '../../src/api/members';

// The action queue and the pairing engine wait as long as a 429 or 503 requests, so the client
// must carry `Retry-After` from the reply to the error.

let running: RunningSandbox;
let client: ApiClient;
let token: string;

async function failureOf(promise: Promise<unknown>): Promise<InvalidResponseError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof InvalidResponseError) {
      return error;
    }
    throw error;
  }
  throw new Error('expected the call to fail');
}

beforeAll(async () => {
  running = await startSandbox({ port: 0, log: () => undefined });
  client = createApiClient({
    baseUrl: running.url,
    apiKey: 'sandbox-demo-key',
    tokenUrl: `${running.url}/oauth/access_token`,
    getLocale: () => 'fr',
    timeoutMs: 5_000,
  });
});

afterAll(async () => {
  await running.close();
});

beforeEach(() => {
  running.sandbox.faults.clear();
  token = running.sandbox.createToken('demo');
});

describe('Retry-After in API errors', () => {
  it('reads the seconds of a 429', async () => {
    running.sandbox.faults.set({ kind: 'status', status: 429, retryAfterSeconds: 7, times: 1 });

    const error = await failureOf(getMemberInfos(client, token));

    expect(error.status).toBe(429);
    expect(error.retryAfterSeconds).toBe(7);
  });

  it('reads the seconds of an HTML 503 page', async () => {
    running.sandbox.faults.set({ kind: 'html5xx', status: 503, retryAfterSeconds: 120, times: 1 });

    const error = await failureOf(getMemberInfos(client, token));

    expect(error.status).toBe(503);
    expect(error.retryAfterSeconds).toBe(120);
  });

  it('ignores Retry-After on a 502', async () => {
    running.sandbox.faults.set({ kind: 'html5xx', status: 502, retryAfterSeconds: 30, times: 1 });

    const error = await failureOf(getMemberInfos(client, token));

    expect(error.retryAfterSeconds).toBeNull();
  });

  it('gives null without the header', async () => {
    running.sandbox.faults.set({ kind: 'status', status: 429, times: 1 });

    const error = await failureOf(getMemberInfos(client, token));

    expect(error.retryAfterSeconds).toBeNull();
  });
});

describe('parseRetryAfterHeader', () => {
  const now = Date.parse('2024-03-01T12:00:00Z');

  it('reads delay seconds', () => {
    expect(parseRetryAfterHeader(' 42 ', now)).toBe(42);
  });

  it('reads an HTTP date', () => {
    expect(parseRetryAfterHeader('Fri, 01 Mar 2024 12:01:30 GMT', now)).toBe(90);
  });

  it('gives 0 for a past date', () => {
    expect(parseRetryAfterHeader('Fri, 01 Mar 2024 11:00:00 GMT', now)).toBe(0);
  });

  it.each([['-5'], ['soon'], ['1.5'], [''], ['Someday, 99 Foo']])('gives null for %j', (header) => {
    expect(parseRetryAfterHeader(header, now)).toBeNull();
  });

  it('gives null without a header', () => {
    expect(parseRetryAfterHeader(null, now)).toBeNull();
  });
});
