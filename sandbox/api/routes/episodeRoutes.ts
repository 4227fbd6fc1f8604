import type { EpisodeRecord } from '../../data/catalog';
import type { MemberState } from '../../data/memberState';
import { isSeen, markWatched, unmarkWatched } from '../../data/watching';
import { ApiFailure } from '../apiFailure';
import type { ApiContext, ApiHandler } from '../context';
import { episodeJson } from '../json/episodeJson';
import { showView, type ShowView } from '../json/showView';
import { optionalMember, requireMember } from '../memberAuth';
import { boolParam, intListParam, intParam, requiredInt, textParam } from '../paramReaders';

type ReleasedFilter = 0 | 1 | 2;

function releasedFilter(ctx: ApiContext): ReleasedFilter {
  const released = intParam(ctx, 'released', 1);
  if (released !== 0 && released !== 1 && released !== 2) {
    throw new ApiFailure('invalidParameter', { name: 'released' });
  }

  return released;
}

function matchesReleased(episode: EpisodeRecord, today: number, filter: ReleasedFilter): boolean {
  if (filter === 0) {
    return true;
  }

  const aired = episode.airDay <= today;
  return filter === 1 ? aired : !aired;
}

interface UnwatchedShow {
  view: ShowView;
  unseen: EpisodeRecord[];
}

/**
 * `order=smart` puts the shows the member watched last first, then the others by their next
 * episode's date, newest first. `order=account` (the default) keeps the order shows were added.
 */
function sortUnwatched(shows: UnwatchedShow[], order: string): void {
  if (order === 'smart') {
    shows.sort((a, b) => {
      const seenA = a.view.follow?.lastSeenAt ?? -Infinity;
      const seenB = b.view.follow?.lastSeenAt ?? -Infinity;
      if (seenA !== seenB) {
        return seenB - seenA;
      }

      return (b.unseen[0]?.airDay ?? 0) - (a.unseen[0]?.airDay ?? 0);
    });
    return;
  }

  shows.sort((a, b) => (a.view.follow?.followedAt ?? 0) - (b.view.follow?.followedAt ?? 0));
}

/** `GET /episodes/list`: unwatched episodes of the member's shows, grouped by show. */
export const listUnwatched: ApiHandler = (ctx) => {
  const member = requireMember(ctx);
  const perShow = intParam(ctx, 'limit', Number.MAX_SAFE_INTEGER, { min: 1 });
  const showsLimit = intParam(ctx, 'showsLimit', 50, { min: 1 });
  const page = intParam(ctx, 'page', 1, { min: 1 });
  const onlyShow = textParam(ctx, 'showId') === undefined ? null : requiredInt(ctx, 'showId');
  const released = releasedFilter(ctx);
  const order = textParam(ctx, 'order') ?? 'account';
  const specials = boolParam(ctx, 'specials', false);

  if (order !== 'account' && order !== 'smart') {
    throw new ApiFailure('invalidParameter', { name: 'order' });
  }

  const shows: UnwatchedShow[] = [];
  for (const follow of member.follows.values()) {
    const show = ctx.state.catalog.show(follow.showId);
    if (!show || follow.archived || (onlyShow !== null && show.id !== onlyShow)) {
      continue;
    }

    const unseen = ctx.state.catalog
      .episodes(show.id)
      .filter((episode) => !follow.seen.has(episode.id))
      .filter((episode) => specials || !episode.special)
      .filter((episode) => matchesReleased(episode, ctx.today, released));

    if (unseen.length > 0) {
      shows.push({ view: showView(ctx, show, member), unseen });
    }
  }

  sortUnwatched(shows, order);

  const totalEpisodes = shows.reduce((sum, entry) => sum + entry.unseen.length, 0);
  const pageShows = shows.slice((page - 1) * showsLimit, page * showsLimit);

  return {
    shows: pageShows.map(({ view, unseen }) => ({
      id: view.show.id,
      thetvdb_id: 300_000 + view.show.id,
      title: view.show.title,
      // Strings for odd ids and numbers for even ones: the live API sends both.
      remaining: view.show.id % 2 === 1 ? String(unseen.length) : unseen.length,
      unseen: unseen.slice(0, perShow).map((episode) => episodeJson(ctx, episode, view)),
    })),
    total: shows.length,
    totalEpisodes,
  };
};

function findEpisode(ctx: ApiContext, id: number): EpisodeRecord {
  const episode = ctx.state.catalog.episode(id);
  if (!episode) {
    // NOTE: the live API's code for an unknown episode id is not documented; 3004 is a sandbox choice.
    throw new ApiFailure('invalidParameter', { name: 'id' });
  }

  return episode;
}

function episodeReply(ctx: ApiContext, member: MemberState | null, episodes: EpisodeRecord[]): Record<string, unknown> {
  const json = episodes.map((episode) => {
    const show = ctx.state.catalog.show(episode.showId);
    if (!show) {
      throw new Error(`episode ${episode.id} has no show`);
    }

    return episodeJson(ctx, episode, showView(ctx, show, member));
  });

  return json.length === 1 ? { episode: json[0] } : { episodes: json };
}

/** `GET /episodes/display?id=`. */
export const displayEpisode: ApiHandler = (ctx) => {
  const member = optionalMember(ctx);
  const episode = findEpisode(ctx, requiredInt(ctx, 'id'));
  return { episode: episodeReply(ctx, member, [episode]).episode };
};

/**
 * `POST /episodes/watched`. `bulk` defaults to true, as on the live API: the earlier episodes
 * of the show are marked too. `{"episode":…}` for one id, `{"episodes":[…]}` for several.
 */
export const markEpisodesWatched: ApiHandler = (ctx) => {
  const member = requireMember(ctx);
  const episodes = intListParam(ctx, 'id').map((id) => findEpisode(ctx, id));
  const bulk = boolParam(ctx, 'bulk', true);

  for (const episode of episodes) {
    markWatched(ctx.state.catalog, member, episode, bulk, ctx.nowMs);
  }

  return episodeReply(ctx, member, episodes);
};

/** `DELETE /episodes/watched`: 2005 when one of the episodes is not marked; then nothing changes. */
export const unmarkEpisodesWatched: ApiHandler = (ctx) => {
  const member = requireMember(ctx);
  const episodes = intListParam(ctx, 'id').map((id) => findEpisode(ctx, id));

  if (episodes.some((episode) => !isSeen(member, episode))) {
    throw new ApiFailure('episodeNotWatched');
  }

  for (const episode of episodes) {
    unmarkWatched(member, episode);
  }

  return episodeReply(ctx, member, episodes);
};
