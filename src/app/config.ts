import type { ApiConfig } from '../api/config';

/**
 * Build-time settings (Vite `VITE_*` variables). With none set, the app talks to the sandbox that
 * `npm start` serves beside it, under `/api` on the page's own origin.
 */

/** The sandbox's demo credentials. They open nothing but the local sandbox. */
export const SANDBOX_API_KEY = 'sandbox-demo-key';
export const SANDBOX_CLIENT_SECRET = 'sandbox-demo-secret';

/** Per-request time limit: long enough for a slow TV Wi-Fi, short enough to show "retrying". */
const DEFAULT_TIMEOUT_MS = 15_000;

export interface BuildEnv {
  VITE_BETASERIES_API_URL?: string;
  VITE_BETASERIES_API_KEY?: string;
  VITE_BETASERIES_CLIENT_SECRET?: string;
  VITE_BETASERIES_TOKEN_URL?: string;
}

/**
 * The settings of this build. Each `import.meta.env.VITE_*` is written out in full so Vite replaces
 * it with a literal and the minifier drops the sandbox branch (and its demo secret) from builds
 * for the real API.
 */
export const BUILD_ENV: BuildEnv = {
  VITE_BETASERIES_API_URL: import.meta.env.VITE_BETASERIES_API_URL,
  VITE_BETASERIES_API_KEY: import.meta.env.VITE_BETASERIES_API_KEY,
  VITE_BETASERIES_CLIENT_SECRET: import.meta.env.VITE_BETASERIES_CLIENT_SECRET,
  VITE_BETASERIES_TOKEN_URL: import.meta.env.VITE_BETASERIES_TOKEN_URL,
};

/**
 * The demo secret, only in sandbox builds: the condition is a literal after Vite's replacement,
 * so the minifier removes the string from builds for the real API.
 */
const SANDBOX_SECRET_IN_THIS_BUILD = import.meta.env.VITE_BETASERIES_API_URL ? undefined : SANDBOX_CLIENT_SECRET;

function trimSlash(url: string): string {
  return url.replace(/\/+$/, '');
}

/** Resolves `api` against the page, so the sandbox build works from any host and port. */
function sandboxBaseUrl(): string {
  return trimSlash(new URL('api', window.location.href).href);
}

/** Builds the API settings from the build's environment; `env` is a parameter for tests. */
export function loadApiConfig(getLocale: ApiConfig['getLocale'], env: BuildEnv = BUILD_ENV): ApiConfig {
  const relayUrl = env.VITE_BETASERIES_TOKEN_URL ? trimSlash(env.VITE_BETASERIES_TOKEN_URL) : null;

  if (!env.VITE_BETASERIES_API_URL) {
    const baseUrl = sandboxBaseUrl();
    return {
      baseUrl,
      apiKey: env.VITE_BETASERIES_API_KEY || SANDBOX_API_KEY,
      clientSecret: relayUrl ? undefined : env.VITE_BETASERIES_CLIENT_SECRET || SANDBOX_SECRET_IN_THIS_BUILD,
      tokenUrl: relayUrl ?? `${baseUrl}/oauth/access_token`,
      getLocale,
      timeoutMs: DEFAULT_TIMEOUT_MS,
    };
  }

  if (!env.VITE_BETASERIES_API_KEY) {
    throw new Error(
      'VITE_BETASERIES_API_KEY is not set: set it to your BetaSeries API key when VITE_BETASERIES_API_URL is set, or unset both to use the sandbox.',
    );
  }

  const baseUrl = trimSlash(env.VITE_BETASERIES_API_URL);
  return {
    baseUrl,
    apiKey: env.VITE_BETASERIES_API_KEY,
    clientSecret: env.VITE_BETASERIES_CLIENT_SECRET || undefined,
    tokenUrl: relayUrl ?? `${baseUrl}/oauth/access_token`,
    getLocale,
    timeoutMs: DEFAULT_TIMEOUT_MS,
  };
}
