import { QueryClient } from '@tanstack/react-query';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ApiError } from '../../src/api/errors';
import type { StartServices } from '../../src/app/appServices';
import { sessionQueryClient } from '../../src/app/sessionQueryClient';
import { startFakeBetaSeriesServer, type FakeBetaSeriesServer } from './support/fakeBetaSeriesServer';
import { createTestServices } from './support/testServices';

let server: FakeBetaSeriesServer;
let services: StartServices;

/** The services `createAppServices` returns: no query client until the signed-in part requests one. */
function createStartServices(): StartServices {
  const { localeStore, client, pairingProvider, session } = createTestServices({ apiUrl: server.url, storage: window.localStorage });
  return { localeStore, client, pairingProvider, session };
}

beforeEach(async () => {
  window.localStorage.clear();
  server = await startFakeBetaSeriesServer();
  services = createStartServices();
  await services.session.start();
});

afterEach(async () => {
  services.session.dispose();
  await server.close();
});

describe('sessionQueryClient', () => {
  it('creates one client per app', () => {
    const first = sessionQueryClient(services);

    expect(first).toBeInstanceOf(QueryClient);
    expect(sessionQueryClient(services)).toBe(first);
    expect(sessionQueryClient(createStartServices())).not.toBe(first);
  });

  it('uses the client a test passes', () => {
    const own = new QueryClient();

    expect(sessionQueryClient({ ...services, queryClient: own })).toBe(own);
  });

  it('ends the session on a rejected token', async () => {
    services.session.signIn('token-from-pairing');
    expect(services.session.getState().status).toBe('signedIn');

    const rejected = sessionQueryClient(services).fetchQuery({
      queryKey: ['member', 'rejected'],
      queryFn: () => Promise.reject(new ApiError(2001, 'Invalid token', 400)),
    });
    await expect(rejected).rejects.toThrow(ApiError);

    expect(services.session.getState().status).toBe('signedOut');
  });

  it('empties the cache when the member leaves', () => {
    const queryClient = sessionQueryClient(services);
    services.session.signIn('token-from-pairing');
    queryClient.setQueryData(['member', 'episodes'], ['cached episode']);

    services.session.endSession();

    expect(queryClient.getQueryCache().getAll()).toEqual([]);
  });
});
