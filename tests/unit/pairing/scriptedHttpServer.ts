import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface ScriptedHttpReply {
  status: number;
  headers?: Record<string, string>;
  /** An object is sent as JSON, and a string as it is. */
  body?: unknown;
  /** Wait before replying, in real milliseconds. */
  delayMs?: number;
}

export interface RecordedHttpRequest {
  method: string;
  path: string;
  headers: IncomingHttpHeaders;
  form: URLSearchParams;
}

/** A real HTTP server on 127.0.0.1 that replies from a queue of scripted replies. */
export interface ScriptedHttpServer {
  /** `http://127.0.0.1:<port>` without a trailing slash. */
  url: string;
  replies: ScriptedHttpReply[];
  requests: RecordedHttpRequest[];
  close(): Promise<void>;
}

export async function startScriptedHttpServer(): Promise<ScriptedHttpServer> {
  const replies: ScriptedHttpReply[] = [];
  const requests: RecordedHttpRequest[] = [];

  const server: Server = createServer((request, response) => {
    let body = '';
    request.setEncoding('utf8');
    request.on('data', (chunk: string) => {
      body += chunk;
    });

    request.on('end', () => {
      requests.push({
        method: request.method ?? '',
        path: request.url ?? '',
        headers: request.headers,
        form: new URLSearchParams(body),
      });

      const reply = replies.shift() ?? { status: 500, body: 'No scripted reply left' };
      const send = (): void => {
        const isJson = typeof reply.body !== 'string';
        response.writeHead(reply.status, {
          'Content-Type': isJson ? 'application/json' : 'text/html',
          ...reply.headers,
        });
        response.end(isJson ? JSON.stringify(reply.body ?? {}) : reply.body);
      };

      if (reply.delayMs) {
        setTimeout(send, reply.delayMs);
      } else {
        send();
      }
    });
  });

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}`,
    replies,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
