import type { Season, Show } from '../../api/types';
import { seasonOfCode } from './seasonOfCode';

/**
 * Returns the season the Show screen opens on: the one of the member's next episode, else the
 * first season not entirely seen, else the last one (everything is seen, so the newest is the
 * likeliest to get new episodes). Null while the seasons are unknown or there are none.
 */
export function pickDefaultSeason(seasons: readonly Season[], show: Show | undefined): number | null {
  if (seasons.length === 0) {
    return null;
  }

  const nextSeason = seasonOfCode(show?.user?.next?.code);
  if (nextSeason !== null && seasons.some((season) => season.number === nextSeason)) {
    return nextSeason;
  }

  const unseen = seasons.find((season) => !season.seen);
  if (unseen) {
    return unseen.number;
  }

  return (seasons[seasons.length - 1] as Season).number;
}
