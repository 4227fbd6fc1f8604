import { createRateLimiter, type RateLimitOptions } from './rateLimiter';

/**
 * The token relay: the one place that holds the API key's secret. It accepts the app's
 * `POST /oauth/access_token` (device code or authorization code), adds `client_secret`, forwards
 * it to BetaSeries and returns the answer. It forwards nothing else. Written against the standard
 * `Request`/`Response` API, so the same handler runs on Node (`relay/main.ts`) and on serverless
 * platforms that call a fetch-style handler.
 */

export interface TokenRelayOptions {
  /** BetaSeries API base URL, e.g. `https://api.betaseries.com`. */
  apiUrl: string;
  /** The public API key; requests for any other `client_id` are rejected. */
  apiKey: string;
  /** The API key's secret. Never logged, never returned. */
  clientSecret: string;
  /**
   * Origins allowed to call the relay (`https://tv.example.org`). Packaged TV apps load from
   * file:// and send `Origin: null`: list `null` to accept them.
   */
  allowedOrigins: string[];
  /** Largest accepted body, in bytes. */
  maxBodyBytes?: number;
  rateLimit?: Partial<RateLimitOptions>;
  /**
   * Rate-limit by the first `X-Forwarded-For` address instead of the socket's. Only behind a
   * proxy that sets it: otherwise any client could pick its own identity.
   */
  trustForwardedFor?: boolean;
  /** Time limit for the call to BetaSeries, in milliseconds. */
  upstreamTimeoutMs?: number;
  fetchImpl?: typeof fetch;
  /** Structured log lines; receives ids and outcomes only. */
  log?: (message: string, data: Record<string, unknown>) => void;
}

/** A client id for rate limiting: the platform's client address, when it gives one. */
export interface RelayContext {
  clientAddress?: string;
}

/** A token request is a few short fields; 4 KiB leaves room and stops large uploads early. */
const DEFAULT_MAX_BODY_BYTES = 4096;

/** The only fields the relay forwards: what BetaSeries reads on a token request. */
const FORWARDED_FIELDS = ['client_id', 'code', 'redirect_uri'];

function baseHeaders(origin: string | null): Headers {
  const headers = new Headers({
    'Cache-Control': 'no-store',
    Pragma: 'no-cache',
    'Content-Type': 'application/json; charset=utf-8',
    Vary: 'Origin',
  });

  if (origin !== null) {
    headers.set('Access-Control-Allow-Origin', origin);
  }

  return headers;
}

function errorResponse(status: number, code: number, text: string, origin: string | null, extra?: Record<string, string>): Response {
  const headers = baseHeaders(origin);
  for (const [name, value] of Object.entries(extra ?? {})) {
    headers.set(name, value);
  }

  return new Response(JSON.stringify({ errors: [{ code, text }] }), { status, headers });
}

/** Reads at most `limit` bytes of the body; returns null when it is longer. */
async function readLimitedText(request: Request, limit: number): Promise<string | null> {
  const declared = Number(request.headers.get('content-length') ?? '0');
  if (declared > limit) {
    return null;
  }

  if (!request.body) {
    return '';
  }

  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;

  for (;;) {
    const { done, value } = await reader.read();
    if (done) {
      break;
    }

    size += value.byteLength;
    if (size > limit) {
      await reader.cancel();
      return null;
    }
    chunks.push(value);
  }

  const joined = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    joined.set(chunk, offset);
    offset += chunk.byteLength;
  }

  return new TextDecoder().decode(joined);
}

/** Parses a form-encoded or JSON body into the forwarded fields. */
function readFields(text: string, contentType: string): URLSearchParams | null {
  const fields = new URLSearchParams();

  if (contentType.includes('application/json')) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch {
      return null;
    }

    if (typeof parsed !== 'object' || parsed === null) {
      return null;
    }

    for (const name of FORWARDED_FIELDS) {
      const value = (parsed as Record<string, unknown>)[name];
      if (typeof value === 'string' || typeof value === 'number') {
        fields.set(name, String(value));
      }
    }
    return fields;
  }

  const form = new URLSearchParams(text);
  for (const name of FORWARDED_FIELDS) {
    const value = form.get(name);
    if (value !== null) {
      fields.set(name, value);
    }
  }
  return fields;
}

export function createTokenRelay(options: TokenRelayOptions): (request: Request, context?: RelayContext) => Promise<Response> {
  const fetchImpl = options.fetchImpl ?? fetch;
  const maxBodyBytes = options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES;
  const log = options.log ?? (() => undefined);
  const upstream = `${options.apiUrl.replace(/\/+$/, '')}/oauth/access_token`;
  const limiter = createRateLimiter({ burst: 20, refillPerSecond: 1, maxClients: 10_000, ...options.rateLimit });

  if (!options.clientSecret) {
    throw new Error('The relay has no client secret: set BETASERIES_CLIENT_SECRET to the secret of your API key.');
  }

  return async function handle(request, context = {}) {
    const url = new URL(request.url);
    const origin = request.headers.get('origin');
    const originAllowed = origin === null || options.allowedOrigins.includes(origin);
    const corsOrigin = origin !== null && originAllowed ? origin : null;

    if (!originAllowed) {
      log('relay: origin rejected', { origin });
      return errorResponse(403, 0, `Origin ${origin} is not allowed by this relay.`, null);
    }

    if (request.method === 'OPTIONS') {
      const headers = baseHeaders(corsOrigin);
      headers.set('Access-Control-Allow-Methods', 'POST, OPTIONS');
      headers.set('Access-Control-Allow-Headers', 'Content-Type, X-BetaSeries-Key, X-BetaSeries-Version');
      headers.set('Access-Control-Max-Age', '600');
      return new Response(null, { status: 204, headers });
    }

    if (request.method !== 'POST' || !/\/oauth\/access_token\/?$/.test(url.pathname)) {
      return errorResponse(404, 0, 'This relay only forwards POST /oauth/access_token.', corsOrigin);
    }

    const forwardedFor = options.trustForwardedFor ? request.headers.get('x-forwarded-for')?.split(',')[0]?.trim() : undefined;
    const client = forwardedFor || context.clientAddress || 'unknown';
    const budget = limiter.take(client);
    if (!budget.allowed) {
      log('relay: rate limited', { client, retryAfterSeconds: budget.retryAfterSeconds });
      return errorResponse(429, 0, 'Too many requests: wait and try again.', corsOrigin, {
        'Retry-After': String(budget.retryAfterSeconds),
      });
    }

    const text = await readLimitedText(request, maxBodyBytes);
    if (text === null) {
      return errorResponse(413, 0, `The request body is larger than ${maxBodyBytes} bytes.`, corsOrigin);
    }

    const fields = readFields(text, request.headers.get('content-type') ?? '');
    if (!fields) {
      return errorResponse(400, 0, 'The request body is not valid JSON.', corsOrigin);
    }

    const clientId = fields.get('client_id') ?? request.headers.get('x-betaseries-key');
    if (clientId !== options.apiKey) {
      return errorResponse(400, 1001, 'Unknown API key for this relay.', corsOrigin);
    }
    if (!fields.get('code')) {
      return errorResponse(400, 3001, 'Missing parameter: code.', corsOrigin);
    }

    fields.set('client_id', options.apiKey);
    fields.set('client_secret', options.clientSecret);

    const locale = url.searchParams.get('locale');
    const target = locale ? `${upstream}?locale=${encodeURIComponent(locale)}` : upstream;
    const started = Date.now();

    let answer: Response;
    try {
      answer = await fetchImpl(target, {
        method: 'POST',
        headers: {
          'Content-Type': 'application/x-www-form-urlencoded',
          'X-BetaSeries-Key': options.apiKey,
          'X-BetaSeries-Version': '3.0',
          Accept: 'application/json',
        },
        body: fields.toString(),
        signal: AbortSignal.timeout(options.upstreamTimeoutMs ?? 15_000),
      });
    } catch (error) {
      log('relay: BetaSeries unreachable', { client, error: error instanceof Error ? error.name : 'unknown' });
      return errorResponse(502, 0, 'The BetaSeries API could not be reached: try again.', corsOrigin);
    }

    const body = await answer.text();
    log('relay: forwarded', { client, status: answer.status, ms: Date.now() - started, kind: fields.has('redirect_uri') ? 'authorization_code' : 'device_code' });

    const headers = baseHeaders(corsOrigin);
    headers.set('Content-Type', answer.headers.get('content-type') ?? 'application/json; charset=utf-8');
    return new Response(body, { status: answer.status, headers });
  };
}
