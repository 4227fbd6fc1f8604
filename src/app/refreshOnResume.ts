import type { QueryClient } from '@tanstack/react-query';
import { createLogger } from '../logger';
import { onAppResume } from '../tv/appLifecycle';

const log = createLogger('app');

/**
 * Pause below which the data on screen is still current. A TV that flicks to another input and
 * back within seconds should not refetch every list.
 */
export const STALE_AFTER_HIDDEN_MS = 60_000;

/**
 * Refreshes the member's data when the TV brings the app back after a real pause. The queries on
 * screen refetch once each (`refetchType: 'active'`), and covered screens refetch when shown again.
 */
export function refreshOnResume(queryClient: QueryClient): () => void {
  return onAppResume(({ hiddenForMs, cause }) => {
    if (cause === 'visibility' && hiddenForMs < STALE_AFTER_HIDDEN_MS) {
      return;
    }

    log.info('app resumed: refreshing member data', { cause, hiddenForMs });
    void queryClient.invalidateQueries({ refetchType: 'active' });
  });
}
