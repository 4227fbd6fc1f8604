import type { ApiConfig } from '../api/config';

/**
 * Build-time settings (Vite `VITE_*` variables, read once at start). With none set, the app
 * talks to the sandbox that `npm start` serves beside it, under `/api` on the page's own origin.
 */

/** The sandbox's demo credentials. They open nothing but the local sandbox. */
export const SANDBOX_API_KEY = 'sandbox-demo-key';
export const SANDBOX_CLIENT_SECRET = 'sandbox-demo-secret';

/** Per-request time limit: long enough for a slow TV Wi-Fi, short enough to show "retrying". */
const DEFAULT_TIMEOUT_MS = 15_000;

interface BuildEnv {
  VITE_BETASERIES_API_URL?: string;
  VITE_BETASERIES_API_KEY?: string;
  VITE_BETASERIES_CLIENT_SECRET?: string;
  VITE_BETASERIES_TOKEN_URL?: string;
}

function trimSlash(url: string): string {
  return url.replace(/\/+$/, '');
}

/** Resolves `api` against the page, so the sandbox build works from any host and port. */
function sandboxBaseUrl(): string {
  return trimSlash(new URL('api', window.location.href).href);
}

export function loadApiConfig(getLocale: ApiConfig['getLocale'], env: BuildEnv = import.meta.env as BuildEnv): ApiConfig {
  const usesSandbox = !env.VITE_BETASERIES_API_URL;
  const baseUrl = usesSandbox ? sandboxBaseUrl() : trimSlash(env.VITE_BETASERIES_API_URL as string);
  const apiKey = env.VITE_BETASERIES_API_KEY || (usesSandbox ? SANDBOX_API_KEY : '');

  if (!apiKey) {
    throw new Error(
      'VITE_BETASERIES_API_KEY is not set: set it to your BetaSeries API key when VITE_BETASERIES_API_URL is set, or unset both to use the sandbox.',
    );
  }

  const relayUrl = env.VITE_BETASERIES_TOKEN_URL ? trimSlash(env.VITE_BETASERIES_TOKEN_URL) : null;
  const clientSecret = env.VITE_BETASERIES_CLIENT_SECRET || (usesSandbox && !relayUrl ? SANDBOX_CLIENT_SECRET : undefined);

  return {
    baseUrl,
    apiKey,
    clientSecret,
    tokenUrl: relayUrl ?? `${baseUrl}/oauth/access_token`,
    getLocale,
    timeoutMs: DEFAULT_TIMEOUT_MS,
  };
}
