import { getCurrentFocusKey } from '@noriginmedia/norigin-spatial-navigation';
import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useQueueForSession } from '../../actions/useQueueForSession';
import { isSessionOver } from '../../api/errors';
import { useMemberIdNow } from '../../session/useMemberIdNow';
import { useSession, useSignedInSession } from '../../session/useSession';
import {
  markSeasonWatched as markSeasonWatchedNow,
  markWatched as markWatchedNow,
  unmarkWatched as unmarkWatchedNow,
  type MarkedEpisode,
  type WatchedContext,
  type WatchedEpisode,
  type WatchedSeason,
} from './watchedMutations';

/** How long Undo stays available after marking an episode watched. */
export const UNDO_WINDOW_MS = 6_000;

/** How long a confirmation or a failure stays on screen; a failure is longer, to be read from the couch. */
const CONFIRMATION_MS = 3_000;
const FAILURE_MS = 8_000;

/** The notice at the bottom of the screen. `id` changes with every new notice. */
export type WatchedNotice =
  | { id: number; kind: 'marked'; episode: WatchedEpisode; returnFocusKey: string | null }
  | { id: number; kind: 'unmarked'; episode: WatchedEpisode; returnFocusKey: string | null }
  | { id: number; kind: 'seasonMarked'; season: WatchedSeason; returnFocusKey: string | null }
  | { id: number; kind: 'markFailed' | 'unmarkFailed'; episode: WatchedEpisode; error: unknown; returnFocusKey: string | null }
  | { id: number; kind: 'seasonFailed'; season: WatchedSeason; error: unknown; returnFocusKey: string | null };

export interface MarkWatchedController {
  /** Marks the episode watched at once on screen, then on BetaSeries; Undo is offered for `UNDO_WINDOW_MS`. */
  markWatched(episode: WatchedEpisode): void;
  /** Marks the episode unwatched (the Episode screen's button). */
  unmarkWatched(episode: WatchedEpisode): void;
  markSeasonWatched(season: WatchedSeason): void;
  /** Undoes the last `markWatched` while its notice is up; does nothing otherwise. */
  undo(): void;
  dismiss(): void;
  notice: WatchedNotice | null;
  /** True while a change of this episode is being sent, to ignore a second press. */
  isPending(episodeId: number): boolean;
}

function durationOf(notice: WatchedNotice): number {
  switch (notice.kind) {
    case 'marked':
      return UNDO_WINDOW_MS;
    case 'unmarked':
    case 'seasonMarked':
      return CONFIRMATION_MS;
    default:
      return FAILURE_MS;
  }
}

/**
 * Marks episodes watched in one press, with the notice and Undo that follow, for any member
 * screen. Render `<WatchedToast watched={…} />` with the returned controller to show the notice.
 * A rejected token ends the session instead of showing a failure.
 */
export function useMarkWatched(): MarkWatchedController {
  // Keeps the action queue on this member, so changes kept from before a reload go out now.
  useQueueForSession();
  const { controller } = useSession();
  const { token, client } = useSignedInSession();
  const queryClient = useQueryClient();
  const memberIdNow = useMemberIdNow();

  const [notice, setNotice] = useState<WatchedNotice | null>(null);
  const [pendingIds, setPendingIds] = useState<ReadonlySet<number>>(() => new Set());

  const nextIdRef = useRef(1);
  /** The last mark, while Undo may still apply to it. */
  const lastMarkRef = useRef<{ noticeId: number; result: Promise<MarkedEpisode | null> } | null>(null);

  // `memberId` is read when a change uses it, because a reply may come after the session learns it.
  const context = useMemo<WatchedContext>(
    () => ({
      client,
      token,
      queryClient,
      get memberId() {
        return memberIdNow();
      },
    }),
    [client, token, queryClient, memberIdNow],
  );

  const show = useCallback((build: (id: number, returnFocusKey: string | null) => WatchedNotice): number => {
    const id = nextIdRef.current;
    nextIdRef.current += 1;
    setNotice(build(id, getCurrentFocusKey() || null));
    return id;
  }, []);

  const setPending = useCallback((episodeId: number, pending: boolean) => {
    setPendingIds((previous) => {
      const next = new Set(previous);
      if (pending) {
        next.add(episodeId);
      } else {
        next.delete(episodeId);
      }
      return next;
    });
  }, []);

  /** Ends the session on a rejected token; returns true when it did, so no failure is shown. */
  const endSessionOn = useCallback(
    (error: unknown): boolean => {
      if (!isSessionOver(error)) {
        return false;
      }

      controller.endSession();
      return true;
    },
    [controller],
  );

  const markWatched = useCallback(
    (episode: WatchedEpisode) => {
      const noticeId = show((id, returnFocusKey) => ({ id, kind: 'marked', episode, returnFocusKey }));
      setPending(episode.id, true);

      const result = markWatchedNow(context, episode).then(
        (marked) => marked,
        (error: unknown) => {
          if (!endSessionOn(error)) {
            show((id, returnFocusKey) => ({ id, kind: 'markFailed', episode, error, returnFocusKey }));
          }
          return null;
        },
      );

      lastMarkRef.current = { noticeId, result };
      void result.finally(() => setPending(episode.id, false));
    },
    [context, endSessionOn, setPending, show],
  );

  const unmarkWatched = useCallback(
    (episode: WatchedEpisode) => {
      setPending(episode.id, true);

      unmarkWatchedNow(context, episode)
        .then(
          () => {
            show((id, returnFocusKey) => ({ id, kind: 'unmarked', episode, returnFocusKey }));
          },
          (error: unknown) => {
            if (!endSessionOn(error)) {
              show((id, returnFocusKey) => ({ id, kind: 'unmarkFailed', episode, error, returnFocusKey }));
            }
          },
        )
        .finally(() => setPending(episode.id, false));
    },
    [context, endSessionOn, setPending, show],
  );

  const markSeasonWatched = useCallback(
    (season: WatchedSeason) => {
      markSeasonWatchedNow(context, season).then(
        () => {
          show((id, returnFocusKey) => ({ id, kind: 'seasonMarked', season, returnFocusKey }));
        },
        (error: unknown) => {
          if (!endSessionOn(error)) {
            show((id, returnFocusKey) => ({ id, kind: 'seasonFailed', season, error, returnFocusKey }));
          }
        },
      );
    },
    [context, endSessionOn, show],
  );

  const undo = useCallback(() => {
    const lastMark = lastMarkRef.current;
    if (!lastMark || notice?.kind !== 'marked' || notice.id !== lastMark.noticeId) {
      return;
    }

    lastMarkRef.current = null;
    const { episode, returnFocusKey } = notice;
    setNotice({ id: nextIdRef.current++, kind: 'unmarked', episode, returnFocusKey });

    // Undo may come before the API confirmed the mark: the unmark waits for it, and a mark that
    // failed (already rolled back, with its own notice) needs no undo.
    void lastMark.result.then(async (marked) => {
      if (!marked) {
        return;
      }

      setPending(episode.id, true);
      try {
        await unmarkWatchedNow(context, episode, marked.toWatchEntry);
      } catch (error) {
        if (!endSessionOn(error)) {
          show((id, focusKey) => ({ id, kind: 'unmarkFailed', episode, error, returnFocusKey: focusKey }));
        }
      } finally {
        setPending(episode.id, false);
      }
    });
  }, [context, endSessionOn, notice, setPending, show]);

  const dismiss = useCallback(() => setNotice(null), []);

  useEffect(() => {
    if (!notice) {
      return undefined;
    }

    const timer = window.setTimeout(() => setNotice((current) => (current?.id === notice.id ? null : current)), durationOf(notice));
    return () => window.clearTimeout(timer);
  }, [notice]);

  const isPending = useCallback((episodeId: number) => pendingIds.has(episodeId), [pendingIds]);

  return { markWatched, unmarkWatched, markSeasonWatched, undo, dismiss, notice, isPending };
}
