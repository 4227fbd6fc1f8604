import { doesFocusableExist, setFocus } from '@noriginmedia/norigin-spatial-navigation';
import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { Movie, MovieState } from '../../api/types';
import { useI18n } from '../../i18n/useI18n';
import { useSignedInSession } from '../../session/useSession';
import { changeMovieState } from './changeMovieState';
import { moviesToWatchQueryKey } from './useMoviesToWatch';
import { useQueueForSession } from '../../actions/useQueueForSession';

/** How long the "marked watched, Undo" notice stays, in ms: long enough to read it and press Red. */
export const MOVIE_NOTICE_MS = 8_000;

/** The last change, shown under the title; `undone` once Undo restored the film. */
export type MovieNotice =
  | { kind: 'changed'; movie: Movie; index: number; state: 1 | 2 }
  | { kind: 'undone'; movie: Movie }
  | { kind: 'failed'; movie: Movie; state: MovieState; error: unknown };

export interface MovieChanges {
  notice: MovieNotice | null;
  /** Marks the film watched (1) or not interested (2); it leaves the list at once. */
  change: (movie: Movie, index: number, state: 1 | 2) => void;
  /** Puts the film of the last change back in the list; does nothing without one. */
  undo: () => void;
}

export interface MovieChangesOptions {
  /** The films shown, to move the focus once the list has changed. */
  movies: readonly Movie[] | undefined;
  rowFocusKey: string;
  cardFocusKey: (movie: Movie) => string;
  /** Focus key for when the row is gone (the last film left it). */
  fallbackFocusKey: string;
}

/**
 * Runs the member's changes of films with their notices. After a film leaves the row, the focus
 * goes to the row, which hands it to the film now at the same place. After Undo it goes to the
 * film that came back.
 */
export function useMovieChanges({ movies, rowFocusKey, cardFocusKey, fallbackFocusKey }: MovieChangesOptions): MovieChanges {
  // Keeps the action queue on this member and ends the session when it meets a rejected token.
  useQueueForSession();
  const queryClient = useQueryClient();
  const { token, member, client } = useSignedInSession();
  const { locale } = useI18n();

  const [notice, setNotice] = useState<MovieNotice | null>(null);

  /** Focus key to give the focus to once the list has re-rendered after a change. */
  const refocusRef = useRef<string | null>(null);

  useEffect(() => {
    const target = refocusRef.current;
    if (!target) {
      return;
    }

    refocusRef.current = null;
    if (doesFocusableExist(target)) {
      void setFocus(target);
    } else if (doesFocusableExist(rowFocusKey)) {
      void setFocus(rowFocusKey);
    } else {
      void setFocus(fallbackFocusKey);
    }
  }, [movies, rowFocusKey, fallbackFocusKey]);

  useEffect(() => {
    if (!notice) {
      return undefined;
    }

    const timer = window.setTimeout(() => setNotice(null), MOVIE_NOTICE_MS);
    return () => window.clearTimeout(timer);
  }, [notice]);

  const run = useCallback(
    (movie: Movie, index: number, state: MovieState) => {
      const context = {
        queryClient,
        client,
        token,
        memberId: member?.id ?? null,
        listQueryKey: moviesToWatchQueryKey(member?.id ?? null, locale),
      };

      refocusRef.current = state === 0 ? cardFocusKey(movie) : rowFocusKey;

      changeMovieState(context, movie, state, index).catch((error: unknown) => {
        setNotice({ kind: 'failed', movie, state, error });
      });
    },
    [queryClient, client, token, member, locale, cardFocusKey, rowFocusKey],
  );

  const change = useCallback(
    (movie: Movie, index: number, state: 1 | 2) => {
      setNotice({ kind: 'changed', movie, index, state });
      run(movie, index, state);
    },
    [run],
  );

  const undo = useCallback(() => {
    if (!notice || notice.kind !== 'changed') {
      return;
    }

    setNotice({ kind: 'undone', movie: notice.movie });
    run(notice.movie, notice.index, 0);
  }, [notice, run]);

  return { notice, change, undo };
}
