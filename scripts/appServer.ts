import http from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { createSandbox, type Sandbox, type SandboxOptions } from '../sandbox/server';

/**
 * One HTTP server for the built TV app and the sandbox: the app at `/`, the sandbox API under
 * `/api`, and the phone pages (`/device`) and poster images at the root. One port is simpler to
 * type on a TV and to open from a phone than two.
 */

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.json': 'application/json; charset=utf-8',
  '.ico': 'image/x-icon',
  '.webmanifest': 'application/manifest+json',
  '.txt': 'text/plain; charset=utf-8',
};

export interface AppServerOptions {
  /** Folder of the built app (`vite build` output). */
  distDir: string;
  /** `127.0.0.1` for tests; `0.0.0.0` to be reachable from a phone on the same network. */
  host: string;
  /** 0 picks a free port. */
  port: number;
  /** The origin a phone uses to reach this server; defaults to the listening address. */
  publicUrl?: string;
  sandbox?: Omit<SandboxOptions, 'apiPrefix' | 'publicUrl'>;
}

export interface AppServer {
  /** `http://127.0.0.1:PORT` style origin of the listening socket. */
  url: string;
  port: number;
  sandbox: Sandbox;
  close(): Promise<void>;
}

/** Resolves `urlPath` inside `root`, or returns null when it would escape it. */
function resolveInside(root: string, urlPath: string): string | null {
  const decoded = decodeURIComponent(urlPath.split('?')[0] ?? '/');
  const relative = decoded === '/' ? 'index.html' : decoded.replace(/^\/+/, '');
  const full = path.resolve(root, relative);

  if (full !== root && !full.startsWith(root + path.sep)) {
    return null;
  }

  return full;
}

async function serveStatic(root: string, req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.writeHead(405, { Allow: 'GET, HEAD' }).end();
    return;
  }

  let file: string | null;
  try {
    file = resolveInside(root, req.url ?? '/');
  } catch {
    file = null;
  }

  if (!file) {
    res.writeHead(400, { 'Content-Type': 'text/plain' }).end('Bad path');
    return;
  }

  try {
    const info = await stat(file);
    if (info.isDirectory()) {
      file = path.join(file, 'index.html');
    }

    const body = await readFile(file);
    const type = CONTENT_TYPES[path.extname(file)] ?? 'application/octet-stream';

    // Hashed assets never change; index.html must always be fetched fresh.
    const cache = file.includes(`${path.sep}assets${path.sep}`) ? 'public, max-age=31536000, immutable' : 'no-cache';
    res.writeHead(200, { 'Content-Type': type, 'Content-Length': body.length, 'Cache-Control': cache });
    res.end(req.method === 'HEAD' ? undefined : body);
  } catch {
    res.writeHead(404, { 'Content-Type': 'text/plain' }).end('Not found');
  }
}

/** The host part of a URL for a listening address: wildcards become loopback, IPv6 gets brackets. */
function hostForUrl(host: string): string {
  if (host === '0.0.0.0' || host === '::') {
    return '127.0.0.1';
  }

  return host.includes(':') ? `[${host}]` : host;
}

export async function startAppServer(options: AppServerOptions): Promise<AppServer> {
  const root = path.resolve(options.distDir);
  const sandbox = createSandbox({ ...options.sandbox, apiPrefix: '/api', publicUrl: options.publicUrl });

  const server = http.createServer((req, res) => {
    if (sandbox.handle(req, res)) {
      return;
    }

    serveStatic(root, req, res).catch((error: unknown) => {
      console.error('app server: static file failed', { url: req.url, error: String(error) });
      if (!res.headersSent) {
        res.writeHead(500).end();
      }
    });
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host, () => resolve());
  });

  const port = (server.address() as AddressInfo).port;
  const url = `http://${hostForUrl(options.host)}:${port}`;
  if (!options.publicUrl) {
    sandbox.setPublicUrl(url);
  }

  return {
    url,
    port,
    sandbox,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
