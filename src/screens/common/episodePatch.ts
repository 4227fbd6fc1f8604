/**
 * Sets the watched flag of episodes wherever they sit in cached data, whatever screen cached
 * it: a list, a page of a paged query (`{pages:[…]}`), an object holding episodes. An episode is
 * recognized by the shape `src/api` gives every episode (`Episode`): a numeric `id` and
 * `season`, a string `code`, a boolean `seen` and a `show` object with a numeric `id`.
 */

/** Which episodes to change: one by id, or every episode of a show's season. */
export type EpisodeMatch = { episodeId: number } | { showId: number; season: number };

/** Containers nested deeper than this are left alone; the app's query data is 3 to 4 levels deep. */
const MAX_DEPTH = 6;

interface EpisodeLike {
  id: number;
  season: number;
  code: string;
  seen: boolean;
  show: { id: number };
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    return false;
  }

  const prototype = Object.getPrototypeOf(value) as unknown;
  return prototype === Object.prototype || prototype === null;
}

function isEpisodeLike(value: Record<string, unknown>): value is Record<string, unknown> & EpisodeLike {
  return (
    typeof value.id === 'number' &&
    typeof value.season === 'number' &&
    typeof value.code === 'string' &&
    typeof value.seen === 'boolean' &&
    isPlainObject(value.show) &&
    typeof value.show.id === 'number'
  );
}

function matches(episode: EpisodeLike, match: EpisodeMatch): boolean {
  if ('episodeId' in match) {
    return episode.id === match.episodeId;
  }

  return episode.show.id === match.showId && episode.season === match.season;
}

/**
 * Returns `data` with `seen` set on every matching episode. Unchanged parts keep their identity
 * and `data` itself is returned when nothing matched, so React Query sees no change there.
 */
export function patchEpisodesSeen<T>(data: T, match: EpisodeMatch, seen: boolean): T {
  return patchValue(data, match, seen, 0) as T;
}

function patchValue(value: unknown, match: EpisodeMatch, seen: boolean, depth: number): unknown {
  if (depth > MAX_DEPTH) {
    return value;
  }

  if (Array.isArray(value)) {
    let changed = false;
    const next = value.map((item) => {
      const patched = patchValue(item, match, seen, depth + 1);
      changed = changed || patched !== item;
      return patched;
    });

    return changed ? next : value;
  }

  if (!isPlainObject(value)) {
    return value;
  }

  if (isEpisodeLike(value) && matches(value, match)) {
    return value.seen === seen ? value : { ...value, seen };
  }

  let copy: Record<string, unknown> | null = null;
  for (const key of Object.keys(value)) {
    const item = value[key];
    const patched = patchValue(item, match, seen, depth + 1);

    if (patched !== item) {
      copy = copy ?? { ...value };
      copy[key] = patched;
    }
  }

  return copy ?? value;
}
