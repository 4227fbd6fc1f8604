import type { EpisodeDetails, PlatformLink } from './types';
import { isRecord, toArray, toBool, toDateOrNull, toInt, toRecord, toText, toTextOrNull, toUrlOrNull } from './parse';
import { parseRating } from './parseRating';

function pad2(value: number): string {
  return value < 10 ? `0${value}` : String(value);
}

function parsePlatformLink(value: unknown): PlatformLink {
  const raw = toRecord(value);

  return {
    platform: toText(raw.platform),
    color: toTextOrNull(raw.color),
    logo: toUrlOrNull(raw.logo),
    link: toUrlOrNull(raw.link),
  };
}

/** Reads one episode object. Missing fields get defaults, and `code` is rebuilt from the numbers when absent. */
export function parseEpisode(value: unknown): EpisodeDetails {
  const raw = toRecord(value);
  const user = toRecord(raw.user);
  const show = toRecord(raw.show);

  const season = toInt(raw.season);
  const episode = toInt(raw.episode);
  const code = toTextOrNull(raw.code) ?? `S${pad2(season)}E${pad2(episode)}`;

  return {
    id: toInt(raw.id),
    title: toText(raw.title),
    season,
    episode,
    code,
    description: toText(raw.description),
    date: toDateOrNull(raw.date),
    special: toBool(raw.special),
    seen: toBool(user.seen),
    show: {
      id: toInt(show.id),
      title: toText(show.title),
      poster: toUrlOrNull(show.poster) ?? toUrlOrNull(toRecord(show.images).poster),
    },
    global: toInt(raw.global),
    seenDate: toDateOrNull(user.seen_date),
    downloaded: toBool(user.downloaded),
    note: parseRating(raw.note),
    platformLinks: toArray(raw.platform_links).filter(isRecord).map(parsePlatformLink),
    resourceUrl: toUrlOrNull(raw.resource_url),
  };
}

/**
 * Reads a list of episodes and drops entries that are not objects or have no positive `id`,
 * because the app cannot open or mark such an episode.
 */
export function parseEpisodeList(values: unknown[]): EpisodeDetails[] {
  return values.filter(isRecord).map(parseEpisode).filter((episode) => episode.id > 0);
}
