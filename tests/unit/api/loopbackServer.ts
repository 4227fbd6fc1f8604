import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { ApiConfig } from '../../../src/api/config';

/** One request as the loopback server received it. */
export interface ReceivedRequest {
  method: string;
  url: URL;
  headers: http.IncomingHttpHeaders;
  body: string;
}

export type LoopbackHandler = (request: ReceivedRequest, response: http.ServerResponse) => void;

export interface LoopbackServer {
  /** `http://127.0.0.1:<port>`, without a trailing slash. */
  url: string;
  requests: ReceivedRequest[];
  close(): Promise<void>;
}

/**
 * Starts an HTTP server on 127.0.0.1 with a free port. Each request is recorded with its full
 * body before `handler` runs. `close` also cuts connections a handler left open on purpose.
 */
export async function startLoopbackServer(handler: LoopbackHandler): Promise<LoopbackServer> {
  const requests: ReceivedRequest[] = [];

  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const received: ReceivedRequest = {
        method: req.method ?? '',
        url: new URL(req.url ?? '/', 'http://127.0.0.1'),
        headers: req.headers,
        body: Buffer.concat(chunks).toString('utf8'),
      };
      requests.push(received);
      handler(received, res);
    });
  });

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** Sends a JSON body with the given status. */
export function sendJson(response: http.ServerResponse, status: number, body: unknown): void {
  response.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8' });
  response.end(JSON.stringify(body));
}

/** Builds a client config aimed at a loopback server, with a secret unless `overrides` removes it. */
export function loopbackConfig(baseUrl: string, overrides: Partial<ApiConfig> = {}): ApiConfig {
  return {
    baseUrl,
    apiKey: 'unit-test-key',
    clientSecret: 'unit-test-secret',
    tokenUrl: `${baseUrl}/oauth/access_token`,
    getLocale: () => 'fr',
    timeoutMs: 5_000,
    ...overrides,
  };
}
