import { DAY_MS } from '../core/dates';
import { DEMO_MEMBER, type DemoMemberProfile } from '../demoData';
import type { GenreKey } from './genres';

/** Invented films for `movies/member` and `movies/movie`. */

export interface MovieRecord {
  id: number;
  title: string;
  originalTitle: string;
  releaseDate: string;
  director: string;
  /** Seconds. */
  length: number;
  genres: GenreKey[];
  synopsis: string;
  hasPoster: boolean;
  followers: number;
  language: 'fr' | 'en';
}

/** 0 to watch, 1 watched, 2 not interested: the `state` values of the API. */
export type MovieState = 0 | 1 | 2;

export interface MovieEntry {
  movieId: number;
  state: MovieState;
  /** Milliseconds since the epoch; lists are newest first. */
  updatedAt: number;
}

type MovieRow = [id: number, title: string, originalTitle: string, releaseDate: string, director: string, minutes: number, genres: GenreKey[], hasPoster: boolean, language: 'fr' | 'en', synopsis: string];

const MOVIE_ROWS: readonly MovieRow[] = [
  [501, 'Le Dernier Train pour Lisbonne', 'Le Dernier Train pour Lisbonne', '2019-03-13', 'Claire Vasseur', 112, ['Drama', 'Romance'], true, 'fr', 'Deux inconnus partagent un compartiment de nuit et douze heures de confidences.'],
  [502, 'Orbite basse', 'Low Orbit', '2021-10-06', 'Nathan Greer', 128, ['Science-Fiction', 'Thriller'], true, 'en', 'Une astronaute seule à bord d\u2019une station en perdition doit choisir qui sauver.'],
  [503, 'La Fanfare', 'La Fanfare', '2017-07-05', 'Bruno Tellier', 98, ['Comedy'], true, 'fr', 'Une fanfare municipale en faillite tente sa chance à un concours européen.'],
  [504, 'Les Heures Blanches', 'Les Heures Blanches', '2022-01-19', 'Inès Garnier', 104, ['Drama'], false, 'fr', 'Une infirmière de nuit et un patient insomniaque tiennent jusqu\u2019au matin.'],
  [505, 'Cartographes', 'The Mapmakers', '2018-11-21', 'Hannah Price', 121, ['Adventure'], true, 'en', 'En 1851, deux cartographes rivaux partent tracer la même rivière.'],
  [506, 'Minuit à Tanger', 'Minuit à Tanger', '2020-09-30', 'Youssef Benali', 109, ['Thriller', 'Crime'], true, 'fr', 'Un faussaire doit livrer une toile avant minuit. La toile a disparu.'],
  [507, 'Petit Cyclone', 'Little Cyclone', '2023-04-12', 'Maya Lindqvist', 92, ['Animation', 'Family'], true, 'en', 'Un petit cyclone a peur de grandir et de tout emporter.'],
  [508, 'Le Procès Verlaine', 'Le Procès Verlaine', '2016-05-18', 'Alain Deschamps', 135, ['Drama', 'History'], true, 'fr', 'Bruxelles, 1873 : le procès qui a séparé deux poètes.'],
  [509, 'Signal Faible', 'Weak Signal', '2024-02-28', 'Oren Castillo', 101, ['Thriller', 'Mystery'], false, 'en', 'Un radioamateur capte un appel à l\u2019aide venu de sa propre maison.'],
  [510, 'Les Saisonniers', 'Les Saisonniers', '2015-08-26', 'Julie Marchand', 96, ['Comedy', 'Drama'], true, 'fr', 'Un été de vendanges, une équipe disparate, un domaine au bord de la ruine.'],
  [511, 'Chambre 312', 'Room 312', '2019-10-30', 'Derek Holm', 94, ['Thriller', 'Mystery'], true, 'en', 'Un veilleur de nuit découvre qu\u2019une chambre de l\u2019hôtel n\u2019existe pas sur les plans.'],
  [512, 'La Course du Siècle', 'La Course du Siècle', '2021-06-16', 'Paul Arnaud', 117, ['Adventure', 'History'], true, 'fr', 'Paris-Pékin en automobile, 1907, racontée par le mécanicien.'],
  [513, 'Sous les Tilleuls', 'Sous les Tilleuls', '2014-04-02', 'Hélène Roux', 88, ['Romance'], false, 'fr', 'Un été dans une maison de famille, et un amour de jeunesse qui revient.'],
  [514, 'Glasshouse', 'Glasshouse', '2022-11-09', 'Priya Nair', 110, ['Drama', 'Science-Fiction'], true, 'en', 'Dans une serre géante, la dernière botaniste d\u2019une ville sous cloche.'],
  [515, 'Trois Frères et un Âne', 'Trois Frères et un Âne', '2018-02-14', 'Marc Olivier', 90, ['Comedy', 'Family'], true, 'fr', 'Trois frères brouillés traversent les Cévennes pour disperser les cendres de leur père.'],
  [516, 'Le Vent du Nord', 'North Wind', '2020-12-16', 'Erik Sandvik', 126, ['Adventure', 'Drama'], true, 'en', 'Un trappeur et sa fille face au plus long hiver du siècle.'],
  [517, 'Opération Colibri', 'Opération Colibri', '2023-09-20', 'Sofia Lemaire', 106, ['Action', 'Comedy'], true, 'fr', 'Une agente secrète en congé maternité reprend du service avec son bébé.'],
  [518, 'The Ninth Floor', 'The Ninth Floor', '2017-10-25', 'Grace Whitman', 99, ['Mystery'], true, 'en', 'Un ascenseur s\u2019arrête à un étage qui n\u2019existe pas.'],
  [519, 'Lumière Noire', 'Lumière Noire', '2025-01-22', 'Karim Haddad', 114, ['Crime', 'Drama'], true, 'fr', 'Un photographe de presse se retrouve sur toutes les photos d\u2019une série de cambriolages.'],
  [520, 'Paper Boats', 'Paper Boats', '2016-03-09', 'Aiko Tanaka', 87, ['Animation'], false, 'en', 'Un garçon envoie des bateaux de papier à sa grand-mère, de l\u2019autre côté de la mer.'],
  [521, 'Le Goût des Autres Jours', 'Le Goût des Autres Jours', '2024-06-05', 'Lucie Perrin', 102, ['Drama'], true, 'fr', 'Une cheffe perd le goût et doit réapprendre à cuisiner.'],
  [522, 'Highway Saints', 'Highway Saints', '2015-11-18', 'Cole Ramsey', 119, ['Action', 'Crime'], true, 'en', 'Deux convoyeurs de fonds décident de ne pas livrer.'],
  [523, 'La Nuit des Étoiles', 'La Nuit des Étoiles', '2022-08-10', 'Thomas Girard', 95, ['Family', 'Comedy'], true, 'fr', 'Une nuit d\u2019août, tout un village monte sur la colline pour voir les étoiles filantes.'],
  [524, 'Ironbound', 'Ironbound', '2021-03-03', 'Dana Kowalski', 131, ['Drama', 'History'], true, 'en', 'Newark, 1967 : une famille d\u2019ouvriers portugais pendant l\u2019été des émeutes.'],
];

export const MOVIES: readonly MovieRecord[] = MOVIE_ROWS.map(
  ([id, title, originalTitle, releaseDate, director, minutes, genres, hasPoster, language, synopsis]) => ({
    id,
    title,
    originalTitle,
    releaseDate,
    director,
    length: minutes * 60,
    genres,
    synopsis,
    hasPoster,
    followers: (id * 7_919) % 40_000,
    language,
  }),
);

export function findMovie(id: number): MovieRecord | undefined {
  return MOVIES.find((movie) => movie.id === id);
}

/** `demo` has 14 films in mixed states; `marathon` has all of them. */
export function initialMovies(profile: DemoMemberProfile, nowMs: number): Map<number, MovieEntry> {
  const demoStates: MovieState[] = [0, 0, 1, 1, 1, 0, 2, 1, 0, 1, 0, 1, 2, 0];
  const movies = profile.id === DEMO_MEMBER.id ? MOVIES.slice(0, demoStates.length) : MOVIES;
  const entries = new Map<number, MovieEntry>();

  movies.forEach((movie, index) => {
    const state = profile.id === DEMO_MEMBER.id ? (demoStates[index] ?? 0) : ((index % 3) as MovieState);
    entries.set(movie.id, { movieId: movie.id, state, updatedAt: nowMs - (index + 1) * 3 * DAY_MS });
  });

  return entries;
}
