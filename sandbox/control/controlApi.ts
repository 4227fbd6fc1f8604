import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Fault, FaultKind, FaultRules } from '../faults/faultController';
import { sendJson } from '../http/replies';
import { readParams, type Params } from '../http/requestParams';
import type { RequestRecorder } from '../requestLog';

/**
 * `/__sandbox/…`: the test controls over HTTP, for trying things by hand with curl. Served
 * only when the sandbox is created with `controlApi: true`. Bodies are JSON or form-encoded.
 */

export interface ControlTarget {
  faults: FaultRules;
  requests: RequestRecorder;
  approve(userCode: string, login: string): void;
  deny(userCode: string): void;
  createToken(login: string): string;
  reset(): void;
  waitingCodes(): Array<{ userCode: string; expiresInSeconds: number }>;
}

const FAULT_KINDS: readonly FaultKind[] = [
  'latency', 'drop', 'html5xx', 'malformedJson', 'tokenRejected', 'slowDown', 'wrongShape', 'formEncodedToken', 'expireCodes', 'status',
];

const HELP = {
  'GET /__sandbox/codes': 'device codes waiting for a member',
  'POST /__sandbox/approve': 'userCode, login (demo or marathon)',
  'POST /__sandbox/deny': 'userCode',
  'POST /__sandbox/tokens': 'login: returns a token for that member, without the device flow',
  'GET|POST|DELETE /__sandbox/faults': `list, add (kind: ${FAULT_KINDS.join(', ')}; path or pathPattern; times; ms; status; retryAfterSeconds) or clear fault rules`,
  'GET|DELETE /__sandbox/requests': 'list or clear the request log',
  'POST /__sandbox/reset': 'back to the initial demo data',
};

function optionalNumber(params: Params, name: string): number | undefined {
  const raw = params.get(name);
  if (raw === undefined || raw === '') {
    return undefined;
  }

  const value = Number(raw);
  if (!Number.isFinite(value)) {
    throw new Error(`${name} must be a number, got "${raw}".`);
  }

  return value;
}

function faultFrom(params: Params): Fault {
  const kind = params.get('kind') as FaultKind | undefined;
  if (!kind || !FAULT_KINDS.includes(kind)) {
    throw new Error(`kind must be one of ${FAULT_KINDS.join(', ')}; got "${kind ?? ''}".`);
  }

  const pattern = params.get('pathPattern');
  return {
    kind,
    path: pattern ? new RegExp(pattern) : params.get('path'),
    times: optionalNumber(params, 'times'),
    ms: optionalNumber(params, 'ms'),
    status: optionalNumber(params, 'status'),
    retryAfterSeconds: optionalNumber(params, 'retryAfterSeconds'),
  };
}

function required(params: Params, name: string): string {
  const value = params.get(name)?.trim();
  if (!value) {
    throw new Error(`${name} is missing.`);
  }

  return value;
}

function run(target: ControlTarget, method: string, path: string, params: Params): unknown {
  const route = `${method} ${path}`;

  switch (route) {
    case 'GET /__sandbox':
      return { endpoints: HELP };
    case 'GET /__sandbox/codes':
      return { codes: target.waitingCodes() };
    case 'POST /__sandbox/approve':
      target.approve(required(params, 'userCode'), required(params, 'login'));
      return { ok: true };
    case 'POST /__sandbox/deny':
      target.deny(required(params, 'userCode'));
      return { ok: true };
    case 'POST /__sandbox/tokens':
      return { access_token: target.createToken(required(params, 'login')) };
    case 'GET /__sandbox/faults':
      return { faults: target.faults.list().map((fault) => ({ ...fault, path: fault.path instanceof RegExp ? String(fault.path) : fault.path })) };
    case 'POST /__sandbox/faults':
      target.faults.set(faultFrom(params));
      return { ok: true };
    case 'DELETE /__sandbox/faults':
      target.faults.clear();
      return { ok: true };
    case 'GET /__sandbox/requests':
      return { entries: target.requests.entries(), maxInFlight: target.requests.maxInFlight() };
    case 'DELETE /__sandbox/requests':
      target.requests.clear();
      return { ok: true };
    case 'POST /__sandbox/reset':
      target.reset();
      return { ok: true };
    default:
      return null;
  }
}

export async function handleControlRequest(req: IncomingMessage, res: ServerResponse, url: URL, target: ControlTarget): Promise<void> {
  const method = (req.method ?? 'GET').toUpperCase();
  const path = url.pathname.replace(/\/+$/, '');

  try {
    const result = run(target, method, path, await readParams(req, url));
    if (result === null) {
      sendJson(res, 404, { error: `No control endpoint ${method} ${path}. GET /__sandbox lists them.` });
      return;
    }

    sendJson(res, 200, result);
  } catch (error) {
    sendJson(res, 400, { error: error instanceof Error ? error.message : String(error) });
  }
}
