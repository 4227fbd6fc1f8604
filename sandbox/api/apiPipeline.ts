import type { IncomingMessage, ServerResponse } from 'node:http';
import { dayNumber } from '../core/dates';
import { DEMO_API_KEY } from '../demoData';
import type { FaultRules } from '../faults/faultController';
import { breakShape, REPLACING_FAULTS, sendFaultReply } from '../faults/faultReplies';
import { PREFLIGHT_HEADERS, sendJson, sendText } from '../http/replies';
import { BodyError, readParams, type Params } from '../http/requestParams';
import type { RequestRecorder } from '../requestLog';
import type { SandboxState } from '../sandboxState';
import { ApiFailure, type Locale } from './apiFailure';
import type { ApiContext, SandboxSettings } from './context';
import { ROUTES, type HttpVerb } from './routeTable';

/** Sandbox parts the pipeline reads and updates. */
export interface ApiPipelineDeps {
  state: () => SandboxState;
  faults: FaultRules;
  requests: RequestRecorder;
  settings: SandboxSettings;
  now: () => number;
  log: (line: string) => void;
}

export interface ApiRequest {
  req: IncomingMessage;
  res: ServerResponse;
  url: URL;
  /** The path without the API prefix, without a trailing slash. */
  path: string;
  publicUrl: string;
}

function localeOf(value: string | undefined): Locale {
  return value?.trim().toLowerCase() === 'en' ? 'en' : 'fr';
}

function apiKeyOf(req: IncomingMessage, params: Params): string | undefined {
  const header = req.headers['x-betaseries-key'];
  const fromHeader = Array.isArray(header) ? header[0] : header;
  return fromHeader?.trim() || params.get('key')?.trim() || undefined;
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

function sendFailure(res: ServerResponse, failure: ApiFailure, locale: Locale): void {
  sendJson(res, 400, failure.toBody(locale));
}

/** Sends a token reply in the older form-encoded text (the `formEncodedToken` fault). */
function sendFormEncodedToken(res: ServerResponse, body: Record<string, unknown>): void {
  const form = new URLSearchParams({ access_token: String(body.access_token), token_type: String(body.token_type ?? 'bearer') });
  sendText(res, 200, 'application/x-www-form-urlencoded', form.toString());
}

/**
 * Handles one API request: faults first (they play the network and the CDN), then the key,
 * the route and the handler. Every success carries `"errors": []`, and every API error is
 * HTTP 400 with `{"errors":[{code,text}]}`.
 */
export async function handleApiRequest(request: ApiRequest, deps: ApiPipelineDeps): Promise<void> {
  const { req, res, url, path } = request;
  const method = (req.method ?? 'GET').toUpperCase();

  if (method === 'OPTIONS') {
    res.writeHead(204, PREFLIGHT_HEADERS);
    res.end();
    return;
  }

  const end = deps.requests.start(method, path);
  res.on('close', end);

  const latency = deps.faults.take(path, ['latency']);
  if (latency) {
    await sleep(latency.ms ?? 0);
    if (res.destroyed) {
      return;
    }
  }

  const replacing = deps.faults.take(path, REPLACING_FAULTS);
  if (replacing) {
    sendFaultReply(req, res, replacing);
    return;
  }

  const state = deps.state();
  const rejectTokens = deps.faults.take(path, ['tokenRejected']) !== null;
  if (deps.faults.take(path, ['expireCodes'])) {
    deps.log(`fault expireCodes: ${state.deviceCodes.expireAll()} device code(s) expired`);
  }

  let params: Params;
  try {
    params = await readParams(req, url);
  } catch (error) {
    if (error instanceof BodyError) {
      sendFailure(res, new ApiFailure('invalidBody', { reason: error.message }), localeOf(url.searchParams.get('locale') ?? undefined));
      return;
    }

    throw error;
  }

  const locale = localeOf(params.get('locale'));
  if (apiKeyOf(req, params) !== DEMO_API_KEY) {
    sendFailure(res, new ApiFailure('invalidKey'), locale);
    return;
  }

  const routes = ROUTES[path];
  if (!routes) {
    sendFailure(res, new ApiFailure('unknownMethod', { path }), locale);
    return;
  }

  const handler = routes[method as HttpVerb];
  if (!handler) {
    sendFailure(res, new ApiFailure('verbNotAllowed', { verb: method, path }), locale);
    return;
  }

  const nowMs = deps.now();
  const ctx: ApiContext = {
    method,
    path,
    params,
    headers: req.headers,
    locale,
    publicUrl: request.publicUrl,
    nowMs,
    today: dayNumber(nowMs),
    state,
    settings: deps.settings,
    rejectTokens,
    log: deps.log,
  };

  let body: Record<string, unknown>;
  try {
    body = handler(ctx);
  } catch (error) {
    if (error instanceof ApiFailure) {
      sendFailure(res, error, locale);
      return;
    }

    throw error;
  }

  const isTokenReply = typeof body.access_token === 'string';
  if (isTokenReply && deps.faults.take(path, ['formEncodedToken'])) {
    sendFormEncodedToken(res, body);
    return;
  }

  if (deps.faults.take(path, ['wrongShape'])) {
    sendJson(res, 200, breakShape(body));
    return;
  }

  sendJson(res, 200, { ...body, errors: [] });
}
