import type { ShowRecord } from '../../data/catalog';
import { newFollow, type FollowRecord, type MemberState } from '../../data/memberState';
import { ApiFailure } from '../apiFailure';
import type { ApiContext, ApiHandler } from '../context';
import { episodeJson } from '../json/episodeJson';
import { seasonImageUrl } from '../json/imageUrls';
import { showJson } from '../json/showJson';
import { showView, type ShowView } from '../json/showView';
import { optionalMember, requireMember, targetMember } from '../memberAuth';
import { intParam, requiredInt, requiredText, textParam } from '../paramReaders';

/** The live API caps `shows/member` at 200 shows per call. */
const SHOWS_PER_CALL_MAX = 200;
const SEARCH_PER_PAGE_MAX = 100;

export function findShow(ctx: ApiContext, id: number): ShowRecord {
  const show = ctx.state.catalog.show(id);
  if (!show) {
    throw new ApiFailure('showNotFound');
  }

  return show;
}

function requireFollow(member: MemberState, show: ShowRecord): FollowRecord {
  const follow = member.follows.get(show.id);
  if (!follow) {
    throw new ApiFailure('showNotFollowed');
  }

  return follow;
}

function showReply(ctx: ApiContext, show: ShowRecord, member: MemberState | null): Record<string, unknown> {
  return { show: showJson(ctx, showView(ctx, show, member)) };
}

const STATUS_FILTERS: Record<string, (view: ShowView) => boolean> = {
  active: (view) => !view.follow?.archived,
  archived: (view) => view.follow?.archived === true,
  current: (view) => !view.follow?.archived && (view.progress?.seenCount ?? 0) > 0 && (view.progress?.next ?? null) !== null,
  completed: (view) => view.progress !== null && view.progress.episodeCount > 0 && view.progress.next === null,
  not_started: (view) => (view.progress?.seenCount ?? 0) === 0,
  favorite: (view) => view.follow?.favorited === true,
};

function statusFilter(ctx: ApiContext): ((view: ShowView) => boolean) | null {
  const raw = textParam(ctx, 'status');
  if (raw === undefined) {
    return null;
  }

  const filters = raw.split(',').map((name) => {
    const filter = STATUS_FILTERS[name.trim()];
    if (!filter) {
      throw new ApiFailure('invalidParameter', { name: 'status' });
    }

    return filter;
  });

  return (view) => filters.some((filter) => filter(view));
}

const collator = new Intl.Collator('fr', { sensitivity: 'base' });

function byTitle(a: ShowView, b: ShowView): number {
  return collator.compare(a.show.title, b.show.title);
}

/** Sorts for `order`; unknown orders fall back to alphabetical. */
function sortShows(views: ShowView[], order: string): void {
  const lastSeen = (view: ShowView): number => view.follow?.lastSeenAt ?? -Infinity;
  const remaining = (view: ShowView): number => view.progress?.unseenReleased.length ?? 0;
  const nextDate = (view: ShowView): number => view.progress?.next?.airDay ?? Infinity;

  const comparators: Record<string, (a: ShowView, b: ShowView) => number> = {
    alphabetical: byTitle,
    last_seen: (a, b) => lastSeen(b) - lastSeen(a) || byTitle(a, b),
    progression: (a, b) => (b.progress?.percent ?? 0) - (a.progress?.percent ?? 0) || byTitle(a, b),
    remaining_episodes: (a, b) => remaining(b) - remaining(a) || byTitle(a, b),
    next_date: (a, b) => nextDate(a) - nextDate(b) || byTitle(a, b),
  };

  // NOTE: the live API's full list of orders is not documented; others sort alphabetically here.
  views.sort(comparators[order] ?? byTitle);
}

/**
 * `GET /shows/member`: the member's shows, `limit` capped at 200 (also the default), paged
 * with `offset`. `total` counts the shows that pass `status`.
 */
export const listMemberShows: ApiHandler = (ctx) => {
  const { target, viewer } = targetMember(ctx);
  const limit = intParam(ctx, 'limit', SHOWS_PER_CALL_MAX, { min: 1, cap: SHOWS_PER_CALL_MAX });
  const offset = intParam(ctx, 'offset', 0, { min: 0 });
  const filter = statusFilter(ctx);

  const views: ShowView[] = [];
  for (const follow of target.follows.values()) {
    const show = ctx.state.catalog.show(follow.showId);
    if (show) {
      views.push(showView(ctx, show, target));
    }
  }

  const kept = filter ? views.filter(filter) : views;
  sortShows(kept, textParam(ctx, 'order') ?? 'alphabetical');

  const isSelf = viewer?.profile.id === target.profile.id;
  return {
    shows: kept.slice(offset, offset + limit).map((view) => showJson(ctx, isSelf ? view : showView(ctx, view.show, viewer))),
    total: kept.length,
    totalMissingShows: 0,
  };
};

/** `GET /shows/display?id=`. */
export const displayShow: ApiHandler = (ctx) => {
  const member = optionalMember(ctx);
  return showReply(ctx, findShow(ctx, requiredInt(ctx, 'id')), member);
};

/** `GET /shows/episodes?id=&season=&episode=`: all episodes, or those of one season. */
export const listShowEpisodes: ApiHandler = (ctx) => {
  const member = optionalMember(ctx);
  const show = findShow(ctx, requiredInt(ctx, 'id'));
  const season = intParam(ctx, 'season', 0, { min: 0 });
  const episodeNumber = intParam(ctx, 'episode', 0, { min: 0 });
  const view = showView(ctx, show, member);

  const episodes = ctx.state.catalog
    .episodes(show.id)
    .filter((episode) => season === 0 || episode.season === season)
    .filter((episode) => episodeNumber === 0 || episode.episode === episodeNumber);

  return { episodes: episodes.map((episode) => episodeJson(ctx, episode, view)) };
};

/** `GET /shows/seasons?id=`: one entry per season, `seen` when every episode of it is seen. */
export const listShowSeasons: ApiHandler = (ctx) => {
  const member = optionalMember(ctx);
  const show = findShow(ctx, requiredInt(ctx, 'id'));
  const follow = member?.follows.get(show.id);
  const seasons = new Map<number, { episodes: number; seen: number }>();

  for (const episode of ctx.state.catalog.episodes(show.id)) {
    const season = seasons.get(episode.season) ?? { episodes: 0, seen: 0 };
    season.episodes += 1;
    season.seen += follow?.seen.has(episode.id) ? 1 : 0;
    seasons.set(episode.season, season);
  }

  return {
    seasons: [...seasons].map(([number, season]) => ({
      number,
      episodes: season.episodes,
      seen: season.seen === season.episodes,
      image: seasonImageUrl(ctx, show, number),
      has_episodes: true,
    })),
  };
};

/** Lower case without accents, so `emile` finds "Émile et les Robots". */
function searchKey(text: string): string {
  return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
}

/** `GET /shows/search?title=&nbpp=&page=`: titles first that start with the text, then by followers. */
export const searchShows: ApiHandler = (ctx) => {
  const member = optionalMember(ctx);
  const query = searchKey(requiredText(ctx, 'title'));
  const perPage = intParam(ctx, 'nbpp', 10, { min: 1, cap: SEARCH_PER_PAGE_MAX });
  const page = intParam(ctx, 'page', 1, { min: 1 });

  const found = ctx.state.catalog.allShows().filter((show) => searchKey(show.title).includes(query));
  const startsWith = (show: ShowRecord): number => (searchKey(show.title).startsWith(query) ? 0 : 1);
  found.sort((a, b) => startsWith(a) - startsWith(b) || b.followers - a.followers);

  return {
    shows: found.slice((page - 1) * perPage, page * perPage).map((show) => showJson(ctx, showView(ctx, show, member))),
  };
};

/** `POST /shows/show?id=`: adds the show; 2003 when it is already in the account. */
export const followShow: ApiHandler = (ctx) => {
  const member = requireMember(ctx);
  const show = findShow(ctx, requiredInt(ctx, 'id'));
  if (member.follows.has(show.id)) {
    throw new ApiFailure('showAlreadyFollowed');
  }

  member.follows.set(show.id, newFollow(show.id, ctx.nowMs));
  return showReply(ctx, show, member);
};

/** `DELETE /shows/show?id=`: removes the show and what was seen of it; 2004 when absent. */
export const unfollowShow: ApiHandler = (ctx) => {
  const member = requireMember(ctx);
  const show = findShow(ctx, requiredInt(ctx, 'id'));
  requireFollow(member, show);

  member.follows.delete(show.id);
  return showReply(ctx, show, member);
};

function setArchived(archived: boolean): ApiHandler {
  return (ctx) => {
    const member = requireMember(ctx);
    const show = findShow(ctx, requiredInt(ctx, 'id'));
    requireFollow(member, show).archived = archived;
    return showReply(ctx, show, member);
  };
}

/** `POST /shows/archive?id=`; 2004 when the show is not in the account. */
export const archiveShow = setArchived(true);

/** `DELETE /shows/archive?id=`; 2004 when the show is not in the account. */
export const unarchiveShow = setArchived(false);
