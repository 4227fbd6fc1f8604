import type { IncomingMessage, ServerResponse } from 'node:http';
import { STATUS_CODES } from 'node:http';
import { CORS_HEADERS, sendJson, sendText } from '../http/replies';
import type { Fault } from './faultController';

/** Faults that replace the whole reply before the request reaches a handler. */
export const REPLACING_FAULTS = ['drop', 'html5xx', 'malformedJson', 'slowDown', 'status'] as const;

function retryAfter(fault: Fault): Record<string, string> {
  return fault.retryAfterSeconds === undefined ? {} : { 'Retry-After': String(fault.retryAfterSeconds) };
}

/** Builds an error page like the ones CDNs send when the origin server is down. */
function cdnErrorPage(status: number): string {
  const title = `${status} ${STATUS_CODES[status] ?? 'Error'}`;
  return [
    '<!DOCTYPE html>',
    `<html><head><title>${title}</title></head>`,
    `<body><h1>${title}</h1><p>The origin server did not answer in time. Please try again in a few minutes.</p>`,
    '<hr><address>edge-cache</address></body></html>',
  ].join('\n');
}

export function sendFaultReply(req: IncomingMessage, res: ServerResponse, fault: Fault): void {
  switch (fault.kind) {
    case 'drop':
      // No status line, no body: the client sees a reset connection.
      req.socket.destroy();
      return;
    case 'html5xx': {
      const status = fault.status ?? 502;
      sendText(res, status, 'text/html; charset=utf-8', cdnErrorPage(status), retryAfter(fault));
      return;
    }
    case 'malformedJson':
      // A reply cut in the middle, as when a proxy truncates it.
      res.writeHead(200, { ...CORS_HEADERS, 'Content-Type': 'application/json; charset=utf-8' });
      res.end('{"shows":[{"id":101,"title":"Le Bureau');
      return;
    case 'slowDown':
      // RFC 8628 section 3.5; BetaSeries has never been seen sending it.
      sendJson(res, 400, { error: 'slow_down' });
      return;
    case 'status': {
      const status = fault.status ?? 429;
      sendText(res, status, 'text/plain; charset=utf-8', `${status} ${STATUS_CODES[status] ?? ''}`.trim(), retryAfter(fault));
      return;
    }
    default:
      throw new Error(`Fault "${fault.kind}" does not replace the reply.`);
  }
}

/**
 * Gives the reply's first field a wrong type (the `wrongShape` fault): a list or an object
 * becomes a string, anything else becomes an object. A reply with no field gets a string
 * `errors`.
 */
export function breakShape(body: Record<string, unknown>): Record<string, unknown> {
  const [firstKey] = Object.keys(body);
  if (firstKey === undefined) {
    return { errors: 'none' };
  }

  const value = body[firstKey];
  const wrong = value !== null && typeof value === 'object' ? `${firstKey} unavailable` : {};
  return { ...body, [firstKey]: wrong, errors: [] };
}
