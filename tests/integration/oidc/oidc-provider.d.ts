/**
 * The few parts of oidc-provider 9 that the conformance suite uses. The package ships no type
 * declarations and no `@types/oidc-provider` is installed.
 */
declare module 'oidc-provider' {
  import type { IncomingMessage, ServerResponse } from 'node:http';

  export interface ProviderContext {
    method: string;
    path: string;
    status: number;
    body: unknown;
    type: string;
    req: IncomingMessage;
    set(field: string, value: string): void;
    /** Set by oidc-provider once a route runs. `body` is the parsed form of the request. */
    oidc?: { body?: Record<string, unknown> };
  }

  export type ProviderMiddleware = (ctx: ProviderContext, next: () => Promise<void>) => Promise<void>;

  export default class Provider {
    constructor(issuer: string, configuration?: Record<string, unknown>);
    use(middleware: ProviderMiddleware): void;
    callback(): (request: IncomingMessage, response: ServerResponse) => void;
    on(event: string, listener: (...args: unknown[]) => void): this;
  }
}
