/**
 * The app's own types for what the API returns. `src/api` turns raw JSON into these: numbers
 * are numbers, missing images are `null`, dates are `YYYY-MM-DD` strings or `null`.
 */

export type Locale = 'fr' | 'en';

/** The reply of `POST /oauth/device`, normalized across BetaSeries and RFC 8628 servers. */
export interface DeviceCode {
  deviceCode: string;
  /** Shown exactly as the server sent it (BetaSeries: `975-820`). */
  userCode: string;
  /** The address the member types the code at (`verification_url` or `verification_uri`). */
  verificationUrl: string;
  /** RFC 8628's address with the code filled in; BetaSeries never sends one. */
  verificationUrlComplete: string | null;
  expiresInSeconds: number;
  /** Seconds between polls; 5 when the server sends none. */
  intervalSeconds: number;
}

export interface MemberStats {
  shows: number;
  seasons: number;
  episodes: number;
  episodesToWatch: number;
  /** Minutes. */
  timeOnTv: number;
  /** Minutes. */
  timeToSpend: number;
  movies: number;
  badges: number;
}

export interface Member {
  id: number;
  login: string;
  xp: number;
  locale: string | null;
  avatar: string | null;
  stats: MemberStats;
}

export interface EpisodeShow {
  id: number;
  title: string;
  poster: string | null;
}

export interface Episode {
  id: number;
  title: string;
  season: number;
  episode: number;
  /** `S02E01`. */
  code: string;
  description: string;
  /** `YYYY-MM-DD`, or null when unknown. */
  date: string | null;
  special: boolean;
  seen: boolean;
  show: EpisodeShow;
}

export interface UnwatchedShow {
  id: number;
  title: string;
  /** Episodes left to watch in this show. */
  remaining: number;
  unseen: Episode[];
}

export interface UnwatchedList {
  shows: UnwatchedShow[];
  total: number;
  totalEpisodes: number;
}

/** A rating summary (`note` on episodes, `notes` on shows and movies). */
export interface Rating {
  /** Number of votes. */
  total: number;
  mean: number;
  /** The member's own rating, 0 when they gave none. */
  user: number;
}

/** A streaming link shown under an episode (`platform_links`). */
export interface PlatformLink {
  platform: string;
  /** A CSS colour such as `#E50914`, or null. */
  color: string | null;
  logo: string | null;
  link: string | null;
}

/** An episode with every field `episodes/display`, `shows/episodes` and `planning/member` send. */
export interface EpisodeDetails extends Episode {
  /** Position across all seasons. */
  global: number;
  /** `YYYY-MM-DD` when the member marked it watched, or null. */
  seenDate: string | null;
  downloaded: boolean;
  note: Rating;
  platformLinks: PlatformLink[];
  resourceUrl: string | null;
}

export interface ShowImages {
  show: string | null;
  banner: string | null;
  box: string | null;
  poster: string | null;
}

/** The next episode to watch in a show, from `user.next`. */
export interface NextEpisode {
  id: number;
  /** `S01E09`. */
  code: string;
  /** `YYYY-MM-DD`, or null when unknown. */
  date: string | null;
  title: string;
}

/** The signed-in member's relation to a show (`user`). */
export interface ShowMemberState {
  archived: boolean;
  favorited: boolean;
  /** Episodes left to watch. */
  remaining: number;
  /** Share of aired episodes seen, 0 to 100 (`user.status` in the API). */
  progressPercent: number;
  /** Code of the last episode seen (`S01E08`), or null. */
  lastEpisodeCode: string | null;
  next: NextEpisode | null;
}

export interface SeasonSummary {
  number: number;
  episodes: number;
}

/** A subscription streaming service that offers the show (`platforms.svods`). */
export interface StreamingService {
  id: number;
  name: string;
  logo: string | null;
  link: string | null;
}

export type ShowStatus = 'continuing' | 'ended' | 'unknown';

export interface Show {
  id: number;
  title: string;
  description: string;
  seasons: number;
  seasonsDetails: SeasonSummary[];
  episodes: number;
  followers: number;
  /** First air year as sent (`"2010"`), or null. */
  creation: string | null;
  /** Genre names in the request's locale. */
  genres: string[];
  /** Minutes per episode. */
  length: number;
  network: string | null;
  status: ShowStatus;
  notes: Rating;
  inAccount: boolean;
  images: ShowImages;
  /** Null when the reply has no `user` object (no token sent). */
  user: ShowMemberState | null;
  streamingServices: StreamingService[];
  resourceUrl: string | null;
}

/** One page of `shows/member`. */
export interface MemberShowsPage {
  shows: Show[];
  /** All shows matching the filter, across pages. */
  total: number;
  totalMissingShows: number;
}

/** A season as `shows/seasons` lists it. */
export interface Season {
  number: number;
  episodes: number;
  /** True when the member has seen every episode of it. */
  seen: boolean;
  image: string | null;
}

/** `movies/member` states: 0 to watch, 1 watched, 2 not interested. */
export type MovieState = 0 | 1 | 2;

export interface Movie {
  id: number;
  title: string;
  originalTitle: string | null;
  synopsis: string;
  poster: string | null;
  backdrop: string | null;
  productionYear: number | null;
  /** `YYYY-MM-DD`, or null. */
  releaseDate: string | null;
  director: string | null;
  genres: string[];
  followers: number;
  notes: Rating;
  /** The member's state for this movie, or null when it is not in their account. */
  state: MovieState | null;
}

export interface MemberMoviesPage {
  movies: Movie[];
  total: number;
}

export interface Notification {
  id: number;
  /** `episode`, `badge`, `friend`, … as sent. */
  type: string;
  /** Plain text. The API's `html` version contains markup written by other members and is dropped. */
  text: string;
  /** `YYYY-MM-DDTHH:MM:SS` without a time zone, or null. */
  date: string | null;
  seen: boolean;
  /** `YYYY-MM-DDTHH:MM:SS` when the reply dates the reading, or null. */
  seenAt: string | null;
  /** Type-specific data as sent. */
  payload: Record<string, unknown>;
}
