import type { NextEpisode, SeasonSummary, Show, ShowMemberState, ShowStatus, StreamingService } from './types';
import {
  isRecord,
  toArray,
  toBool,
  toDateOrNull,
  toInt,
  toRecord,
  toText,
  toTextOrNull,
  toUrlOrNull,
  toValueList,
} from './parse';
import { parseRating } from './parseRating';

function parseStatus(value: unknown): ShowStatus {
  const status = toText(value).trim().toLowerCase();
  if (status === 'continuing') {
    return 'continuing';
  }

  if (status === 'ended') {
    return 'ended';
  }

  return 'unknown';
}

/** `user.next` is an empty or zeroed object when nothing is left to watch. */
function parseNextEpisode(value: unknown): NextEpisode | null {
  if (!isRecord(value)) {
    return null;
  }

  const id = toInt(value.id);
  if (id <= 0) {
    return null;
  }

  return {
    id,
    code: toText(value.code),
    date: toDateOrNull(value.date),
    title: toText(value.title),
  };
}

/** `S00E00` is what `user.last` carries when no episode has been seen yet. */
function parseLastEpisodeCode(value: unknown): string | null {
  const code = toTextOrNull(value);

  return code === null || /^S0+E0+$/i.test(code) ? null : code;
}

function parseMemberState(value: unknown): ShowMemberState | null {
  if (!isRecord(value)) {
    return null;
  }

  return {
    archived: toBool(value.archived),
    favorited: toBool(value.favorited),
    remaining: toInt(value.remaining),
    progressPercent: Math.max(0, Math.min(100, toInt(value.status))),
    lastEpisodeCode: parseLastEpisodeCode(value.last),
    next: parseNextEpisode(value.next),
  };
}

function parseSeasonSummary(value: unknown): SeasonSummary {
  const raw = toRecord(value);

  return { number: toInt(raw.number), episodes: toInt(raw.episodes) };
}

// NOTE: the API description shows `platforms.svods` without its fields. `id`, `name`, `logo`
// and `link_url` (or `link`) are a best guess, and a missing field gives a default.
function parseStreamingService(value: unknown): StreamingService {
  const raw = toRecord(value);

  return {
    id: toInt(raw.id),
    name: toText(raw.name),
    logo: toUrlOrNull(raw.logo),
    link: toUrlOrNull(raw.link_url) ?? toUrlOrNull(raw.link),
  };
}

/** Reads one show object. `genres` may be a `{key: name}` object or an array of names. */
export function parseShow(value: unknown): Show {
  const raw = toRecord(value);
  const images = toRecord(raw.images);

  return {
    id: toInt(raw.id),
    title: toText(raw.title),
    description: toText(raw.description),
    seasons: toInt(raw.seasons),
    seasonsDetails: toValueList(raw.seasons_details).filter(isRecord).map(parseSeasonSummary),
    episodes: toInt(raw.episodes),
    followers: toInt(raw.followers),
    creation: toTextOrNull(raw.creation),
    genres: toValueList(raw.genres)
      .map((genre) => toText(genre))
      .filter((genre) => genre !== ''),
    length: toInt(raw.length),
    network: toTextOrNull(raw.network),
    status: parseStatus(raw.status),
    notes: parseRating(raw.notes),
    inAccount: toBool(raw.in_account),
    images: {
      show: toUrlOrNull(images.show),
      banner: toUrlOrNull(images.banner),
      box: toUrlOrNull(images.box),
      poster: toUrlOrNull(images.poster),
    },
    user: parseMemberState(raw.user),
    streamingServices: toArray(toRecord(raw.platforms).svods).filter(isRecord).map(parseStreamingService),
    resourceUrl: toUrlOrNull(raw.resource_url),
  };
}

/** Reads a list of shows and drops entries that are not objects or have no positive `id`. */
export function parseShowList(values: unknown[]): Show[] {
  return values.filter(isRecord).map(parseShow).filter((show) => show.id > 0);
}
