import type { Catalog, EpisodeRecord } from './catalog';
import { newFollow, type FollowRecord, type MemberState } from './memberState';

/** Changes to what a member has seen, shared by the episode and season endpoints. */

/**
 * Returns the member's follow record for the show, adding the show first.
 * NOTE: whether the live API adds the show when an episode is marked is not documented.
 */
export function followForWatching(member: MemberState, showId: number, nowMs: number): FollowRecord {
  const existing = member.follows.get(showId);
  if (existing) {
    return existing;
  }

  const created = newFollow(showId, nowMs);
  member.follows.set(showId, created);
  return created;
}

/**
 * Marks `episode` seen. With `bulk`, the API's default, every earlier regular episode of the
 * show is marked too; episodes already seen keep their date.
 */
export function markWatched(catalog: Catalog, member: MemberState, episode: EpisodeRecord, bulk: boolean, nowMs: number): void {
  const follow = followForWatching(member, episode.showId, nowMs);
  follow.lastSeenAt = nowMs;

  if (!follow.seen.has(episode.id)) {
    follow.seen.set(episode.id, nowMs);
  }

  if (!bulk) {
    return;
  }

  for (const earlier of catalog.episodes(episode.showId)) {
    if (earlier.global >= episode.global) {
      break;
    }

    if (!earlier.special && !follow.seen.has(earlier.id)) {
      follow.seen.set(earlier.id, nowMs);
    }
  }
}

/** Unmarks one episode. Returns false when it was not marked. */
export function unmarkWatched(member: MemberState, episode: EpisodeRecord): boolean {
  return member.follows.get(episode.showId)?.seen.delete(episode.id) ?? false;
}

export function isSeen(member: MemberState, episode: EpisodeRecord): boolean {
  return member.follows.get(episode.showId)?.seen.has(episode.id) ?? false;
}
