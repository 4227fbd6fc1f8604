import { monthRange } from '../../core/dates';
import type { EpisodeRecord } from '../../data/catalog';
import { ApiFailure } from '../apiFailure';
import type { ApiHandler } from '../context';
import { episodeJson } from '../json/episodeJson';
import { showView, type ShowView } from '../json/showView';
import { targetMember } from '../memberAuth';
import { boolParam, textParam } from '../paramReaders';

/** Without `month`: from 4 weeks back to 4 weeks ahead. A sandbox choice; the live window is not documented. */
const DEFAULT_DAYS_BACK = 28;
const DEFAULT_DAYS_AHEAD = 28;

/** `GET /planning/member?month=YYYY-MM&unseen=1`: episodes of the member's active shows by air date. */
export const memberPlanning: ApiHandler = (ctx) => {
  const { target } = targetMember(ctx);
  const month = textParam(ctx, 'month');
  const unseenOnly = boolParam(ctx, 'unseen', false);

  const range = month === undefined ? { first: ctx.today - DEFAULT_DAYS_BACK, last: ctx.today + DEFAULT_DAYS_AHEAD } : monthRange(month);
  if (!range) {
    throw new ApiFailure('invalidParameter', { name: 'month' });
  }

  const planned: Array<{ episode: EpisodeRecord; view: ShowView }> = [];
  for (const follow of target.follows.values()) {
    const show = ctx.state.catalog.show(follow.showId);
    if (!show || follow.archived) {
      continue;
    }

    let view: ShowView | null = null;
    for (const episode of ctx.state.catalog.episodes(show.id)) {
      const inRange = episode.airDay >= range.first && episode.airDay <= range.last;
      if (!inRange || (unseenOnly && follow.seen.has(episode.id))) {
        continue;
      }

      view ??= showView(ctx, show, target);
      planned.push({ episode, view });
    }
  }

  planned.sort((a, b) => a.episode.airDay - b.episode.airDay || a.episode.id - b.episode.id);
  return { episodes: planned.map(({ episode, view }) => episodeJson(ctx, episode, view)) };
};
