import type { QueryClient } from '@tanstack/react-query';
import type { ApiClient } from '../../api/client';
import { runQueuedAction } from '../../actions/runQueuedAction';
import type { Show } from '../../api/types';
import { createLogger } from '../../logger';
import { memberQueryKey } from '../../session/memberQueryKey';
import { SEARCH_QUERY } from './useShowSearch';

const log = createLogger('search');

export interface AddShowContext {
  queryClient: QueryClient;
  client: ApiClient;
  token: string;
  memberId: number | null;
}

/** `added`, or `alreadyInAccount` when the API replied with error 2003. Both leave the show in the account. */
export type AddShowOutcome = 'added' | 'alreadyInAccount';

/** Marks the show as in (or out of) the account in every cached search result. */
function markInSearchResults(context: AddShowContext, showId: number, inAccount: boolean): void {
  const searches = context.queryClient.getQueriesData<Show[]>({ queryKey: memberQueryKey(context.memberId, SEARCH_QUERY) });

  for (const [queryKey, shows] of searches) {
    if (!shows || !shows.some((show) => show.id === showId)) {
      continue;
    }

    context.queryClient.setQueryData<Show[]>(
      queryKey,
      shows.map((show) => (show.id === showId ? { ...show, inAccount } : show)),
    );
  }
}

/**
 * Adds a show to the member's account (`POST /shows/show`). The search results show it as "in
 * your shows" at once and go back if the call fails, and the error is thrown for the screen. Error
 * 2003 ("already followed") is an outcome, not a failure. Afterwards every cached list of the
 * member except searches is refetched or marked stale, because My shows, Home's rows and the
 * profile's counters all change.
 */
export async function addShowToAccount(context: AddShowContext, show: Show): Promise<AddShowOutcome> {
  markInSearchResults(context, show.id, true);

  let outcome: AddShowOutcome = 'added';
  try {
    // The action queue keeps the request while offline and reports 2003 as `alreadyApplied`.
    const result = await runQueuedAction(context.client, context, { kind: 'addShow', showId: show.id });
    if (result === 'alreadyApplied') {
      outcome = 'alreadyInAccount';
    }
  } catch (error) {
    log.warn('adding a show failed; the results are rolled back', {
      showId: show.id,
      error: error instanceof Error ? error.name : String(error),
    });
    markInSearchResults(context, show.id, false);
    throw error;
  }

  log.info('show added', { showId: show.id, outcome });

  void context.queryClient.invalidateQueries({
    queryKey: memberQueryKey(context.memberId),
    predicate: (query) => query.queryKey[2] !== SEARCH_QUERY,
  });

  return outcome;
}
