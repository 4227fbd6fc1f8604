import http from 'node:http';
import type { AddressInfo } from 'node:net';

/** An endpoint's reply: the live API's normal one, or a fault a TV meets. */
export type Behaviour = 'ok' | 'empty' | 'tokenRejected' | 'html502' | 'drop';

export interface FakeMember {
  id: number;
  login: string;
  avatar: string | null;
}

export interface FakeBetaSeriesServer {
  url: string;
  member: FakeMember;
  /** Shows in `episodes/list`, in the order the API would send them. */
  showCount: number;
  behaviour: { isActive: Behaviour; infos: Behaviour; unwatched: Behaviour; destroy: Behaviour };
  requests: Array<{ method: string; path: string; query: URLSearchParams; bearer: string | null }>;
  count(path: string): number;
  close(): Promise<void>;
}

/** Returns the poster URL of a show, or null for every third show, as `show.poster` can be null on the live API. */
function posterOf(baseUrl: string, showId: number): string | null {
  return showId % 3 === 0 ? null : `${baseUrl}/images/poster/${showId}.svg`;
}

/** Builds one `episodes/list` show, with numbers as strings the way BetaSeries sends many of them. */
function unwatchedShow(baseUrl: string, index: number) {
  const showId = 100 + index;
  const title = `Show ${index + 1}`;

  return {
    id: String(showId),
    title,
    remaining: String((index % 7) + 1),
    unseen: [
      {
        id: 10_000 + index,
        title: `Episode of ${title}`,
        season: '2',
        episode: String((index % 9) + 1),
        code: `S02E0${(index % 9) + 1}`,
        global: 12,
        special: '0',
        description: '',
        date: '2025-01-10',
        note: { total: '12', mean: '4.1', user: 0 },
        user: { seen: false, seen_date: null, downloaded: false },
        show: { id: showId, title, poster: posterOf(baseUrl, showId), remaining: String((index % 7) + 1) },
        platform_links: [],
        resource_url: `${baseUrl}/serie/show-${showId}`,
      },
    ],
  };
}

function sendJson(res: http.ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8' }).end(JSON.stringify(body));
}

/** Sends the reply of a fault, or returns false so the endpoint sends its normal reply. */
function sendFault(res: http.ServerResponse, behaviour: Behaviour): boolean {
  switch (behaviour) {
    case 'drop':
      res.socket?.destroy();
      return true;
    case 'html502':
      res.writeHead(502, { 'Content-Type': 'text/html' }).end('<html><body><h1>502 Bad Gateway</h1></body></html>');
      return true;
    case 'tokenRejected':
      sendJson(res, 400, { errors: [{ code: 2001, text: 'Invalid token.' }] });
      return true;
    default:
      return false;
  }
}

/**
 * Starts a loopback HTTP server with the BetaSeries calls of the signed-in screens (`members/is_active`,
 * `members/infos`, `members/destroy`, `episodes/list`), shaped as the API documentation shows
 * them, with faults switched per test.
 */
export async function startFakeBetaSeriesServer(): Promise<FakeBetaSeriesServer> {
  const server = http.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  const fake: FakeBetaSeriesServer = {
    url,
    member: { id: 7, login: 'demo', avatar: null },
    showCount: 12,
    behaviour: { isActive: 'ok', infos: 'ok', unwatched: 'ok', destroy: 'ok' },
    requests: [],
    count: (path) => fake.requests.filter((request) => request.path === path).length,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };

  server.on('request', (req: http.IncomingMessage, res: http.ServerResponse) => {
    const requestUrl = new URL(req.url ?? '/', url);
    const authorization = req.headers.authorization ?? '';
    fake.requests.push({
      method: req.method ?? '',
      path: requestUrl.pathname,
      query: requestUrl.searchParams,
      bearer: authorization.startsWith('Bearer ') ? authorization.slice(7) : null,
    });

    req.resume();
    req.on('end', () => {
      switch (requestUrl.pathname) {
        case '/members/is_active':
          if (!sendFault(res, fake.behaviour.isActive)) {
            sendJson(res, 200, { errors: [] });
          }
          return;

        case '/members/destroy':
          if (!sendFault(res, fake.behaviour.destroy)) {
            sendJson(res, 200, { errors: [] });
          }
          return;

        case '/members/infos':
          if (!sendFault(res, fake.behaviour.infos)) {
            sendJson(res, 200, {
              member: {
                id: String(fake.member.id),
                login: fake.member.login,
                xp: '1200',
                locale: 'fr',
                avatar: fake.member.avatar,
                stats: { shows: '31', seasons: '80', episodes: '900', episodes_to_watch: '132', time_on_tv: 40000, time_to_spend: '7465' },
              },
              errors: [],
            });
          }
          return;

        case '/episodes/list': {
          if (sendFault(res, fake.behaviour.unwatched)) {
            return;
          }

          const count = fake.behaviour.unwatched === 'empty' ? 0 : fake.showCount;
          const shows = Array.from({ length: count }, (_, index) => unwatchedShow(url, index));
          sendJson(res, 200, { shows, total: String(count), totalEpisodes: String(count * 3), errors: [] });
          return;
        }

        default:
          sendJson(res, 400, { errors: [{ code: 0, text: `Unknown path ${requestUrl.pathname}` }] });
      }
    });
  });

  return fake;
}
