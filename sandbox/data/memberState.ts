import { DAY_MS } from '../core/dates';
import { DEMO_MEMBER, MARATHON_MEMBER, type DemoMemberProfile } from '../demoData';
import type { Catalog } from './catalog';
import { GENERATED_COUNT, GENERATED_FIRST_ID, marathonFollowSpec } from './generatedShows';
import { initialMovies, type MovieEntry } from './movieCatalog';
import { initialNotifications, type NotificationRecord } from './notifications';
import { SHOW_SPECS, type DemoFollowSpec } from './showSpecs';

/** One followed show in a member's account. */
export interface FollowRecord {
  showId: number;
  /** Milliseconds since the epoch; `order=account` lists shows by this. */
  followedAt: number;
  archived: boolean;
  favorited: boolean;
  /** Episode id → time (ms) it was marked as seen. */
  seen: Map<number, number>;
  lastSeenAt: number | null;
}

/** Everything one member changes while the sandbox runs. */
export interface MemberState {
  profile: DemoMemberProfile;
  follows: Map<number, FollowRecord>;
  movies: Map<number, MovieEntry>;
  notifications: NotificationRecord[];
}

/** A follow record with nothing seen yet, for a show the member adds now. */
export function newFollow(showId: number, nowMs: number): FollowRecord {
  return { showId, followedAt: nowMs, archived: false, favorited: false, seen: new Map(), lastSeenAt: null };
}

/** Marks the first episodes seen as `spec` says, with plausible dates for each. */
function followFromSpec(catalog: Catalog, showId: number, spec: DemoFollowSpec, nowMs: number): FollowRecord {
  const follow = newFollow(showId, nowMs - spec.followedDaysAgo * DAY_MS);
  follow.archived = spec.archived ?? false;
  follow.favorited = spec.favorited ?? false;

  const released = catalog.episodes(showId).filter((episode) => episode.airDay <= catalog.anchorDay);
  const count = seenCount(spec.watched, released.length);
  if (count === 0) {
    return follow;
  }

  const lastSeenAt = nowMs - (spec.lastSeenDaysAgo ?? 0) * DAY_MS;
  follow.lastSeenAt = lastSeenAt;

  for (const episode of released.slice(0, count)) {
    // Seen the evening after it aired, but never after the last time the member watched.
    const eveningAfter = (episode.airDay + 1) * DAY_MS + 20 * 3_600_000;
    follow.seen.set(episode.id, Math.min(eveningAfter, lastSeenAt));
  }

  return follow;
}

function seenCount(watched: DemoFollowSpec['watched'], releasedCount: number): number {
  if (watched === 'released') {
    return releasedCount;
  }

  if (watched < 0) {
    return Math.max(0, releasedCount + watched);
  }

  return Math.min(watched, releasedCount);
}

/**
 * Builds a demo member's start state. For `marathon` that means its generated shows (the first
 * `marathonShowCount`, 2,000 by default), so call it lazily.
 */
export function createMemberState(profile: DemoMemberProfile, catalog: Catalog, nowMs: number, marathonShowCount = GENERATED_COUNT): MemberState {
  const follows = new Map<number, FollowRecord>();

  if (profile.id === DEMO_MEMBER.id) {
    for (const spec of SHOW_SPECS) {
      if (spec.demo) {
        follows.set(spec.id, followFromSpec(catalog, spec.id, spec.demo, nowMs));
      }
    }
  }

  if (profile.id === MARATHON_MEMBER.id) {
    for (let id = GENERATED_FIRST_ID; id < GENERATED_FIRST_ID + marathonShowCount; id += 1) {
      follows.set(id, followFromSpec(catalog, id, marathonFollowSpec(id), nowMs));
    }
  }

  return {
    profile,
    follows,
    movies: initialMovies(profile, nowMs),
    notifications: initialNotifications(profile, catalog, nowMs),
  };
}
