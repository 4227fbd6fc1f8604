import { formatDateTime, formatDay } from '../../core/dates';
import type { EpisodeRecord } from '../../data/catalog';
import { PLATFORMS } from '../../data/platforms';
import { episodeCode } from '../../data/progress';
import type { ApiContext } from '../context';
import { platformLogoUrl, resourceUrl, showPosterUrl } from './imageUrls';
import { messyNumber, type ShowView } from './showView';

/**
 * Builds the API's episode object, messy on purpose as the API documentation warns: some numbers are strings,
 * `description` can be empty, `platform_links` is missing for shows on no platform, and `user`
 * is missing when no member is signed in.
 */
export function episodeJson(ctx: ApiContext, episode: EpisodeRecord, view: ShowView): Record<string, unknown> {
  const { show, follow, progress } = view;
  const seenAt = follow?.seen.get(episode.id);
  const aired = episode.airDay <= ctx.today;

  const json: Record<string, unknown> = {
    id: episode.id,
    thetvdb_id: 7_000_000 + episode.id,
    youtube_id: null,
    title: episode.title,
    season: episode.season,
    episode: episode.episode,
    show: {
      id: show.id,
      thetvdb_id: 300_000 + show.id,
      title: show.title,
      poster: showPosterUrl(ctx, show),
      remaining: messyNumber(progress?.unseenReleased.length ?? 0, show.id % 2 === 1),
      progress: progress?.percent ?? 0,
      status: show.status,
      in_account: follow !== null,
    },
    code: episodeCode(episode),
    global: episode.global,
    special: episode.special ? 1 : 0,
    description: episode.description,
    date: formatDay(episode.airDay),
    note: {
      total: messyNumber(episode.noteTotal, episode.id % 2 === 1),
      mean: episode.noteMean,
      user: 0,
    },
    comments: String((episode.id * 7) % 40),
    subtitles: [],
    resource_url: resourceUrl(ctx, 'episode', episode.id),
  };

  if (progress) {
    json.user = {
      seen: seenAt !== undefined,
      downloaded: false,
      seen_date: seenAt === undefined ? null : formatDateTime(seenAt),
    };
  }

  if (show.platforms && aired) {
    json.platform_links = show.platforms.map((key) => ({
      platform: PLATFORMS[key].name,
      color: PLATFORMS[key].color,
      logo: episode.id % 3 === 0 ? null : platformLogoUrl(ctx, key),
      link: `${ctx.publicUrl}/watch/${key}/${episode.id}`,
    }));
  }

  return json;
}
