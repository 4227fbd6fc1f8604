import { DEMO_API_KEY } from '../demoData';

/**
 * A small HTTP client for the sandbox's own integration tests: it sends parameters in any of
 * the three encodings and the token by any of the three transports the API accepts.
 */

export type ParamEncoding = 'query' | 'form' | 'json';
export type TokenTransport = 'bearer' | 'header' | 'param';

export interface CallOptions {
  method?: 'GET' | 'POST' | 'DELETE' | 'OPTIONS';
  params?: Record<string, string | number | boolean>;
  /** Default: query for GET, form for POST and DELETE. */
  encoding?: ParamEncoding;
  token?: string;
  tokenVia?: TokenTransport;
  /** The API key; null sends none. Default: the demo key, as a header. */
  apiKey?: string | null;
  headers?: Record<string, string>;
}

export interface CallResult {
  status: number;
  contentType: string;
  headers: Headers;
  text: string;
  /** The parsed body when it is JSON, else undefined. */
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- tests read arbitrary reply fields
  json: any;
}

export async function callApi(baseUrl: string, path: string, options: CallOptions = {}): Promise<CallResult> {
  const method = options.method ?? 'GET';
  const encoding = options.encoding ?? (method === 'GET' ? 'query' : 'form');
  const params: Record<string, string> = {};
  for (const [name, value] of Object.entries(options.params ?? {})) {
    params[name] = String(value);
  }

  const headers: Record<string, string> = { Accept: 'application/json', ...options.headers };
  if (options.apiKey !== null) {
    headers['X-BetaSeries-Key'] = options.apiKey ?? DEMO_API_KEY;
  }

  if (options.token !== undefined) {
    const via = options.tokenVia ?? 'bearer';
    if (via === 'bearer') {
      headers.Authorization = `Bearer ${options.token}`;
    } else if (via === 'header') {
      headers['X-BetaSeries-Token'] = options.token;
    } else {
      params.access_token = options.token;
    }
  }

  const url = new URL(baseUrl + path);
  let body: string | undefined;
  if (encoding === 'query') {
    for (const [name, value] of Object.entries(params)) {
      url.searchParams.set(name, value);
    }
  } else if (encoding === 'form') {
    body = new URLSearchParams(params).toString();
    headers['Content-Type'] = 'application/x-www-form-urlencoded';
  } else {
    // JSON keeps numbers and booleans as they are, to check the sandbox reads typed values.
    body = JSON.stringify({ ...options.params, ...(params.access_token ? { access_token: params.access_token } : {}) });
    headers['Content-Type'] = 'application/json';
  }

  const response = await fetch(url, { method, headers, body });
  const text = await response.text();
  const contentType = response.headers.get('content-type') ?? '';
  let json: unknown;
  if (contentType.includes('json')) {
    try {
      json = JSON.parse(text);
    } catch {
      json = undefined;
    }
  }

  return { status: response.status, contentType, headers: response.headers, text, json };
}

/** Posts a form to a phone page and returns the status and HTML. */
export async function postForm(url: string, fields: Record<string, string>, headers: Record<string, string> = {}): Promise<{ status: number; html: string }> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded', ...headers },
    body: new URLSearchParams(fields).toString(),
  });

  return { status: response.status, html: await response.text() };
}
