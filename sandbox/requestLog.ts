/**
 * The API requests the sandbox received, for tests that count polls or check that at most one
 * request was in flight. Entries keep the method and path only: no query, header or body, so
 * no token can end up here. CORS preflights are not recorded.
 */

export interface RequestLogEntry {
  method: string;
  /** API path without prefix or query, e.g. `/oauth/access_token`. */
  path: string;
  /** Sandbox clock (ms) when the request arrived. */
  time: number;
  /** Set once the reply is sent or the connection is dropped. */
  durationMs?: number;
}

export interface RequestLog {
  entries(): RequestLogEntry[];
  count(path?: string): number;
  /** The highest number of simultaneous requests seen, on `path` or on any path. */
  maxInFlight(path?: string): number;
  clear(): void;
}

const ANY_PATH = '*';

export class RequestRecorder implements RequestLog {
  private log: RequestLogEntry[] = [];
  private inFlight = new Map<string, number>();
  private peaks = new Map<string, number>();
  private readonly now: () => number;

  constructor(now: () => number) {
    this.now = now;
  }

  /** Records a request; call the returned function once when it ends, however it ends. */
  start(method: string, path: string): () => void {
    const entry: RequestLogEntry = { method, path, time: this.now() };
    const startedAt = performance.now();
    this.log.push(entry);
    this.adjust(path, 1);
    this.adjust(ANY_PATH, 1);

    let ended = false;
    return () => {
      if (ended) {
        return;
      }

      ended = true;
      entry.durationMs = Math.round(performance.now() - startedAt);
      this.adjust(path, -1);
      this.adjust(ANY_PATH, -1);
    };
  }

  entries(): RequestLogEntry[] {
    return this.log.map((entry) => ({ ...entry }));
  }

  count(path?: string): number {
    return path === undefined ? this.log.length : this.log.filter((entry) => entry.path === path).length;
  }

  maxInFlight(path?: string): number {
    return this.peaks.get(path ?? ANY_PATH) ?? 0;
  }

  /** Forgets entries and peaks; requests still in flight keep counting toward new peaks. */
  clear(): void {
    this.log = [];
    this.peaks = new Map(this.inFlight);
  }

  private adjust(key: string, delta: number): void {
    const current = (this.inFlight.get(key) ?? 0) + delta;
    this.inFlight.set(key, current);
    if (current > (this.peaks.get(key) ?? 0)) {
      this.peaks.set(key, current);
    }
  }
}
