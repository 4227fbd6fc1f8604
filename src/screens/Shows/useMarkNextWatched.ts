import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useRef } from 'react';
import type { Show } from '../../api/types';
import { useMemberIdNow } from '../../session/useMemberIdNow';
import { useSignedInSession } from '../../session/useSession';
import { useMarkWatched, type MarkWatchedController } from '../common/useMarkWatched';
import { updateMemberQueries } from '../common/watchedCacheUpdates';
import { seasonOfCode } from '../Show/seasonOfCode';
import { memberShowsChange, withOneMoreEpisodeSeen } from './memberShowsPatch';
import { memberShowsQueryKey } from './memberShowsQueryKey';

export interface MarkNextWatched {
  /** The shared controller, for `WatchedToast` (the notice and Undo). */
  watched: MarkWatchedController;
  /** True when the show has a released episode left to mark. */
  canMarkNext: (show: Show) => boolean;
  /** Marks the show's next episode watched; the poster shows one episode fewer left at once. */
  markNext: (show: Show) => void;
}

/**
 * Marks the next episode of a show of My shows watched in one press, through the shared
 * `useMarkWatched` (notice, Undo, rollback of the cached episodes). The poster's own numbers are
 * patched here, and put back when the notice reports that the change failed. Once the API
 * confirms a mark or an unmark, the list on screen is fetched again, which brings the show's real
 * next episode (the patch leaves it unknown) and its place in the API's order. Marks made on other
 * screens leave My shows stale instead (see `invalidateAfterWatched`), since it is not on screen.
 */
export function useMarkNextWatched(): MarkNextWatched {
  const watched = useMarkWatched();
  const queryClient = useQueryClient();
  const memberIdNow = useMemberIdNow();
  const { member } = useSignedInSession();
  const memberId = member?.id ?? null;

  /** Rollbacks of the poster patches whose request has not settled, by episode id. */
  const rollbacksRef = useRef(new Map<number, () => void>());

  const canMarkNext = useCallback((show: Show) => Boolean(show.user && show.user.remaining > 0 && show.user.next), []);

  const markNext = useCallback(
    (show: Show) => {
      const next = show.user?.next;
      if (!next || !canMarkNext(show) || watched.isPending(next.id)) {
        return;
      }

      const rollback = updateMemberQueries({ queryClient, memberId: memberIdNow() }, memberShowsChange(show.id, withOneMoreEpisodeSeen));
      rollbacksRef.current.set(next.id, rollback);

      watched.markWatched({
        id: next.id,
        showId: show.id,
        showTitle: show.title,
        season: seasonOfCode(next.code) ?? 1,
        code: next.code,
      });
    },
    [canMarkNext, memberIdNow, queryClient, watched],
  );

  const { notice, isPending } = watched;
  useEffect(() => {
    const rollbacks = rollbacksRef.current;

    if (notice?.kind === 'markFailed') {
      rollbacks.get(notice.episode.id)?.();
      rollbacks.delete(notice.episode.id);
    }

    // A settled request without a failure notice went through: its patch stays until the refetch.
    let settled = notice?.kind === 'unmarked';
    for (const episodeId of Array.from(rollbacks.keys())) {
      if (!isPending(episodeId)) {
        rollbacks.delete(episodeId);
        settled = true;
      }
    }

    if (settled) {
      void queryClient.invalidateQueries({ queryKey: memberShowsQueryKey(memberId) });
    }
  }, [notice, isPending, queryClient, memberId]);

  return { watched, canMarkNext, markNext };
}
