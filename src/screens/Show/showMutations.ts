import type { QueryClient } from '@tanstack/react-query';
import type { ApiClient } from '../../api/client';
import { runQueuedAction } from '../../actions/runQueuedAction';
import type { Show } from '../../api/types';
import { createLogger } from '../../logger';
import { memberQueryKey } from '../../session/memberQueryKey';
import { updateMemberQueries } from '../common/watchedCacheUpdates';
import { leaveMemberShowsChange, markArchived, markFollowed, markUnfollowed, showEverywhereChange } from './showCachePatches';

const log = createLogger('shows');

/**
 * The member's changes to a show, each one small function with its optimistic update and its
 * rollback. The requests go through the action queue (`src/actions`), which keeps them while
 * offline, sends them in order and counts 2003 and 2004 ("already so") as done.
 */

export interface ShowActionContext {
  client: ApiClient;
  token: string;
  queryClient: QueryClient;
  /** Null before `members/infos` replied once: the keys then use the `current` placeholder. */
  memberId: number | null;
}

function errorOf(error: unknown): string {
  return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
}

/**
 * Marks every cached query of the member stale once the API confirmed a change, so every screen
 * refetches what it shows: My shows, "To watch", the counters, the show's own details.
 */
function refreshMemberData({ queryClient, memberId }: ShowActionContext): Promise<void> {
  return queryClient.invalidateQueries({ queryKey: memberQueryKey(memberId) });
}

/** Adds the show to the member's account (`POST /shows/show`). A show already followed (2003) counts as done. */
export async function followShow(context: ShowActionContext, show: Show): Promise<void> {
  const rollback = updateMemberQueries(context, showEverywhereChange(show.id, markFollowed));

  try {
    await runQueuedAction(context.client, context, { kind: 'addShow', showId: show.id });
  } catch (error) {
    rollback();
    log.warn('following a show failed', { showId: show.id, error: errorOf(error) });
    throw error;
  }

  log.info('show followed', { showId: show.id });
  void refreshMemberData(context);
}

/**
 * Removes the show from the member's account (`DELETE /shows/show`); it leaves My shows at once.
 * A show that was not followed (2004) counts as done.
 */
export async function unfollowShow(context: ShowActionContext, show: Show): Promise<void> {
  const rollbackLists = updateMemberQueries(context, leaveMemberShowsChange(show.id));
  const rollbackShow = updateMemberQueries(context, showEverywhereChange(show.id, markUnfollowed));

  try {
    await runQueuedAction(context.client, context, { kind: 'removeShow', showId: show.id });
  } catch (error) {
    rollbackShow();
    rollbackLists();
    log.warn('unfollowing a show failed', { showId: show.id, error: errorOf(error) });
    throw error;
  }

  log.info('show unfollowed', { showId: show.id });
  void refreshMemberData(context);
}

/** Archives the show (`POST /shows/archive`) or takes it out of the archive (`DELETE`). */
export async function setShowArchived(context: ShowActionContext, show: Show, archived: boolean): Promise<void> {
  const rollback = updateMemberQueries(context, showEverywhereChange(show.id, markArchived(archived)));

  try {
    await runQueuedAction(context.client, context, { kind: archived ? 'archiveShow' : 'unarchiveShow', showId: show.id });
  } catch (error) {
    rollback();
    log.warn('archiving a show failed', { showId: show.id, archived, error: errorOf(error) });
    throw error;
  }

  log.info(archived ? 'show archived' : 'show taken out of the archive', { showId: show.id });
  void refreshMemberData(context);
}
