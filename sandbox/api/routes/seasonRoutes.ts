import { followForWatching } from '../../data/watching';
import { ApiFailure } from '../apiFailure';
import type { ApiContext, ApiHandler } from '../context';
import { showJson } from '../json/showJson';
import { showView } from '../json/showView';
import { requireMember } from '../memberAuth';
import { requiredInt } from '../paramReaders';
import { findShow } from './showRoutes';

function seasonEpisodes(ctx: ApiContext, showId: number, season: number) {
  const episodes = ctx.state.catalog.episodes(showId).filter((episode) => episode.season === season);
  if (episodes.length === 0) {
    throw new ApiFailure('invalidParameter', { name: 'season' });
  }

  return episodes;
}

/** `POST /seasons/watched?id=&season=`: marks every episode of the season; adds the show if needed. */
export const markSeasonWatched: ApiHandler = (ctx) => {
  const member = requireMember(ctx);
  const show = findShow(ctx, requiredInt(ctx, 'id'));
  const episodes = seasonEpisodes(ctx, show.id, requiredInt(ctx, 'season'));

  const follow = followForWatching(member, show.id, ctx.nowMs);
  follow.lastSeenAt = ctx.nowMs;
  for (const episode of episodes) {
    if (!follow.seen.has(episode.id)) {
      follow.seen.set(episode.id, ctx.nowMs);
    }
  }

  return { show: showJson(ctx, showView(ctx, show, member)) };
};

/** `DELETE /seasons/watched?id=&season=`: unmarks the season; 2004 when the show is not followed. */
export const unmarkSeasonWatched: ApiHandler = (ctx) => {
  const member = requireMember(ctx);
  const show = findShow(ctx, requiredInt(ctx, 'id'));
  const episodes = seasonEpisodes(ctx, show.id, requiredInt(ctx, 'season'));

  const follow = member.follows.get(show.id);
  if (!follow) {
    throw new ApiFailure('showNotFollowed');
  }

  for (const episode of episodes) {
    follow.seen.delete(episode.id);
  }

  return { show: showJson(ctx, showView(ctx, show, member)) };
};
