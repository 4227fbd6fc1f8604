import type { IncomingHttpHeaders } from 'node:http';

/**
 * Returns `http://` plus the request's `Host`: the origin the browser or TV reached the sandbox
 * at, which can differ from `publicUrl` (a TV on `localhost`, phones on the network address).
 * Falls back to `http://127.0.0.1` when `Host` is missing or not a plain host name.
 */
export function requestOrigin(headers: IncomingHttpHeaders): string {
  const host = headers.host ?? '';

  return /^[A-Za-z0-9.\-:[\]]+$/.test(host) ? `http://${host}` : 'http://127.0.0.1';
}
