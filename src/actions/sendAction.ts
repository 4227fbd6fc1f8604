import type { ApiClient } from '../api/client';
import { ApiError } from '../api/errors';
import { markEpisodeWatched, unmarkEpisodeWatched } from '../api/episodes';
import { setMovieState } from '../api/movies';
import { markSeasonWatched } from '../api/seasons';
import { addShow, archiveShow, removeShow, unarchiveShow } from '../api/shows';
import type { ActionKind, MemberActionInput } from './memberAction';

/** BetaSeries: the show is already in the account (`POST /shows/show`). */
const SHOW_ALREADY_FOLLOWED = 2003;

/** BetaSeries: the show is not in the account (`DELETE /shows/show`). */
const SHOW_NOT_FOLLOWED = 2004;

/** BetaSeries: the episode is not marked as watched (`DELETE /episodes/watched`). */
const EPISODE_NOT_WATCHED = 2005;

/** API error codes that mean the change is already in place, per kind. */
const ALREADY_APPLIED_CODES: Partial<Record<ActionKind, number>> = {
  addShow: SHOW_ALREADY_FOLLOWED,
  removeShow: SHOW_NOT_FOLLOWED,
  unmarkWatched: EPISODE_NOT_WATCHED,
};

/** True when `error` is the API saying that `action` is already in place, such as 2003 on `addShow`. */
export function isAlreadyApplied(action: MemberActionInput, error: unknown): boolean {
  const code = ALREADY_APPLIED_CODES[action.kind];

  return code !== undefined && error instanceof ApiError && error.code === code;
}

/**
 * Sends one action with the member's token and resolves once the API has applied it. Throws
 * the errors of `src/api` unchanged; the queue decides what they mean. Episodes are always
 * marked one at a time with `bulk=false` (`markEpisodeWatched` sends it).
 */
export async function sendAction(client: ApiClient, token: string, action: MemberActionInput, signal: AbortSignal): Promise<void> {
  switch (action.kind) {
    case 'markWatched':
      await markEpisodeWatched(client, token, action.episodeId, signal);
      return;

    case 'unmarkWatched':
      await unmarkEpisodeWatched(client, token, action.episodeId, signal);
      return;

    case 'addShow':
      await addShow(client, token, action.showId, signal);
      return;

    case 'removeShow':
      await removeShow(client, token, action.showId, signal);
      return;

    case 'archiveShow':
      await archiveShow(client, token, action.showId, signal);
      return;

    case 'unarchiveShow':
      await unarchiveShow(client, token, action.showId, signal);
      return;

    case 'setMovieState':
      await setMovieState(client, token, action.movieId, action.state, signal);
      return;

    case 'markSeasonWatched':
      await markSeasonWatched(client, token, action.showId, action.season, signal);
      return;
  }
}
