import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { handleApiRequest } from './api/apiPipeline';
import type { SandboxSettings } from './api/context';
import { deviceCodeLabel, type LookupFailure } from './auth/deviceCodes';
import { handleControlRequest } from './control/controlApi';
import { checkMarathonShowCount } from './data/marathonShowCount';
import { findDemoMember } from './demoData';
import { FaultRules, type FaultController } from './faults/faultController';
import { isLoopbackAddress } from './http/isLoopbackAddress';
import { sendJson, sendText } from './http/replies';
import { handleImage } from './images/imageRoutes';
import { handleAuthorizePage } from './pages/authorizePage';
import { handleDevicePage } from './pages/devicePage';
import { handleMemberKeyPage } from './pages/memberKeyPage';
import { RequestRecorder, type RequestLog } from './requestLog';
import { SandboxState } from './sandboxState';

export type { Fault, FaultController, FaultKind } from './faults/faultController';
export type { RequestLog, RequestLogEntry } from './requestLog';
export { DEMO_API_KEY, DEMO_APP_NAME, DEMO_CLIENT_SECRET } from './demoData';

export interface SandboxOptions {
  /** Origin phones use, e.g. `http://192.168.1.20:8080`; by default the request's `Host`. */
  publicUrl?: string;
  /** `''` (default) or `'/api'`: where the API paths live. Phone pages and images stay at the root. */
  apiPrefix?: string;
  /** `interval` in `oauth/device` replies, in seconds. Default 5. */
  pollIntervalSeconds?: number;
  /** `expires_in` in `oauth/device` replies, in seconds. Default 1800. */
  codeLifetimeSeconds?: number;
  /** The clock for code expiry, dates and the request log. Default `Date.now`. */
  now?: () => number;
  /**
   * The callback URL of the key flow (`members/oauth`, then the `/oauth` page), like the one
   * configured for an API key on the live API. Default: the root of the origin the
   * `members/oauth` request came to, which is where `npm start` serves the app.
   */
  memberKeyCallbackUrl?: string;
  /** Serves the test controls over HTTP at `/__sandbox/…`. Default false. */
  controlApi?: boolean;
  /** How many of the 2,000 generated shows `marathon` follows (the first N). Default 2,000. */
  marathonShowCount?: number;
  /** Receives one line per sign-in event (device code, password, redirect flows); never a token or a secret. Default: the console. */
  log?: (line: string) => void;
}

export interface Sandbox {
  /** Handles the request and returns true, or returns false when the path is not the sandbox's. */
  handle(req: http.IncomingMessage, res: http.ServerResponse): boolean;
  faults: FaultController;
  requests: RequestLog;
  /** Approves the code for a demo member, as "Allow" on the phone page does. Throws when that is not possible. */
  approve(userCode: string, login: string): void;
  /** Rejects the code, as "Refuse" on the phone page does. Throws when that is not possible. */
  deny(userCode: string): void;
  setPublicUrl(url: string): void;
  /** Back to the initial demo data; codes and tokens are forgotten. Faults and the log stay. */
  reset(): void;
  /** A valid token for a demo member, without the device flow (for tests that start signed in). */
  createToken(login: string): string;
}

export interface RunningSandbox {
  /** `http://127.0.0.1:PORT`, without the API prefix. */
  url: string;
  sandbox: Sandbox;
  close(): Promise<void>;
}

const DEFAULT_POLL_INTERVAL_SECONDS = 5;
const DEFAULT_CODE_LIFETIME_SECONDS = 1_800;

function normalizePrefix(prefix: string | undefined): string {
  const trimmed = (prefix ?? '').trim().replace(/\/+$/, '');
  if (trimmed === '') {
    return '';
  }

  return trimmed.startsWith('/') ? trimmed : `/${trimmed}`;
}

function trimTrailingSlash(url: string): string {
  return url.trim().replace(/\/+$/, '');
}

/** Returns the origin from the request's `Host`, or 127.0.0.1 when `Host` is not a plain host name. */
function originFromHost(req: http.IncomingMessage): string {
  const host = req.headers.host ?? '';
  return /^[A-Za-z0-9.\-:[\]]+$/.test(host) ? `http://${host}` : 'http://127.0.0.1';
}

/** Returns the URL unchanged, or throws when it is not an absolute http(s) address. */
function checkCallbackUrl(url: string): string {
  let parsed: URL | null = null;
  try {
    parsed = new URL(url);
  } catch {
    parsed = null;
  }

  if (!parsed || (parsed.protocol !== 'http:' && parsed.protocol !== 'https:')) {
    throw new Error(`memberKeyCallbackUrl is invalid: "${url}". Set an absolute http(s) URL, such as http://127.0.0.1:8080/.`);
  }

  return url;
}

function lookupError(action: string, userCode: string, reason: LookupFailure): Error {
  const why: Record<LookupFailure, string> = {
    invalid: 'it is not six digits',
    unknown: 'no such code was issued (or reset() forgot it)',
    expired: 'it has expired by the sandbox clock',
    decided: 'it was already approved or refused',
  };

  return new Error(`Cannot ${action} user code "${userCode}": ${why[reason]}.`);
}

export function createSandbox(options: SandboxOptions = {}): Sandbox {
  const now = options.now ?? Date.now;
  const log = options.log ?? ((line: string) => console.log(`[sandbox] ${line}`));
  const apiPrefix = normalizePrefix(options.apiPrefix);
  const settings: SandboxSettings = {
    pollIntervalSeconds: options.pollIntervalSeconds ?? DEFAULT_POLL_INTERVAL_SECONDS,
    codeLifetimeSeconds: options.codeLifetimeSeconds ?? DEFAULT_CODE_LIFETIME_SECONDS,
    memberKeyCallbackUrl: options.memberKeyCallbackUrl === undefined ? null : checkCallbackUrl(options.memberKeyCallbackUrl),
  };
  const marathonShowCount = checkMarathonShowCount(options.marathonShowCount);
  const faults = new FaultRules();
  const requests = new RequestRecorder(now);

  let state = new SandboxState(now, marathonShowCount);
  let publicUrl = options.publicUrl ? trimTrailingSlash(options.publicUrl) : null;

  const decide = (action: 'approve' | 'deny', userCode: string, login: string | null): void => {
    const member = login === null ? null : findDemoMember(login);
    if (login !== null && !member) {
      throw new Error(`Unknown demo member "${login}": use "demo" or "marathon".`);
    }

    const decided = state.deviceCodes.decide(userCode, member ? member.id : null);
    if (!decided.ok) {
      throw lookupError(action, userCode, decided.reason);
    }

    log(`device ${deviceCodeLabel(decided.record)}: ${member ? `approved for ${member.login}` : 'refused'} by a test call`);
  };

  const sandbox = {
    faults,
    requests,
    approve: (userCode: string, login: string) => decide('approve', userCode, login),
    deny: (userCode: string) => decide('deny', userCode, null),
    setPublicUrl: (url: string) => {
      publicUrl = trimTrailingSlash(url);
    },
    reset: () => {
      state = new SandboxState(now, marathonShowCount);
    },
    createToken: (login: string) => {
      const member = findDemoMember(login);
      if (!member) {
        throw new Error(`Unknown demo member "${login}": use "demo" or "marathon".`);
      }

      return state.tokens.issue(member.id);
    },
    waitingCodes: () =>
      state.deviceCodes.waitingCodes().map((record) => ({
        userCode: record.userCode,
        expiresInSeconds: Math.max(0, Math.round((record.expiresAt - now()) / 1_000)),
      })),
    handle: (req: http.IncomingMessage, res: http.ServerResponse): boolean => {
      const url = new URL(req.url ?? '/', 'http://sandbox.invalid');
      const pathname = url.pathname;
      const run = (work: Promise<void>): true => {
        work.catch((error: unknown) => {
          log(`internal error on ${req.method ?? 'GET'} ${pathname}: ${error instanceof Error ? error.message : String(error)}`);
          if (res.headersSent) {
            res.destroy();
            return;
          }

          sendJson(res, 500, { errors: [{ code: 0, text: 'Internal sandbox error' }] });
        });
        return true;
      };

      if (pathname.startsWith('/images/')) {
        handleImage(res, url, state);
        return true;
      }

      if (pathname === '/device' || pathname === '/device/confirm') {
        return run(handleDevicePage(req, res, url, state, log));
      }

      if (pathname === '/authorize') {
        return run(handleAuthorizePage(req, res, url, state, log));
      }

      if (pathname === '/oauth') {
        return run(handleMemberKeyPage(req, res, url, state, log));
      }

      if (options.controlApi && (pathname === '/__sandbox' || pathname.startsWith('/__sandbox/'))) {
        if (!isLoopbackAddress(req.socket.remoteAddress)) {
          log(`rejected ${req.method ?? 'GET'} ${pathname} from ${req.socket.remoteAddress ?? 'an unknown address'}: the controls answer only on loopback`);
          sendJson(res, 403, { error: 'The sandbox controls answer only on the machine that runs the sandbox.' });
          return true;
        }

        return run(handleControlRequest(req, res, url, sandbox));
      }

      const insidePrefix = apiPrefix === '' || pathname === apiPrefix || pathname.startsWith(`${apiPrefix}/`);
      if (!insidePrefix) {
        return false;
      }

      const path = pathname.slice(apiPrefix.length).replace(/\/+$/, '') || '/';
      const deps = { state: () => state, faults, requests, settings, now, log };
      return run(handleApiRequest({ req, res, url, path, publicUrl: publicUrl ?? originFromHost(req) }, deps));
    },
  };

  return sandbox;
}

function urlHost(host: string): string {
  if (host === '0.0.0.0' || host === '::' || host === '') {
    return '127.0.0.1';
  }

  return host.includes(':') ? `[${host}]` : host;
}

/** Starts a sandbox on its own HTTP server (default 127.0.0.1, any free port). */
export async function startSandbox(options: SandboxOptions & { host?: string; port?: number } = {}): Promise<RunningSandbox> {
  const { host = '127.0.0.1', port = 0, ...sandboxOptions } = options;
  const sandbox = createSandbox(sandboxOptions);

  const server = http.createServer((req, res) => {
    if (!sandbox.handle(req, res)) {
      sendText(res, 404, 'text/plain; charset=utf-8', `Not a sandbox path: ${req.url ?? '/'}`);
    }
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });

  const { port: boundPort } = server.address() as AddressInfo;

  return {
    url: `http://${urlHost(host)}:${boundPort}`,
    sandbox,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}
