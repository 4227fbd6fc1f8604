import { memberQueryKey } from '../../session/memberQueryKey';

/**
 * Query keys of one show's data, all under `['member', id, 'show', showId]`, so an action on
 * the show can refresh everything the Show screen displays at once.
 */
export const SHOW_QUERY = 'show';

export function showQueryKey(memberId: number | null, showId: number, ...parts: unknown[]): unknown[] {
  return memberQueryKey(memberId, SHOW_QUERY, showId, ...parts);
}
