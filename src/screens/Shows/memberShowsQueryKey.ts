import { memberQueryKey } from '../../session/memberQueryKey';

/**
 * The part of the query key under which every list of the member's shows is cached, whatever
 * its filter and order. An action that changes the member's shows (follow, archive, mark
 * watched) invalidates `memberQueryKey(memberId, MEMBER_SHOWS_QUERY)`.
 */
export const MEMBER_SHOWS_QUERY = 'shows';

export function memberShowsQueryKey(memberId: number | null, ...parts: unknown[]): unknown[] {
  return memberQueryKey(memberId, MEMBER_SHOWS_QUERY, ...parts);
}
