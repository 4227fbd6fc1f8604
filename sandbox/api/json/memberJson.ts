import type { MemberState } from '../../data/memberState';
import { showProgress } from '../../data/progress';
import type { ApiContext } from '../context';
import { avatarUrl } from './imageUrls';

interface MemberTotals {
  seasons: number;
  episodes: number;
  episodesToWatch: number;
  minutesSeen: number;
  minutesToSpend: number;
}

/** Sums the member's progress over every followed show; archived shows count as seen only. */
function memberTotals(ctx: ApiContext, member: MemberState): MemberTotals {
  const totals: MemberTotals = { seasons: 0, episodes: 0, episodesToWatch: 0, minutesSeen: 0, minutesToSpend: 0 };
  const catalog = ctx.state.catalog;

  for (const follow of member.follows.values()) {
    const show = catalog.show(follow.showId);
    if (!show) {
      continue;
    }

    const progress = showProgress(catalog, show.id, follow, ctx.today);
    const seasonsStarted = new Set<number>();
    for (const episodeId of follow.seen.keys()) {
      const episode = catalog.episode(episodeId);
      if (episode) {
        seasonsStarted.add(episode.season);
      }
    }

    totals.seasons += seasonsStarted.size;
    totals.episodes += progress.seenCount;
    totals.minutesSeen += progress.seenCount * show.length;
    if (!follow.archived) {
      totals.episodesToWatch += progress.unseenReleased.length;
      totals.minutesToSpend += progress.unseenReleased.length * show.length;
    }
  }

  return totals;
}

/**
 * Builds the API's member object. Some stats arrive as strings, as on the live API; times are in
 * minutes.
 */
export function memberJson(ctx: ApiContext, member: MemberState, isSelf: boolean): Record<string, unknown> {
  const { profile } = member;
  const totals = memberTotals(ctx, member);
  const moviesSeen = [...member.movies.values()].filter((entry) => entry.state === 1).length;
  const moviesToWatch = [...member.movies.values()].filter((entry) => entry.state === 0).length;

  return {
    id: profile.id,
    fb_id: null,
    login: profile.login,
    xp: profile.xp,
    locale: profile.locale,
    cached: 0,
    avatar: avatarUrl(ctx, profile),
    profile_banner: null,
    in_account: isSelf,
    subscription: 0,
    stats: {
      friends: profile.id === 1 ? 12 : 0,
      shows: member.follows.size,
      seasons: String(totals.seasons),
      episodes: String(totals.episodes),
      comments: profile.id === 1 ? '37' : '0',
      progress: totals.episodes + totals.episodesToWatch === 0 ? 0 : Math.round((totals.episodes / (totals.episodes + totals.episodesToWatch)) * 100),
      episodes_to_watch: totals.episodesToWatch,
      time_on_tv: totals.minutesSeen,
      time_to_spend: String(totals.minutesToSpend),
      movies: moviesSeen,
      movies_to_watch: moviesToWatch,
      badges: profile.id === 1 ? 23 : 140,
      member_since_days: profile.memberSinceDays,
      friends_of_friends: profile.id === 1 ? 310 : 0,
      episodes_per_month: String(Math.round(totals.episodes / Math.max(1, profile.memberSinceDays / 30))),
      favorite_day: 'dimanche',
      five_stars_percent: '12.5',
      streak_days: profile.id === 1 ? 4 : 61,
    },
    options: {
      downloaded: false,
      notation: true,
      timelag: false,
      global: false,
      specials: false,
      episodes_tags: false,
      friendship: 'open',
    },
  };
}
