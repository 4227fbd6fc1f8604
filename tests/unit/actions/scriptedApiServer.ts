import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { createApiClient, type ApiClient } from '../../../src/api/client';

/** One scripted reply. Without one, a request gets 200 `{"errors":[]}`. */
export interface ScriptedReply {
  status?: number;
  /** An object is sent as JSON, and a string is sent as it is. */
  body?: unknown;
  contentType?: string;
  headers?: Record<string, string>;
  /** Destroys the socket without a reply, as a lost connection does. */
  drop?: boolean;
  /** The reply waits until this settles, so a test can look at the queue mid-request. */
  holdUntil?: Promise<void>;
}

/** One request as the server received it. */
export interface ReceivedApiRequest {
  method: string;
  path: string;
  /** Query string and form body together. */
  params: URLSearchParams;
  authorization: string | undefined;
}

export interface ScriptedApiServer {
  url: string;
  /** Replies for the next requests, in order. */
  replies: ScriptedReply[];
  requests: ReceivedApiRequest[];
  /** The highest number of requests the server held at once. */
  maxInFlight(): number;
  client(): ApiClient;
  close(): Promise<void>;
}

/** Starts a loopback HTTP server that replies to API requests from a script. */
export async function startScriptedApiServer(): Promise<ScriptedApiServer> {
  const replies: ScriptedReply[] = [];
  const requests: ReceivedApiRequest[] = [];
  let inFlight = 0;
  let peak = 0;

  const server = http.createServer((req, res) => {
    inFlight += 1;
    peak = Math.max(peak, inFlight);
    res.on('close', () => {
      inFlight -= 1;
    });

    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const url = new URL(req.url ?? '/', 'http://127.0.0.1');
      const params = new URLSearchParams(url.search);
      new URLSearchParams(Buffer.concat(chunks).toString('utf8')).forEach((value, key) => params.append(key, value));
      requests.push({ method: req.method ?? '', path: url.pathname, params, authorization: req.headers.authorization });

      void answer(req, res, replies.shift() ?? {});
    });
  });

  async function answer(req: http.IncomingMessage, res: http.ServerResponse, reply: ScriptedReply): Promise<void> {
    await reply.holdUntil;

    if (reply.drop) {
      req.socket.destroy();
      return;
    }

    const body = reply.body ?? { errors: [] };
    const text = typeof body === 'string' ? body : JSON.stringify(body);
    res.writeHead(reply.status ?? 200, { 'Content-Type': reply.contentType ?? 'application/json', ...reply.headers });
    res.end(text);
  }

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const url = `http://127.0.0.1:${port}`;

  return {
    url,
    replies,
    requests,
    maxInFlight: () => peak,
    client: () =>
      createApiClient({
        baseUrl: url,
        apiKey: 'unit-test-key',
        tokenUrl: `${url}/oauth/access_token`,
        getLocale: () => 'fr',
        timeoutMs: 5_000,
      }),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** An API error reply as BetaSeries sends it. */
export function apiError(code: number, text = 'Erreur'): ScriptedReply {
  return { status: 400, body: { errors: [{ code, text }] } };
}

/** A promise and the function that settles it. */
export function createGate(): { promise: Promise<void>; open: () => void } {
  let open: () => void = () => undefined;
  const promise = new Promise<void>((resolve) => {
    open = resolve;
  });

  return { promise, open };
}
