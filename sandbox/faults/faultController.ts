/**
 * Fault rules tests switch on to make the sandbox misbehave like a real network, CDN or API.
 * Rules are checked in the order they were added; a rule with `times` is used up after that
 * many requests it applied to.
 */

export type FaultKind =
  | 'latency'
  | 'drop'
  | 'html5xx'
  | 'malformedJson'
  | 'tokenRejected'
  | 'slowDown'
  | 'wrongShape'
  | 'formEncodedToken'
  | 'expireCodes'
  | 'status';

export interface Fault {
  /** API path without prefix, e.g. `/oauth/access_token`; every API path when absent. */
  path?: string | RegExp;
  /** Applies to the next N matching requests; every request when absent. */
  times?: number;
  kind: FaultKind;
  /** Delay for `latency`. */
  ms?: number;
  /** HTTP status for `html5xx` (default 502) and `status` (default 429). */
  status?: number;
  /** Sent as `Retry-After` by `status` and `html5xx`. */
  retryAfterSeconds?: number;
}

export interface FaultController {
  /** Adds a rule. */
  set(fault: Fault): void;
  clear(): void;
}

interface FaultRule {
  fault: Fault;
  remaining: number;
}

function normalizePath(path: string): string {
  const withSlash = path.startsWith('/') ? path : `/${path}`;
  return withSlash.length > 1 ? withSlash.replace(/\/+$/, '') : withSlash;
}

function matchesPath(fault: Fault, path: string): boolean {
  if (fault.path === undefined) {
    return true;
  }

  if (fault.path instanceof RegExp) {
    return fault.path.test(path);
  }

  return normalizePath(fault.path) === path;
}

function validate(fault: Fault): void {
  if (fault.times !== undefined && (!Number.isInteger(fault.times) || fault.times < 1)) {
    throw new Error(`Fault "${fault.kind}": times must be a positive integer, got ${String(fault.times)}.`);
  }

  if (fault.kind === 'latency' && (fault.ms === undefined || fault.ms < 0)) {
    throw new Error('Fault "latency" needs ms, the delay in milliseconds (0 or more).');
  }

  if (fault.status !== undefined && (fault.status < 100 || fault.status > 599)) {
    throw new Error(`Fault "${fault.kind}": status must be an HTTP status (100 to 599), got ${fault.status}.`);
  }
}

/** The controller tests hold, plus `take`, which the request pipeline uses. */
export class FaultRules implements FaultController {
  private rules: FaultRule[] = [];

  set(fault: Fault): void {
    validate(fault);
    this.rules.push({ fault, remaining: fault.times ?? Infinity });
  }

  clear(): void {
    this.rules = [];
  }

  /**
   * Finds the first rule of one of `kinds` that matches `path` and counts it as used once.
   * `applies` lets the caller skip a rule without using it up.
   */
  take(path: string, kinds: readonly FaultKind[], applies: (fault: Fault) => boolean = () => true): Fault | null {
    const rule = this.rules.find(
      (candidate) => kinds.includes(candidate.fault.kind) && matchesPath(candidate.fault, path) && applies(candidate.fault),
    );
    if (!rule) {
      return null;
    }

    rule.remaining -= 1;
    if (rule.remaining <= 0) {
      this.rules = this.rules.filter((candidate) => candidate !== rule);
    }

    return rule.fault;
  }

  /** Copies of the active rules, for the control API. */
  list(): Array<Fault & { remaining: number | null }> {
    return this.rules.map((rule) => ({ ...rule.fault, remaining: Number.isFinite(rule.remaining) ? rule.remaining : null }));
  }
}
