import type { ServerResponse } from 'node:http';

/** Headers every sandbox reply carries, so a TV page on another origin can call the API. */
export const CORS_HEADERS: Readonly<Record<string, string>> = {
  'Access-Control-Allow-Origin': '*',
  // Retry-After is not a CORS-safelisted response header: without this a page cannot read it.
  'Access-Control-Expose-Headers': 'Retry-After',
};

export const PREFLIGHT_HEADERS: Readonly<Record<string, string>> = {
  ...CORS_HEADERS,
  'Access-Control-Allow-Methods': 'GET, POST, DELETE, OPTIONS',
  'Access-Control-Allow-Headers':
    'X-BetaSeries-Key, X-BetaSeries-Version, X-BetaSeries-Token, Authorization, Content-Type, Accept',
  'Access-Control-Max-Age': '600',
};

export function sendText(
  res: ServerResponse,
  status: number,
  contentType: string,
  body: string,
  headers: Record<string, string> = {},
): void {
  res.writeHead(status, {
    ...CORS_HEADERS,
    'Content-Type': contentType,
    'Content-Length': String(Buffer.byteLength(body)),
    'Cache-Control': 'no-store',
    ...headers,
  });
  res.end(body);
}

export function sendJson(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  sendText(res, status, 'application/json; charset=utf-8', JSON.stringify(body), headers);
}

export function sendHtml(res: ServerResponse, status: number, html: string): void {
  sendText(res, status, 'text/html; charset=utf-8', html);
}
