import http from 'node:http';
import type { AddressInfo } from 'node:net';

/** The server's reply to a call: the live API's normal one, or a fault a TV meets. */
export type Reply = 'ok' | 'tokenRejected' | 'html502' | 'drop' | { delayMs: number; then: Reply };

export interface MemberEndpointsServer {
  url: string;
  replies: { isActive: Reply; destroy: Reply };
  /** Paths of the requests received, with whether they carried a bearer token. */
  requests: Array<{ method: string; path: string; bearer: string | null }>;
  close(): Promise<void>;
}

function answer(res: http.ServerResponse, reply: Reply): void {
  if (typeof reply === 'object') {
    setTimeout(() => answer(res, reply.then), reply.delayMs);
    return;
  }

  if (reply === 'drop') {
    res.socket?.destroy();
    return;
  }

  if (reply === 'html502') {
    res.writeHead(502, { 'Content-Type': 'text/html' }).end('<html><body><h1>502 Bad Gateway</h1></body></html>');
    return;
  }

  if (reply === 'tokenRejected') {
    res
      .writeHead(400, { 'Content-Type': 'application/json' })
      .end(JSON.stringify({ errors: [{ code: 2001, text: 'Invalid token.' }] }));
    return;
  }

  res.writeHead(200, { 'Content-Type': 'application/json' }).end(JSON.stringify({ errors: [] }));
}

/**
 * Starts a loopback HTTP server with the two BetaSeries calls the session makes,
 * `GET /members/is_active` and `POST /members/destroy`, replying what each test sets in `replies`.
 */
export async function startMemberEndpointsServer(): Promise<MemberEndpointsServer> {
  const requests: MemberEndpointsServer['requests'] = [];
  const replies: MemberEndpointsServer['replies'] = { isActive: 'ok', destroy: 'ok' };

  const server = http.createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0] ?? '/';
    const authorization = req.headers.authorization ?? '';
    requests.push({ method: req.method ?? '', path, bearer: authorization.startsWith('Bearer ') ? authorization.slice(7) : null });

    // Drain the body so the client's POST completes before the reply.
    req.resume();
    req.on('end', () => {
      if (path === '/members/is_active') {
        answer(res, replies.isActive);
        return;
      }

      if (path === '/members/destroy') {
        answer(res, replies.destroy);
        return;
      }

      res.writeHead(400, { 'Content-Type': 'application/json' }).end(JSON.stringify({ errors: [{ code: 0, text: `Unknown path ${path}` }] }));
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
