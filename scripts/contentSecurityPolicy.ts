import { createHash } from 'node:crypto';
import type { Plugin } from 'vite';

/**
 * Adds a Content-Security-Policy `<meta>` to the hosted build's index.html. Scripts: the app's own
 * files plus the hashes of the inline scripts that @vitejs/plugin-legacy writes (modern-browser
 * detection and the legacy loader), so no other inline script runs. Connections: the page's
 * origin, the API and the token relay. Packaged TV builds (`skip`) get none, because they load
 * from file:// where `'self'` matches nothing useful on some engines.
 */

function origin(url: string | undefined): string | null {
  if (!url) {
    return null;
  }

  try {
    return new URL(url).origin;
  } catch {
    throw new Error(`"${url}" is not an absolute URL: set VITE_BETASERIES_API_URL and VITE_BETASERIES_TOKEN_URL to full http(s) addresses.`);
  }
}

function inlineScriptHashes(html: string): string[] {
  const hashes: string[] = [];

  for (const match of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)) {
    const attributes = match[1] ?? '';
    const body = match[2] ?? '';
    if (/\bsrc=/.test(attributes) || body.trim() === '') {
      continue;
    }
    hashes.push(`'sha256-${createHash('sha256').update(body).digest('base64')}'`);
  }

  return hashes;
}

/**
 * @vitejs/plugin-legacy 8 tells modern engines by importing a `data:` module that throws without
 * `import.meta.resolve`. A policy that allows `data:` scripts would let injected markup run code,
 * so the same test moves to a file of the build, which `'self'` allows.
 */
const DATA_MODULE_IMPORT = /import\s*'data:text\/javascript,[^']*import\.meta\.resolve not supported[^']*'/g;
const MODERN_CHECK_FILE = 'assets/modern-check.js';
const MODERN_CHECK_SOURCE = 'if(!import.meta.resolve)throw Error("import.meta.resolve not supported");\n';

export function contentSecurityPolicy(env: Record<string, string | undefined>, skip: boolean): Plugin {
  return {
    name: 'content-security-policy',
    apply: 'build',
    enforce: 'post',
    generateBundle(_options, bundle) {
      if (skip) {
        return;
      }

      for (const output of Object.values(bundle)) {
        if (output.type === 'chunk' && output.code.includes('data:text/javascript')) {
          // Chunks live in assets/, beside the check.
          output.code = output.code.replace(DATA_MODULE_IMPORT, "import'./modern-check.js'");
        }
      }

      this.emitFile({ type: 'asset', fileName: MODERN_CHECK_FILE, source: MODERN_CHECK_SOURCE });
    },
    transformIndexHtml: {
      order: 'post',
      handler(html) {
        if (skip) {
          return html;
        }

        html = html.replace(DATA_MODULE_IMPORT, `import'./${MODERN_CHECK_FILE}'`);
        if (html.includes('data:text/javascript')) {
          throw new Error('index.html still imports a data: module: @vitejs/plugin-legacy changed its modern-browser test; update DATA_MODULE_IMPORT.');
        }

        const connect = new Set(["'self'"]);
        for (const url of [env.VITE_BETASERIES_API_URL, env.VITE_BETASERIES_TOKEN_URL]) {
          const allowed = origin(url);
          if (allowed) {
            connect.add(allowed);
          }
        }

        // Posters come from the pictures CDN (real API) or from the sandbox's network address,
        // which can differ from the page's when a phone and a TV share the demo.
        const policy = [
          "default-src 'self'",
          `script-src 'self' ${inlineScriptHashes(html).join(' ')}`.trim(),
          "style-src 'self' 'unsafe-inline'",
          'img-src \'self\' data: blob: http: https:',
          `connect-src ${[...connect].join(' ')}`,
          "font-src 'self'",
          "object-src 'none'",
          "base-uri 'none'",
          "form-action 'none'",
        ].join('; ');

        return html.replace('<head>', `<head>\n    <meta http-equiv="Content-Security-Policy" content="${policy}">`);
      },
    },
  };
}
