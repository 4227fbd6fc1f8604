import type { Show } from '../../api/types';

/**
 * Returns `next` in the order of `previous`: shows still listed keep their place (with their new
 * data), shows gone are dropped, and new ones follow in their own order. My shows applies it to
 * refetches of the same filter and order. Marking a show watched in "last seen" order so leaves
 * the poster under the member's focus in place, and the next visit of My shows sorts anew.
 */
export function keepShowOrder(previous: readonly Show[], next: readonly Show[]): Show[] {
  if (previous.length === 0) {
    return next.slice();
  }

  const freshById = new Map<number, Show>();
  for (const show of next) {
    freshById.set(show.id, show);
  }

  const ordered: Show[] = [];
  for (const show of previous) {
    const fresh = freshById.get(show.id);
    if (fresh) {
      ordered.push(fresh);
      freshById.delete(show.id);
    }
  }

  for (const show of next) {
    if (freshById.has(show.id)) {
      ordered.push(show);
    }
  }

  return ordered;
}
