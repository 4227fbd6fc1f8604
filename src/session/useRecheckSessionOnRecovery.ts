import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { useSession } from './useSession';

/**
 * Checks the token again once the network is back, when the session opened unchecked (the TV
 * started offline), so Home's "offline" notice goes without a press of its Retry. The network
 * counts as back after any successful query or an `online` event, which TV engines may not send.
 */
export function useRecheckSessionOnRecovery(): void {
  const { controller } = useSession();
  const queryClient = useQueryClient();

  useEffect(() => {
    const recheck = () => {
      const state = controller.getState();
      if (state.status === 'signedIn' && state.unverified && !state.unverified.retrying) {
        void controller.retryValidation();
      }
    };

    const unsubscribe = queryClient.getQueryCache().subscribe((event) => {
      // `manual` successes come from `setQueryData`, which involves no request.
      if (event.type === 'updated' && event.action.type === 'success' && event.action.manual !== true) {
        recheck();
      }
    });
    window.addEventListener('online', recheck);

    return () => {
      unsubscribe();
      window.removeEventListener('online', recheck);
    };
  }, [controller, queryClient]);
}
