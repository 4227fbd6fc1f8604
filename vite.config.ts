import { fileURLToPath } from 'node:url';
import { defineConfig, loadEnv, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import legacy from '@vitejs/plugin-legacy';
import { warnOnEmbeddedSecret } from './scripts/secretWarning.ts';
import { contentSecurityPolicy } from './scripts/contentSecurityPolicy.ts';
import { dropNoriginDebugLogs } from './scripts/dropNoriginDebugLogs.ts';
import { LEGACY_WEB_API_POLYFILLS } from './src/polyfills.ts';

/**
 * Two outputs from one build: modern ES modules for engines with `import.meta.resolve` (Chrome
 * 105 and later), and SystemJS chunks with core-js polyfills for older ones down to the floor,
 * Chromium 53 (LG webOS 4, 2018). The floor comes from the one `browserslist` query in
 * package.json, which ESLint's compat rule and the CSS lint read too.
 */

/**
 * Drops `crossorigin` from the built index.html: webOS 6 loads packaged apps from file:// and
 * shows a blank screen when a module script carries it.
 */
function stripCrossorigin(): Plugin {
  return {
    name: 'strip-crossorigin',
    enforce: 'post',
    transformIndexHtml: {
      order: 'post',
      handler: (html) => html.replace(/\s+crossorigin(=("[^"]*"|'[^']*'|[^\s>]+))?/g, ''),
    },
  };
}

export default defineConfig(({ mode }) => {
  const env = { ...loadEnv(mode, process.cwd(), 'VITE_'), ...process.env };

  return {
    // Relative asset URLs, because a packaged webOS or Tizen app is loaded from file://.
    base: './',
    resolve: {
      alias: [
        // Norigin imports twelve small lodash functions, which bring lodash's generic iteratee and
        // deep-equality code with them (about 7 kB of gzip on the first load). This module
        // implements what norigin uses, and docs/decisions/0013-lodash-stand-in-and-texts-by-part.md
        // lists what to check on an upgrade.
        { find: /^lodash-es$/, replacement: fileURLToPath(new URL('./src/vendor/lodashEs.ts', import.meta.url)) },
      ],
    },
    plugins: [
      react(),
      legacy({
        // `targets` defaults to the browserslist query. Vite 8 sends an engine to the modern chunks
        // only if it has `import.meta.resolve` (Chrome 105), which has every built-in the code
        // uses, so the modern chunks need no polyfills (19 kB of gzip saved on the first load).
        modernPolyfills: false,
        renderLegacyChunks: true,
        additionalLegacyPolyfills: LEGACY_WEB_API_POLYFILLS,
      }),
      stripCrossorigin(),
      dropNoriginDebugLogs(),
      warnOnEmbeddedSecret(env),
      // Packaged TV apps (scripts/package.ts sets BETASERIES_TV_PACKAGE) load from file://.
      contentSecurityPolicy(env, Boolean(env.BETASERIES_TV_PACKAGE)),
    ],
    build: {
      outDir: 'dist',
      sourcemap: false,
      // Every engine that runs the modern chunks (Chrome 105 and later) has `<link rel=modulepreload>`.
      modulePreload: { polyfill: false },
      rolldownOptions: {
        output: {
          // Each file is compressed alone, so the lazy chunks are grouped rather than one per
          // screen. The groups are the first load (every module the entry imports statically),
          // the sign-in screens (password, chooser, "Who's watching?" with its texts, the on-screen
          // keyboard that Search shares, the reading of a sign-in callback) and everything a
          // signed-in member needs. A higher priority claims a module first, and the last group,
          // with no test, takes the rest.
          codeSplitting: {
            groups: [
              { name: 'start', tags: ['$initial'], priority: 4 },
              {
                name: 'sign-in',
                test: /[\\/]src[\\/](screens[\\/](SignIn|Members)|tv[\\/]keyboard|signin)[\\/]|[\\/]src[\\/]session[\\/]finishRedirectSignIn\.ts$|[\\/]src[\\/]i18n[\\/](whoIsWatchingTexts|signInMethodTexts|messages[\\/](members|signInMethods))\.ts$|[\\/]node_modules[\\/]js-md5[\\/]/,
                priority: 2,
              },
              { name: 'member', priority: 1 },
            ],
          },
        },
      },
    },
    server: {
      host: true,
    },
  };
});
