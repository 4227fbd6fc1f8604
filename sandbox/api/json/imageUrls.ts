import type { ShowRecord } from '../../data/catalog';
import type { MovieRecord } from '../../data/movieCatalog';
import type { PlatformKey } from '../../data/platforms';
import type { DemoMemberProfile } from '../../demoData';
import type { ApiContext } from '../context';

/** Absolute image URLs, served by the sandbox itself under `/images/`, or null like the API. */

export function showPosterUrl(ctx: ApiContext, show: ShowRecord): string | null {
  return show.hasPoster ? `${ctx.publicUrl}/images/poster/${show.id}.svg` : null;
}

/** Banners exist for most shows, including some without a poster. */
export function showBannerUrl(ctx: ApiContext, show: ShowRecord): string | null {
  return show.id % 5 === 0 ? null : `${ctx.publicUrl}/images/banner/${show.id}.svg`;
}

export function seasonImageUrl(ctx: ApiContext, show: ShowRecord, season: number): string | null {
  return show.hasPoster && season % 2 === 1 ? `${ctx.publicUrl}/images/poster/${show.id}.svg?season=${season}` : null;
}

export function moviePosterUrl(ctx: ApiContext, movie: MovieRecord): string | null {
  return movie.hasPoster ? `${ctx.publicUrl}/images/movie/${movie.id}.svg` : null;
}

export function avatarUrl(ctx: ApiContext, profile: DemoMemberProfile): string | null {
  return profile.hasAvatar ? `${ctx.publicUrl}/images/avatar/${profile.id}.svg` : null;
}

export function platformLogoUrl(ctx: ApiContext, key: PlatformKey): string {
  return `${ctx.publicUrl}/images/platform/${key}.svg`;
}

/** Returns where the site would show the item. The sandbox serves nothing at that URL. */
export function resourceUrl(ctx: ApiContext, kind: 'serie' | 'episode' | 'film', id: number): string {
  return `${ctx.publicUrl}/${kind}/${id}`;
}
