import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { performance } from 'node:perf_hooks';
import Provider, { type ProviderContext } from 'oidc-provider';

/** The public client the TV app registers: device grant only, no secret. */
export const TV_CLIENT_ID = 'tv-app';

/** A fault the front middleware replies with to one token request, instead of oidc-provider. */
export type TokenFault =
  /** Let oidc-provider reply. */
  | { kind: 'pass' }
  /** Reply `400 {"error":"slow_down"}`. */
  | { kind: 'slowDown' }
  /** Reply with an HTML page of this status, and `Retry-After` when given. */
  | { kind: 'status'; status: number; retryAfter?: string }
  /** Hold the request this long, then let oidc-provider reply. */
  | { kind: 'latency'; ms: number };

export interface TokenRequestRecord {
  /** `performance.now()` when the request arrived. */
  atMs: number;
  /** The `device_code` sent, or null when a fault replied before the body was read. */
  deviceCode: string | null;
  status: number;
  /** The OAuth `error` of the reply, or null for a success or an HTML fault. */
  error: string | null;
  fault: TokenFault['kind'];
}

export interface IssuedCodeRecord {
  /** `performance.now()` when the reply left the middleware. */
  atMs: number;
  deviceCode: string;
  userCode: string;
}

export interface OidcTestSettings {
  /** The `interval` written into every device authorization reply. Null leaves it out, as oidc-provider does. */
  intervalSeconds: number | null;
  /** Life of new device codes on the server. */
  deviceCodeTtlSeconds: number;
  /** Replaces `expires_in` in the reply, to let the client believe a code lives longer than it does. */
  advertisedExpiresInSeconds: number | null;
}

export interface OidcTestServer {
  issuer: string;
  deviceAuthorizationUrl: string;
  tokenUrl: string;
  userinfoUrl: string;
  settings: OidcTestSettings;
  /** Faults consumed in order, one per token request. An empty queue means `pass`. */
  tokenFaults: TokenFault[];
  tokenRequests: TokenRequestRecord[];
  issuedCodes: IssuedCodeRecord[];
  /** The largest number of token requests handled at the same time. */
  maxConcurrentTokenRequests: number;
  close(): Promise<void>;
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

function readOAuthError(body: unknown): string | null {
  if (typeof body !== 'object' || body === null) {
    return null;
  }

  const error = (body as Record<string, unknown>).error;
  return typeof error === 'string' ? error : null;
}

function readText(record: Record<string, unknown> | undefined, field: string): string | null {
  const value = record?.[field];
  return typeof value === 'string' ? value : null;
}

/** Minimal pages around oidc-provider's own forms, so its "customize this page" warnings stay quiet. */
function renderPage(ctx: ProviderContext, title: string, content: string): void {
  ctx.type = 'html';
  ctx.body = `<!DOCTYPE html><html><head><title>${title}</title></head><body>${content}</body></html>`;
}

/**
 * Starts oidc-provider on 127.0.0.1 with a free port, the device flow enabled and a front
 * middleware that rewrites `interval`, injects token faults and records every request.
 */
export async function startOidcServer(initial: Partial<OidcTestSettings> = {}): Promise<OidcTestServer> {
  const httpServer = createServer();
  await new Promise<void>((resolve) => httpServer.listen(0, '127.0.0.1', resolve));
  const { port } = httpServer.address() as AddressInfo;
  const issuer = `http://127.0.0.1:${port}`;

  const settings: OidcTestSettings = {
    intervalSeconds: 1,
    deviceCodeTtlSeconds: 60,
    advertisedExpiresInSeconds: null,
    ...initial,
  };

  const provider = new Provider(issuer, {
    clients: [
      {
        client_id: TV_CLIENT_ID,
        client_name: 'TV app',
        grant_types: ['urn:ietf:params:oauth:grant-type:device_code'],
        response_types: [],
        redirect_uris: [],
        token_endpoint_auth_method: 'none',
      },
    ],
    features: {
      deviceFlow: {
        enabled: true,
        charset: 'digits',
        mask: '***-***',
        userCodeInputSource: async (ctx: ProviderContext, form: string, _out: unknown, error?: Error) =>
          renderPage(
            ctx,
            'Enter code',
            `${error ? `<p id="device-flow-error">${error.name}</p>` : ''}${form}<button type="submit" form="op.deviceInputForm">Continue</button>`,
          ),
        userCodeConfirmSource: async (ctx: ProviderContext, form: string) =>
          renderPage(
            ctx,
            'Confirm code',
            `${form}<button id="confirm" type="submit" form="op.deviceConfirmForm">Continue</button>` +
              '<button id="abort" type="submit" form="op.deviceConfirmForm" name="abort" value="yes">Abort</button>',
          ),
        successSource: async (ctx: ProviderContext) => renderPage(ctx, 'Signed in', '<p id="device-flow-success">Signed in</p>'),
      },
      devInteractions: { enabled: true },
    },
    // Fixed lives keep oidc-provider from printing a notice for each default it uses.
    ttl: {
      DeviceCode: () => settings.deviceCodeTtlSeconds,
      AccessToken: 600,
      Grant: 600,
      IdToken: 600,
      Interaction: 600,
      Session: 600,
    },
    // Any login the dev interactions accept becomes an account with only a `sub` claim.
    findAccount: async (_ctx: unknown, accountId: string) => ({
      accountId,
      claims: async () => ({ sub: accountId }),
    }),
    cookies: { keys: ['conformance-suite-cookie-key'] },
  });

  const server: OidcTestServer = {
    issuer,
    deviceAuthorizationUrl: `${issuer}/device/auth`,
    tokenUrl: `${issuer}/token`,
    userinfoUrl: `${issuer}/me`,
    settings,
    tokenFaults: [],
    tokenRequests: [],
    issuedCodes: [],
    maxConcurrentTokenRequests: 0,
    close: () =>
      new Promise<void>((resolve) => {
        httpServer.closeAllConnections();
        httpServer.close(() => resolve());
      }),
  };

  let concurrentTokenRequests = 0;

  async function handleTokenRequest(ctx: ProviderContext, next: () => Promise<void>): Promise<void> {
    const atMs = performance.now();
    const fault = server.tokenFaults.shift() ?? { kind: 'pass' };

    concurrentTokenRequests += 1;
    server.maxConcurrentTokenRequests = Math.max(server.maxConcurrentTokenRequests, concurrentTokenRequests);

    try {
      if (fault.kind === 'slowDown') {
        ctx.status = 400;
        ctx.body = { error: 'slow_down', error_description: 'injected by the test middleware' };
      } else if (fault.kind === 'status') {
        ctx.status = fault.status;
        if (fault.retryAfter !== undefined) {
          ctx.set('Retry-After', fault.retryAfter);
        }
        ctx.type = 'html';
        ctx.body = `<html><body>Injected HTTP ${fault.status}</body></html>`;
      } else {
        if (fault.kind === 'latency') {
          await sleep(fault.ms);
        }
        await next();
      }
    } finally {
      concurrentTokenRequests -= 1;
    }

    server.tokenRequests.push({
      atMs,
      deviceCode: readText(ctx.oidc?.body, 'device_code'),
      status: ctx.status,
      error: readOAuthError(ctx.body),
      fault: fault.kind,
    });
  }

  async function handleDeviceAuthorization(ctx: ProviderContext, next: () => Promise<void>): Promise<void> {
    await next();

    if (ctx.status !== 200 || typeof ctx.body !== 'object' || ctx.body === null) {
      return;
    }

    const reply: Record<string, unknown> = { ...(ctx.body as Record<string, unknown>) };
    if (settings.intervalSeconds !== null) {
      reply.interval = settings.intervalSeconds;
    }
    if (settings.advertisedExpiresInSeconds !== null) {
      reply.expires_in = settings.advertisedExpiresInSeconds;
    }

    ctx.body = reply;
    server.issuedCodes.push({
      atMs: performance.now(),
      deviceCode: String(reply.device_code),
      userCode: String(reply.user_code),
    });
  }

  provider.use(async (ctx, next) => {
    if (ctx.method === 'POST' && ctx.path === '/token') {
      await handleTokenRequest(ctx, next);
      return;
    }

    if (ctx.method === 'POST' && ctx.path === '/device/auth') {
      await handleDeviceAuthorization(ctx, next);
      return;
    }

    await next();
  });

  httpServer.on('request', provider.callback());

  return server;
}
