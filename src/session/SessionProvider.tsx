import { useQueryClient } from '@tanstack/react-query';
import { createContext, useEffect, useMemo, useRef, useSyncExternalStore, type ReactNode } from 'react';
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
 * Publishes the session to React and empties the query cache whenever the member leaves (a
 * switch, a sign-in, a sign-out or a rejected token), so the next member on this TV never gets
 * the previous one's data. The cache is emptied from the controller's `onMemberChange`, which
 * runs before the state changes, so not even one frame renders with the other member's data.
 * Must sit inside `QueryClientProvider`.
 */
export function SessionProvider({ controller, client, children }: SessionProviderProps) {
  const state = useSyncExternalStore(controller.subscribe, controller.getState);
  const queryClient = useQueryClient();
  const previousStatusRef = useRef(state.status);

  useEffect(() => controller.onMemberChange(() => queryClient.clear()), [controller, queryClient]);

  useEffect(() => {
    const previous = previousStatusRef.current;
    previousStatusRef.current = state.status;

    if (state.status === 'signedOut' && previous !== 'signedOut') {
      queryClient.clear();
    }
  }, [state.status, queryClient]);

  // `state` is a dependency on purpose: members and the active key only change with the state.
  const value = useMemo<SessionContextValue>(
    () => ({ state, controller, client, members: controller.getMembers(), activeMemberKey: controller.getActiveMemberKey() }),
    [state, controller, client],
  );

  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}
