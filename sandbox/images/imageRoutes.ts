import type { ServerResponse } from 'node:http';
import { findMovie } from '../data/movieCatalog';
import { PLATFORMS, type PlatformKey } from '../data/platforms';
import { DEMO_MEMBERS } from '../demoData';
import { CORS_HEADERS, sendText } from '../http/replies';
import type { SandboxState } from '../sandboxState';
import { avatarSvg, bannerSvg, platformLogoSvg, posterSvg } from './svgImages';

/** Poster URLs are cacheable for a year on the real CDN, so the sandbox sends the same lifetime. */
const IMAGE_HEADERS = { ...CORS_HEADERS, 'Content-Type': 'image/svg+xml; charset=utf-8', 'Cache-Control': 'public, max-age=31536000, immutable' };

function svgFor(state: SandboxState, kind: string, id: string, season: string | null): string | null {
  const numericId = /^\d+$/.test(id) ? Number(id) : NaN;

  switch (kind) {
    case 'poster': {
      const show = state.catalog.show(numericId);
      if (!show) {
        return null;
      }

      return posterSvg(show.title, show.id, season ? `Saison ${season}` : show.network);
    }
    case 'banner': {
      const show = state.catalog.show(numericId);
      return show ? bannerSvg(show.title, show.id) : null;
    }
    case 'movie': {
      const movie = findMovie(numericId);
      return movie ? posterSvg(movie.title, movie.id, movie.releaseDate.slice(0, 4)) : null;
    }
    case 'avatar': {
      const member = DEMO_MEMBERS.find((candidate) => candidate.id === numericId);
      return member ? avatarSvg(member.login) : null;
    }
    case 'platform': {
      const platform = Object.hasOwn(PLATFORMS, id) ? PLATFORMS[id as PlatformKey] : undefined;
      return platform ? platformLogoSvg(platform.name, platform.color) : null;
    }
    default:
      return null;
  }
}

/** Serves `/images/<kind>/<id>.svg`; 404 in plain text for anything else. */
export function handleImage(res: ServerResponse, url: URL, state: SandboxState): void {
  const match = /^\/images\/([a-z]+)\/([a-z0-9-]+)\.svg$/.exec(url.pathname);
  const svg = match ? svgFor(state, match[1] ?? '', match[2] ?? '', url.searchParams.get('season')) : null;

  if (!svg) {
    sendText(res, 404, 'text/plain; charset=utf-8', `No sandbox image at ${url.pathname}`);
    return;
  }

  res.writeHead(200, { ...IMAGE_HEADERS, 'Content-Length': String(Buffer.byteLength(svg)) });
  res.end(svg);
}
