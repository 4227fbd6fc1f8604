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
