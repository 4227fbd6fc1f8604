import type { ShowRecord } from '../../data/catalog';
import type { FollowRecord, MemberState } from '../../data/memberState';
import { showProgress, type ShowProgress } from '../../data/progress';
import type { ApiContext } from '../context';

/** A show from one member's point of view, computed once per show per request. */
export interface ShowView {
  show: ShowRecord;
  /** The viewer's follow record, when the viewer follows the show. */
  follow: FollowRecord | null;
  /** Null when no member is signed in. */
  progress: ShowProgress | null;
}

export function showView(ctx: ApiContext, show: ShowRecord, viewer: MemberState | null): ShowView {
  if (!viewer) {
    return { show, follow: null, progress: null };
  }

  const follow = viewer.follows.get(show.id) ?? null;
  return { show, follow, progress: showProgress(ctx.state.catalog, show.id, follow, ctx.today) };
}

/** Alternates a number with its string form, so the client's lenient parsing is exercised. */
export function messyNumber(value: number, asString: boolean): number | string {
  return asString ? String(value) : value;
}
