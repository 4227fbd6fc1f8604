import { useQueryClient } from '@tanstack/react-query';
import { createContext, useEffect, useMemo, useRef, useSyncExternalStore, type ReactNode } from 'react';
import type { ApiClient } from '../api/client';
import type { SessionController } from './sessionController';
import type { SessionState } from './sessionState';

export interface SessionContextValue {
  state: SessionState;
  controller: SessionController;
  client: ApiClient;
}

export const SessionContext = createContext<SessionContextValue | null>(null);

export interface SessionProviderProps {
  controller: SessionController;
  client: ApiClient;
  children: ReactNode;
}

/**
 * Publishes the session to React and empties the query cache whenever the member leaves (sign-out
 * or a rejected token), so the next member on this TV never gets the previous one's data.
 * Must sit inside `QueryClientProvider`.
 */
export function SessionProvider({ controller, client, children }: SessionProviderProps) {
  const state = useSyncExternalStore(controller.subscribe, controller.getState);
  const queryClient = useQueryClient();
  const previousStatusRef = useRef(state.status);

  useEffect(() => {
    const previous = previousStatusRef.current;
    previousStatusRef.current = state.status;

    if (state.status === 'signedOut' && previous !== 'signedOut') {
      queryClient.clear();
    }
  }, [state.status, queryClient]);

  const value = useMemo<SessionContextValue>(() => ({ state, controller, client }), [state, controller, client]);

  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}
