/** Genre keys as the API sends them (English keys), with the names `locale` selects. */
export const GENRES = {
  Action: { fr: 'Action', en: 'Action' },
  Adventure: { fr: 'Aventure', en: 'Adventure' },
  Animation: { fr: 'Animation', en: 'Animation' },
  Anime: { fr: 'Anime', en: 'Anime' },
  Comedy: { fr: 'Comédie', en: 'Comedy' },
  Crime: { fr: 'Policier', en: 'Crime' },
  Documentary: { fr: 'Documentaire', en: 'Documentary' },
  Drama: { fr: 'Drame', en: 'Drama' },
  Family: { fr: 'Famille', en: 'Family' },
  Fantasy: { fr: 'Fantastique', en: 'Fantasy' },
  History: { fr: 'Historique', en: 'History' },
  Mystery: { fr: 'Mystère', en: 'Mystery' },
  Reality: { fr: 'Téléréalité', en: 'Reality' },
  Romance: { fr: 'Romance', en: 'Romance' },
  'Science-Fiction': { fr: 'Science-fiction', en: 'Science Fiction' },
  Thriller: { fr: 'Thriller', en: 'Thriller' },
} as const;

export type GenreKey = keyof typeof GENRES;

export const GENRE_KEYS = Object.keys(GENRES) as GenreKey[];
