import type { Plugin } from 'vite';

/**
 * Warns at build time when the API key's secret is embedded: anything in a TV bundle can be read,
 * so production builds should get tokens through the relay (`VITE_BETASERIES_TOKEN_URL`).
 */
export function warnOnEmbeddedSecret(env: Record<string, string | undefined>): Plugin {
  return {
    name: 'warn-on-embedded-secret',
    apply: 'build',
    buildStart() {
      if (!env.VITE_BETASERIES_CLIENT_SECRET) {
        return;
      }

      const message =
        'VITE_BETASERIES_CLIENT_SECRET is set: the API secret will be readable by anyone who has this build. ' +
        'For a build you distribute, unset it and set VITE_BETASERIES_TOKEN_URL to a token relay (npm run relay).';
      this.warn(message);
      console.warn(`\nWARNING: ${message}\n`);
    },
  };
}
