import { createContext, useMemo, useSyncExternalStore, type ReactNode } from 'react';
import type { ApiClient } from '../api/client';
import type { SessionController } from './sessionController';
import type { PairedMember, SessionState } from './sessionState';

export interface SessionContextValue {
  state: SessionState;
  controller: SessionController;
  client: ApiClient;
  /** The members paired on this TV, read again at each change of `state`. */
  members: PairedMember[];
  /** The local key of the member whose session is shown, or null. */
  activeMemberKey: string | null;
}

export const SessionContext = createContext<SessionContextValue | null>(null);

export interface SessionProviderProps {
  controller: SessionController;
  client: ApiClient;
  children: ReactNode;
}

/**
 * Publishes the session to React. It needs no query client, so the first screens render before
 * TanStack Query is loaded; `src/app/sessionQueryClient.ts` empties the cache when the member leaves.
 */
export function SessionProvider({ controller, client, children }: SessionProviderProps) {
  const state = useSyncExternalStore(controller.subscribe, controller.getState);

  // `state` is a dependency on purpose: members and the active key only change with the state.
  const value = useMemo<SessionContextValue>(
    () => ({ state, controller, client, members: controller.getMembers(), activeMemberKey: controller.getActiveMemberKey() }),
    [state, controller, client],
  );

  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}
