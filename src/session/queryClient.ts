import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';
import { isSessionOver, isTransient } from '../api/errors';

/** Retries after a transient failure (network, timeout, 5xx page); TanStack Query waits 1 s, then 2 s. */
const MAX_TRANSIENT_RETRIES = 2;

/** Data shown on a TV for a minute is fresh enough; a member's lists do not change by the second. */
const STALE_TIME_MS = 60_000;

export interface AppQueryClientOptions {
  /** Called when any query or mutation fails because the API rejected the token. */
  onSessionOver: () => void;
}

/**
 * Creates the app's one server-state cache. A rejected token on any call ends the session. Only
 * transient errors are retried, because retrying a 2001 or a 4001 gets the same reply.
 */
export function createAppQueryClient({ onSessionOver }: AppQueryClientOptions): QueryClient {
  const onError = (error: unknown) => {
    if (isSessionOver(error)) {
      onSessionOver();
    }
  };

  return new QueryClient({
    queryCache: new QueryCache({ onError }),
    mutationCache: new MutationCache({ onError }),
    defaultOptions: {
      queries: {
        staleTime: STALE_TIME_MS,
        retry: (failureCount, error) => isTransient(error) && failureCount < MAX_TRANSIENT_RETRIES,
        // A TV has no window focus to speak of, and refetching on every input switch wastes requests.
        refetchOnWindowFocus: false,
        // TV browsers report `navigator.onLine` unreliably; with 'online' a query would wait
        // paused forever instead of failing and showing Retry.
        networkMode: 'always',
      },
      mutations: {
        retry: false,
        networkMode: 'always',
      },
    },
  });
}
