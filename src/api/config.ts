/** How the client reaches the API. Built once at start from build-time settings. */
export interface ApiConfig {
  /** Base URL without a trailing slash, e.g. `https://api.betaseries.com`. */
  baseUrl: string;
  /** The public API key, sent as `X-BetaSeries-Key` on every call. */
  apiKey: string;
  /**
   * The API key's secret, only in builds that embed it. Absent when a token relay adds it:
   * then `tokenUrl` points at the relay.
   */
  clientSecret?: string;
  /** Where `oauth/access_token` requests go: the API itself, or the token relay. */
  tokenUrl: string;
  /** The UI language sent as `locale`, read at each request so a language change applies at once. */
  getLocale: () => 'fr' | 'en';
  /** Per-request time limit in milliseconds. */
  timeoutMs: number;
}
