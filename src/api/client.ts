import type { ApiConfig } from './config';
import { createFailureLog } from './failureLog';
import { fetchWithDeadline } from './fetchWithDeadline';
import { parseReply } from './parseReply';

export type QueryValue = string | number | boolean | null | undefined;

export interface ApiRequest {
  method: 'GET' | 'POST' | 'DELETE';
  /** The API path, such as `/episodes/list`. Also used in logs when `url` is set. */
  path: string;
  /** GET and DELETE: the query string. POST: a form-encoded body. `undefined` and `null` are skipped. */
  params?: Record<string, QueryValue>;
  /** The member's token, sent as `Authorization: Bearer`. */
  token?: string | null;
  signal?: AbortSignal;
  /** A full URL that replaces `baseUrl + path`, such as the token relay for `oauth/access_token`. */
  url?: string;
  /** Accept a form-encoded `access_token=…` body as a success (older `oauth/access_token` replies). */
  acceptFormEncodedToken?: boolean;
  /** API error codes the caller treats as a normal outcome. They are logged at debug level only. */
  expectedErrorCodes?: readonly number[];
}

export interface ApiClient {
  readonly config: ApiConfig;
  /** Sends one request and returns the parsed JSON object of a success; see `parseReply` for the errors. */
  request(req: ApiRequest): Promise<Record<string, unknown>>;
}

const API_VERSION = '3.0';

/** setTimeout fires at once for delays above 2^31 - 1 ms, so a larger limit would be no limit at all. */
const MAX_TIMEOUT_MS = 2_147_483_647;

function validateConfig(config: ApiConfig): void {
  if (!config.apiKey) {
    throw new Error('ApiConfig.apiKey is empty: set it to the BetaSeries API key (the sandbox uses sandbox-demo-key).');
  }

  const timeoutMs = config.timeoutMs;
  if (!Number.isFinite(timeoutMs) || timeoutMs <= 0 || timeoutMs > MAX_TIMEOUT_MS) {
    throw new Error(`ApiConfig.timeoutMs is invalid: ${timeoutMs}. Set a number of milliseconds between 1 and ${MAX_TIMEOUT_MS}.`);
  }
}

/** Encodes `params` into `target`, skipping `undefined` and `null`. Booleans become `true`/`false`. */
function appendParams(target: URLSearchParams, params: Record<string, QueryValue> | undefined, label: string): void {
  if (!params) {
    return;
  }

  for (const name of Object.keys(params)) {
    const value = params[name];
    if (value === undefined || value === null) {
      continue;
    }

    if (typeof value === 'number' && !Number.isFinite(value)) {
      throw new RangeError(`Invalid value for parameter "${name}" of ${label}: ${value}. Pass a finite number.`);
    }

    target.set(name, String(value));
  }
}

function buildHeaders(config: ApiConfig, req: ApiRequest, hasBody: boolean): Record<string, string> {
  const headers: Record<string, string> = {
    Accept: 'application/json',
    'X-BetaSeries-Key': config.apiKey,
    'X-BetaSeries-Version': API_VERSION,
  };

  if (req.token) {
    headers.Authorization = `Bearer ${req.token}`;
  }

  if (hasBody) {
    headers['Content-Type'] = 'application/x-www-form-urlencoded;charset=UTF-8';
  }

  return headers;
}

function buildUrl(config: ApiConfig, req: ApiRequest, query: URLSearchParams): string {
  const base = req.url ?? `${config.baseUrl}${req.path}`;
  const separator = base.indexOf('?') === -1 ? '?' : '&';

  return `${base}${separator}${query.toString()}`;
}

/**
 * Creates the BetaSeries HTTP client. Every request carries the key, version 3.0, `locale` and
 * `Accept: application/json`, and runs under `config.timeoutMs`. Throws at once when the config
 * has no API key or an unusable time limit.
 */
export function createApiClient(config: ApiConfig, fetchImpl?: typeof fetch): ApiClient {
  validateConfig(config);

  // Calling the global fetch detached from `window` throws "Illegal invocation" in browsers.
  const send: typeof fetch = fetchImpl ?? ((input, init) => fetch(input, init));
  const failureLog = createFailureLog();

  async function request(req: ApiRequest): Promise<Record<string, unknown>> {
    const label = `${req.method} ${req.path}`;
    const startedAt = Date.now();

    try {
      if (req.path.charAt(0) !== '/') {
        throw new Error(`ApiRequest.path must start with "/": got "${req.path}".`);
      }

      const query = new URLSearchParams();
      query.set('locale', config.getLocale());

      // DELETE parameters go in the query string, which the API reads for every verb.
      const form = new URLSearchParams();
      const hasBody = req.method === 'POST';
      appendParams(hasBody ? form : query, req.params, label);

      const init: RequestInit = {
        method: req.method,
        headers: buildHeaders(config, req, hasBody),
      };
      if (hasBody) {
        init.body = form.toString();
      }

      const reply = await fetchWithDeadline(send, buildUrl(config, req, query), init, {
        label,
        timeoutMs: config.timeoutMs,
        signal: req.signal,
      });

      const json = parseReply(reply, { label, acceptFormEncodedToken: req.acceptFormEncodedToken });
      failureLog.succeeded();

      return json;
    } catch (error) {
      failureLog.failed(req, error, Date.now() - startedAt);
      throw error;
    }
  }

  return { config, request };
}
