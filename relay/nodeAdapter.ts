import http from 'node:http';
import type { RelayContext } from './tokenRelay';

/**
 * Serves a fetch-style handler on Node's `http` server: Node 20 has `Request` and `Response` but
 * no built-in bridge from `IncomingMessage`.
 */
export function serveFetchHandler(
  handler: (request: Request, context: RelayContext) => Promise<Response>,
  onError: (error: unknown) => void,
): http.Server {
  return http.createServer(async (req, res) => {
    try {
      const url = `http://${req.headers.host ?? 'localhost'}${req.url ?? '/'}`;
      const headers = new Headers();
      for (const [name, value] of Object.entries(req.headers)) {
        if (typeof value === 'string') {
          headers.set(name, value);
        } else if (Array.isArray(value)) {
          headers.set(name, value.join(', '));
        }
      }

      const hasBody = req.method !== 'GET' && req.method !== 'HEAD';
      const request = new Request(url, {
        method: req.method,
        headers,
        body: hasBody ? (req as unknown as ReadableStream<Uint8Array>) : undefined,
        // Node's fetch needs this to stream a request body.
        duplex: 'half',
      } as RequestInit);

      const response = await handler(request, { clientAddress: req.socket.remoteAddress ?? undefined });
      const outgoing: Record<string, string> = {};
      response.headers.forEach((value, name) => {
        outgoing[name] = value;
      });

      res.writeHead(response.status, outgoing);
      res.end(Buffer.from(await response.arrayBuffer()));
    } catch (error) {
      onError(error);
      if (!res.headersSent) {
        res.writeHead(500, { 'Content-Type': 'application/json', 'Cache-Control': 'no-store' });
      }
      res.end(JSON.stringify({ errors: [{ code: 0, text: 'The relay failed.' }] }));
    }
  });
}
