import { createRandom, hashSeed, randomInt } from '../core/random';
import { GENERATED_COUNT, GENERATED_FIRST_ID, generatedShowSpec, isGeneratedShowId } from './generatedShows';
import { SHOW_SPECS, type ShowSpec } from './showSpecs';
import { episodeSummary, episodeTitle } from './texts';

/**
 * Every show and episode the sandbox knows, shared by all members. Generated shows and all
 * episode lists are built on first use and cached, so creating a catalog costs almost nothing.
 */

export type ShowRecord = Omit<ShowSpec, 'demo'>;

export interface EpisodeRecord {
  /** `showId * 1000 + global`, so an episode id alone leads back to its show. */
  id: number;
  showId: number;
  season: number;
  episode: number;
  /** Position in airing order over the whole show, from 1. */
  global: number;
  special: boolean;
  title: string;
  description: string;
  /** Day number (see `core/dates.ts`) the episode airs. */
  airDay: number;
  noteTotal: number;
  noteMean: number;
}

/** Episodes of one show stay under 1,000 so `showId * 1000 + global` stays unique. */
const EPISODE_ID_FACTOR = 1_000;

/** Episodes more than two weeks ahead have no title yet. */
const TITLE_KNOWN_DAYS_AHEAD = 14;

export function showIdOfEpisode(episodeId: number): number {
  return Math.floor(episodeId / EPISODE_ID_FACTOR);
}

export class Catalog {
  /** Day number of the sandbox's start: schedules are relative to it. */
  readonly anchorDay: number;

  private readonly shows = new Map<number, ShowRecord>();
  private readonly episodeLists = new Map<number, EpisodeRecord[]>();
  private allShowsCache: ShowRecord[] | null = null;

  constructor(anchorDay: number) {
    this.anchorDay = anchorDay;

    for (const spec of SHOW_SPECS) {
      this.shows.set(spec.id, withoutDemo(spec));
    }
  }

  show(id: number): ShowRecord | undefined {
    const known = this.shows.get(id);
    if (known || !isGeneratedShowId(id)) {
      return known;
    }

    const generated = generatedShowSpec(id);
    this.shows.set(id, generated);
    return generated;
  }

  /** All shows, hand-written first; builds the 2,000 generated ones on the first call. */
  allShows(): readonly ShowRecord[] {
    if (this.allShowsCache) {
      return this.allShowsCache;
    }

    const all = SHOW_SPECS.map((spec) => this.show(spec.id) as ShowRecord);
    for (let id = GENERATED_FIRST_ID; id < GENERATED_FIRST_ID + GENERATED_COUNT; id += 1) {
      all.push(this.show(id) as ShowRecord);
    }

    this.allShowsCache = all;
    return all;
  }

  /** The show's episodes in airing order (empty for an unknown show). */
  episodes(showId: number): readonly EpisodeRecord[] {
    const cached = this.episodeLists.get(showId);
    if (cached) {
      return cached;
    }

    const show = this.show(showId);
    if (!show) {
      return [];
    }

    const built = buildEpisodes(show, this.anchorDay);
    this.episodeLists.set(showId, built);
    return built;
  }

  episode(episodeId: number): EpisodeRecord | undefined {
    const list = this.episodes(showIdOfEpisode(episodeId));
    const global = episodeId % EPISODE_ID_FACTOR;
    const candidate = list[global - 1];
    return candidate?.id === episodeId ? candidate : undefined;
  }

  /** The day the show's first episode aired, for `creation`. */
  firstAirDay(showId: number): number | null {
    return this.episodes(showId)[0]?.airDay ?? null;
  }
}

function withoutDemo(spec: ShowSpec): ShowRecord {
  const { demo: _demo, ...show } = spec;
  return show;
}

/**
 * Lays out the seasons back from the last one, a year apart, each airing every `every` days.
 * Specials follow the regular episodes of season 1, a week apart.
 */
function buildEpisodes(show: ShowRecord, anchorDay: number): EpisodeRecord[] {
  const random = createRandom(hashSeed('episodes', show.id));
  const seasonCount = show.seasons.length;
  const episodes: EpisodeRecord[] = [];

  const add = (season: number, episode: number, airDay: number, special: boolean): void => {
    const global = episodes.length + 1;
    const aired = airDay <= anchorDay;

    episodes.push({
      id: show.id * EPISODE_ID_FACTOR + global,
      showId: show.id,
      season,
      episode,
      global,
      special,
      title: episodeTitle(random, show.language, airDay > anchorDay + TITLE_KNOWN_DAYS_AHEAD),
      description: episodeSummary(random),
      airDay,
      noteTotal: aired ? randomInt(random, 3, 900) : 0,
      noteMean: aired ? Math.round((3 + random() * 2) * 10_000) / 10_000 : 0,
    });
  };

  show.seasons.forEach((count, index) => {
    const season = index + 1;
    const seasonStart = anchorDay + show.lastSeasonStart - (seasonCount - season) * 365;

    for (let episode = 1; episode <= count; episode += 1) {
      add(season, episode, seasonStart + (episode - 1) * show.every, false);
    }

    if (season === 1) {
      const lastDay = seasonStart + (count - 1) * show.every;
      for (let special = 1; special <= (show.specials ?? 0); special += 1) {
        add(season, count + special, lastDay + 7 * special, true);
      }
    }
  });

  return episodes;
}
