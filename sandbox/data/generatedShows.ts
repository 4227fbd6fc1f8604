import { createRandom, hashSeed, pick, randomInt } from '../core/random';
import { GENRE_KEYS, type GenreKey } from './genres';
import { PLATFORM_KEYS } from './platforms';
import type { DemoFollowSpec, ShowSpec } from './showSpecs';
import { showSummary } from './texts';

/**
 * The 2,000 shows of the `marathon` member, generated from their id on first use. Each title
 * is one of 40 heads times one of 50 places, so all 2,000 titles differ.
 */

export const GENERATED_FIRST_ID = 10_001;
export const GENERATED_COUNT = 2_000;

const FRENCH_HEADS = [
  'Les Ombres', 'Le Secret', 'Les Nuits', 'La Brigade', 'Les Enfants', 'Le Silence',
  'Les Gardiens', 'La Maison', 'Les Sentinelles', 'Le Serment', 'Les Oubliés', 'La Traque',
  'Les Héritiers', 'Le Labyrinthe', 'Les Flammes', 'La Mémoire', 'Les Loups', 'Le Phare',
  'Les Vagues', 'La Frontière',
] as const;

const ENGLISH_HEADS = [
  'Shadows', 'The Last Summer', 'Nights', 'The Wardens', 'Echoes', 'The Heirs', 'Tides',
  'The Crossing', 'Saints', 'The Forgotten', 'Ashes', 'The Hunt', 'Ghosts', 'The Lighthouse',
  'Wolves', 'The Border', 'Secrets', 'The Pact', 'Storms', 'The Colony',
] as const;

const PLACES = [
  'Marseille', 'Brest', 'Lyon', 'Lille', 'Nantes', 'Bordeaux', 'Toulouse', 'Nice', 'Rennes',
  'Dijon', 'Annecy', 'Calais', 'Metz', 'Nancy', 'Reims', 'Rouen', 'Caen', 'Tours', 'Pau',
  'Bayonne', 'Ajaccio', 'Bastia', 'Colmar', 'Arles', 'Nîmes', 'Sète', 'Vichy', 'Limoges',
  'Poitiers', 'Quimper', 'Lorient', 'Vannes', 'Dunkerque', 'Amiens', 'Troyes', 'Valence',
  'Grenoble', 'Chamonix', 'Biarritz', 'Avignon', 'Orléans', 'Angers', 'Besançon', 'Perpignan',
  'Montpellier', 'Cherbourg', 'Saint-Malo', 'Lourdes', 'Cannes', 'Épinal',
] as const;

const HEADS = [...FRENCH_HEADS, ...ENGLISH_HEADS];

const NETWORKS = [
  'France 2', 'France 3', 'TF1', 'M6', 'Canal+', 'Arte', 'Netflix', 'Prime Video', 'Disney+',
  'BBC One', 'HBO', 'AMC', 'Apple TV+', 'FX', 'NBC', 'CBS',
] as const;

const LENGTHS = [22, 26, 30, 42, 45, 52, 60] as const;

export function isGeneratedShowId(id: number): boolean {
  return id >= GENERATED_FIRST_ID && id < GENERATED_FIRST_ID + GENERATED_COUNT;
}

function generatedTitle(index: number): string {
  const head = HEADS[index % HEADS.length] ?? 'Les Ombres';
  const place = PLACES[Math.floor(index / HEADS.length) % PLACES.length] ?? 'Lyon';

  if (index % HEADS.length >= FRENCH_HEADS.length) {
    return `${head} of ${place}`;
  }

  return /^[AEIOUYÉÈ]/.test(place) ? `${head} d'${place}` : `${head} de ${place}`;
}

function pickGenres(random: () => number): GenreKey[] {
  const first = pick(random, GENRE_KEYS);
  const second = pick(random, GENRE_KEYS);
  return random() < 0.5 || first === second ? [first] : [first, second];
}

/** The full description of generated show `id`; the same id always gives the same show. */
export function generatedShowSpec(id: number): ShowSpec {
  const index = id - GENERATED_FIRST_ID;
  const random = createRandom(hashSeed('generated-show', id));
  const title = generatedTitle(index);
  const continuing = random() < 0.55;
  const episodesPerSeason = randomInt(random, 6, 24);
  const seasonCount = randomInt(random, 1, 8);

  return {
    id,
    title,
    description: showSummary(random, title),
    network: pick(random, NETWORKS),
    genres: pickGenres(random),
    status: continuing ? 'Continuing' : 'Ended',
    seasons: Array.from({ length: seasonCount }, () => episodesPerSeason),
    lastSeasonStart: continuing ? randomInt(random, -200, 60) : randomInt(random, -3_000, -200),
    every: pick(random, [7, 7, 7, 0, 0, 1]),
    length: pick(random, LENGTHS),
    language: random() < 0.5 ? 'fr' : 'en',
    hasPoster: random() > 0.15,
    followers: randomInt(random, 50, 60_000),
    platforms: random() < 0.4 ? [pick(random, PLATFORM_KEYS)] : undefined,
  };
}

/** How far `marathon` got in generated show `id`: a spread of every progress state. */
export function marathonFollowSpec(id: number): DemoFollowSpec {
  const random = createRandom(hashSeed('marathon-follow', id));
  const roll = random();
  const followedDaysAgo = randomInt(random, 1, 4_800);
  const lastSeenDaysAgo = randomInt(random, 0, Math.min(followedDaysAgo, 1_500));

  if (roll < 0.25) {
    return { watched: 0, followedDaysAgo };
  }

  if (roll < 0.6) {
    return { watched: randomInt(random, 1, 40), followedDaysAgo, lastSeenDaysAgo };
  }

  if (roll < 0.9) {
    return { watched: 'released', followedDaysAgo, lastSeenDaysAgo, favorited: random() < 0.1 };
  }

  return { watched: randomInt(random, 0, 20), followedDaysAgo, lastSeenDaysAgo, archived: true };
}
