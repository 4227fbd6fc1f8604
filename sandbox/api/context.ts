import type { IncomingHttpHeaders } from 'node:http';
import type { Params } from '../http/requestParams';
import type { SandboxState } from '../sandboxState';
import type { Locale } from './apiFailure';

export interface SandboxSettings {
  pollIntervalSeconds: number;
  codeLifetimeSeconds: number;
  /** The key flow's callback (the one configured for the API key on the live API), or null for the request's origin. */
  memberKeyCallbackUrl: string | null;
}

/** Everything a handler needs for one API request. */
export interface ApiContext {
  method: string;
  /** The API path without prefix or query, e.g. `/episodes/list`. */
  path: string;
  params: Params;
  headers: IncomingHttpHeaders;
  locale: Locale;
  /** Origin phones and image tags use, without a trailing slash. */
  publicUrl: string;
  nowMs: number;
  /** Today as a day number (see `core/dates.ts`), for "aired" and "upcoming". */
  today: number;
  state: SandboxState;
  settings: SandboxSettings;
  /** Set by the `tokenRejected` fault: every token counts as revoked. */
  rejectTokens: boolean;
  log: (line: string) => void;
}

/** A handler returns the reply's fields; the pipeline adds `"errors": []`. */
export type ApiHandler = (ctx: ApiContext) => Record<string, unknown>;
