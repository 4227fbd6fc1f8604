import { formatDay, yearOfDay } from '../../core/dates';
import { GENRES } from '../../data/genres';
import { PLATFORMS } from '../../data/platforms';
import { episodeCode } from '../../data/progress';
import type { ApiContext } from '../context';
import { platformLogoUrl, resourceUrl, showBannerUrl, showPosterUrl } from './imageUrls';
import { messyNumber, type ShowView } from './showView';

function seasonsDetails(ctx: ApiContext, showId: number): Array<{ number: number; episodes: number }> {
  const counts = new Map<number, number>();
  for (const episode of ctx.state.catalog.episodes(showId)) {
    counts.set(episode.season, (counts.get(episode.season) ?? 0) + 1);
  }

  return [...counts].map(([number, episodes]) => ({ number, episodes }));
}

function memberPart(ctx: ApiContext, view: ShowView): Record<string, unknown> | undefined {
  const { follow, progress } = view;
  if (!progress) {
    return undefined;
  }

  const next = progress.next;
  return {
    archived: follow?.archived ?? false,
    favorited: follow?.favorited ?? false,
    remaining: progress.unseenReleased.length,
    status: progress.percent,
    last: progress.lastSeen ? episodeCode(progress.lastSeen) : 'S00E00',
    tags: null,
    next: {
      id: next?.id ?? null,
      code: next ? episodeCode(next) : null,
      date: next ? formatDay(next.airDay) : null,
      title: next?.title ?? null,
      image: null,
    },
    friends_watching: [],
  };
}

/**
 * Builds the API's show object. Counts are strings as on the live API, `followers` alternates
 * between number and string, images can be null, and `platforms` and `user` are missing when
 * they do not apply.
 */
export function showJson(ctx: ApiContext, view: ShowView): Record<string, unknown> {
  const { show, follow } = view;
  const details = seasonsDetails(ctx, show.id);
  const episodeCount = details.reduce((sum, season) => sum + season.episodes, 0);
  const firstAirDay = ctx.state.catalog.firstAirDay(show.id);

  const genres: Record<string, string> = {};
  for (const key of show.genres) {
    genres[key] = GENRES[key][ctx.locale];
  }

  const json: Record<string, unknown> = {
    id: show.id,
    thetvdb_id: 300_000 + show.id,
    imdb_id: `tt${String(4_000_000 + show.id * 37).padStart(7, '0')}`,
    title: show.title,
    description: show.description,
    seasons: String(details.length),
    seasons_details: details,
    episodes: String(episodeCount),
    followers: messyNumber(show.followers, show.id % 2 === 0),
    comments: String(show.followers % 97),
    similars: String(show.id % 6),
    characters: String(show.id % 11),
    creation: firstAirDay === null ? null : String(yearOfDay(firstAirDay)),
    genres,
    length: String(show.length),
    network: show.network,
    rating: 'TV-14',
    status: show.status,
    language: show.language,
    notes: { total: messyNumber(show.followers % 5_000, show.id % 3 === 0), mean: 3 + (show.id % 20) / 10, user: 0 },
    in_account: follow !== null,
    images: {
      show: showBannerUrl(ctx, show),
      banner: showBannerUrl(ctx, show),
      box: null,
      poster: showPosterUrl(ctx, show),
    },
    aliases: {},
    resource_url: resourceUrl(ctx, 'serie', show.id),
  };

  const user = memberPart(ctx, view);
  if (user) {
    json.user = user;
  }

  if (show.platforms) {
    json.platforms = {
      svods: show.platforms.map((key) => ({
        id: PLATFORMS[key].id,
        name: PLATFORMS[key].name,
        tag: key,
        link_url: `${ctx.publicUrl}/watch/${key}/show-${show.id}`,
        available: {},
        logo: platformLogoUrl(ctx, key),
      })),
    };
  }

  return json;
}
