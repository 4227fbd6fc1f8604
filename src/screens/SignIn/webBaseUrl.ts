import type { ApiConfig } from '../../api/config';
import { SANDBOX_API_KEY } from '../../app/config';

interface WebEnv {
  VITE_BETASERIES_WEB_URL?: string;
}

function httpOrigin(value: string): string | null {
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.origin : null;
  } catch {
    return null;
  }
}

/**
 * Returns the origin of the BetaSeries pages a redirect sign-in opens (`/authorize`, `/oauth`),
 * or null when the build does not name one, which hides those methods. `VITE_BETASERIES_WEB_URL`
 * sets it. Without it, a sandbox build whose API sits on the page's own server (as `npm start`
 * serves it) uses that server, where the sandbox serves the pages. No real BetaSeries address is
 * a default, because the app must reach no outside host unless the build sets one.
 *
 * NOTE: `VITE_BETASERIES_WEB_URL` belongs in `src/app/config.ts` with the other build settings;
 * it is read here until it moves there.
 */
export function resolveWebBaseUrl(config: ApiConfig, pageUrl: string, env: WebEnv = import.meta.env as WebEnv): string | null {
  if (env.VITE_BETASERIES_WEB_URL) {
    return httpOrigin(env.VITE_BETASERIES_WEB_URL);
  }

  const pageOrigin = httpOrigin(pageUrl);
  if (config.apiKey !== SANDBOX_API_KEY || pageOrigin === null) {
    return null;
  }

  return httpOrigin(config.baseUrl) === pageOrigin ? pageOrigin : null;
}
