import type { MovieEntry, MovieRecord } from '../../data/movieCatalog';
import { GENRES } from '../../data/genres';
import type { ApiContext } from '../context';
import { moviePosterUrl, resourceUrl } from './imageUrls';
import { messyNumber } from './showView';

/** Builds the API's movie object. `length` is in seconds; `user` is missing without a signed-in member. */
export function movieJson(ctx: ApiContext, movie: MovieRecord, entry: MovieEntry | null, signedIn: boolean): Record<string, unknown> {
  const json: Record<string, unknown> = {
    id: movie.id,
    tmdb_id: 90_000 + movie.id,
    imdb_id: `tt${String(9_000_000 + movie.id * 13).padStart(7, '0')}`,
    title: movie.title,
    original_title: movie.originalTitle,
    production_year: Number(movie.releaseDate.slice(0, 4)),
    release_date: movie.releaseDate,
    director: movie.director,
    length: messyNumber(movie.length, movie.id % 2 === 1),
    genres: movie.genres.map((key) => GENRES[key][ctx.locale]),
    synopsis: movie.synopsis,
    language: movie.language,
    poster: moviePosterUrl(ctx, movie),
    backdrop: null,
    followers: movie.followers,
    notes: { total: movie.followers % 900, mean: 3 + (movie.id % 17) / 10, user: 0 },
    resource_url: resourceUrl(ctx, 'film', movie.id),
  };

  if (signedIn) {
    json.user = {
      in_account: entry !== null,
      status: entry?.state ?? null,
      favorited: false,
    };
  }

  return json;
}
