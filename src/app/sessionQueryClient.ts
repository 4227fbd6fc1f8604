import type { QueryClient } from '@tanstack/react-query';
import { createAppQueryClient } from '../session/queryClient';
import type { SessionController } from '../session/sessionController';
import type { AppServices, StartServices } from './appServices';

const clients = new WeakMap<StartServices, QueryClient>();

/**
 * Empties `queryClient` whenever the member leaves, so the next member on this TV never gets the
 * previous one's data. `onMemberChange` runs before the session state changes, so not even one
 * frame renders with the other member's data. The listeners stay for the controller's life,
 * because the signed-in screens that read the cache unmount on sign-out.
 */
function clearOnMemberChange(queryClient: QueryClient, session: SessionController): void {
  session.onMemberChange(() => queryClient.clear());

  let previousStatus = session.getState().status;
  session.subscribe(() => {
    const status = session.getState().status;
    if (status === 'signedOut' && previousStatus !== 'signedOut') {
      queryClient.clear();
    }

    previousStatus = status;
  });
}

/**
 * Returns the app's one query client for `services`: the one a test passed in, or one created on
 * the first call, which ends the session when the API rejects the token. Either way it is tied to
 * the session once (see `clearOnMemberChange`).
 */
export function sessionQueryClient(services: StartServices | AppServices): QueryClient {
  const known = clients.get(services);
  if (known) {
    return known;
  }

  const session = services.session;
  const queryClient = 'queryClient' in services ? services.queryClient : createAppQueryClient({ onSessionOver: () => session.endSession() });

  clearOnMemberChange(queryClient, session);
  clients.set(services, queryClient);
  return queryClient;
}
