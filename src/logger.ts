/**
 * The app's one logger: levelled, structured, and kept in a ring buffer so a field problem
 * (pairing stuck on "waiting") can be read back from the TV. Callers pass ids and outcomes,
 * never a token, a secret, a password or its MD5; `redact` drops such fields as a second guard.
 */

export type LogLevel = 'debug' | 'info' | 'warn' | 'error';

export interface LogEntry {
  time: number;
  level: LogLevel;
  scope: string;
  message: string;
  data?: Record<string, unknown>;
}

const LEVEL_ORDER: Record<LogLevel, number> = { debug: 10, info: 20, warn: 30, error: 40 };

/** Field names whose values are never kept, whatever the caller passes. */
const SECRET_FIELDS = /token|secret|password|passwd|hash|md5|authorization|device_?code|code_verifier/i;

/** Enough history to cover a whole 30-minute pairing at one poll every 5 s (360 polls). */
const MAX_ENTRIES = 500;

const entries: LogEntry[] = [];
const sinks = new Set<(entry: LogEntry) => void>();
let minimumLevel: LogLevel = 'info';

export function setLogLevel(level: LogLevel): void {
  minimumLevel = level;
}

/** Registers a function called with every kept entry; returns its removal. */
export function addLogSink(sink: (entry: LogEntry) => void): () => void {
  sinks.add(sink);
  return () => sinks.delete(sink);
}

export function getLogEntries(): readonly LogEntry[] {
  return entries;
}

export function clearLog(): void {
  entries.length = 0;
}

/** Replaces the value of every secret-looking field with `[redacted]`, one level deep. */
export function redact(data: Record<string, unknown>): Record<string, unknown> {
  const safe: Record<string, unknown> = {};

  for (const [key, value] of Object.entries(data)) {
    safe[key] = SECRET_FIELDS.test(key) ? '[redacted]' : value;
  }

  return safe;
}

function write(level: LogLevel, scope: string, message: string, data?: Record<string, unknown>): void {
  if (LEVEL_ORDER[level] < LEVEL_ORDER[minimumLevel]) {
    return;
  }

  const entry: LogEntry = { time: Date.now(), level, scope, message };
  if (data) {
    entry.data = redact(data);
  }

  entries.push(entry);
  if (entries.length > MAX_ENTRIES) {
    entries.shift();
  }

  for (const sink of sinks) {
    sink(entry);
  }
}

export interface Logger {
  debug(message: string, data?: Record<string, unknown>): void;
  info(message: string, data?: Record<string, unknown>): void;
  warn(message: string, data?: Record<string, unknown>): void;
  error(message: string, data?: Record<string, unknown>): void;
}

/** A logger whose entries carry `scope` (for example `pairing` or `api`). */
export function createLogger(scope: string): Logger {
  return {
    debug: (message, data) => write('debug', scope, message, data),
    info: (message, data) => write('info', scope, message, data),
    warn: (message, data) => write('warn', scope, message, data),
    error: (message, data) => write('error', scope, message, data),
  };
}
