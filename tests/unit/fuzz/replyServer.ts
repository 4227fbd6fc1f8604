import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { FuzzReply } from './mutateReply';

export interface ReplyServer {
  url: string;
  /** The reply sent to every request until it is replaced. */
  reply: FuzzReply;
  requests: number;
  close(): Promise<void>;
}

/** Starts a loopback HTTP server that responds to every request with `reply`, whatever the path. */
export async function startReplyServer(): Promise<ReplyServer> {
  const state: ReplyServer = {
    url: '',
    reply: { status: 200, contentType: 'application/json', body: '{"errors":[]}', headers: {} },
    requests: 0,
    close: async () => undefined,
  };

  const server = http.createServer((req, res) => {
    req.resume();
    req.on('end', () => {
      state.requests += 1;
      const { status, contentType, body, headers } = state.reply;
      res.writeHead(status, { 'Content-Type': contentType, ...headers });
      res.end(body);
    });
  });

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  state.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  state.close = () =>
    new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    });

  return state;
}
