/** Placeholder in query keys between pairing and the first `members/infos` reply. */
export const UNKNOWN_MEMBER = 'current';

/**
 * Builds a query key scoped to the member, so two members on one TV never share cached data:
 * `['member', 42, 'unwatched', …]`. Before the member id is known, `['member', 'current', …]`.
 */
export function memberQueryKey(memberId: number | null, ...parts: unknown[]): unknown[] {
  return ['member', memberId ?? UNKNOWN_MEMBER, ...parts];
}
