import { createLogger } from '../logger';
import type { PollOutcome } from './types';

/**
 * The pairing engine's logs. They identify a code by its number within the flow and never
 * contain the device code, the user code or the access token.
 */
export const pairingLog = createLogger('pairing');

export function describeError(error: unknown): string {
  return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
}

/** Milliseconds to seconds, rounded to a tenth for readable logs. */
export function toLogSeconds(ms: number): number {
  return Math.round(ms / 100) / 10;
}

export interface PollLogEntry {
  provider: string;
  /** 1 for the first code of the flow. */
  codeNumber: number;
  /** 1 for the first poll of this code. */
  poll: number;
  /** Time since the code reply arrived. */
  sinceCodeMs: number;
  /** Wait before the next poll or the deadline, or null when nothing more is scheduled. */
  nextWaitMs: number | null;
  intervalSeconds: number;
}

/**
 * Logs what one poll meant, at `error` for a final failure, `warn` for a network failure and
 * `info` otherwise, so the default level keeps a whole code's history in the ring buffer.
 */
export function logPollOutcome(outcome: PollOutcome, entry: PollLogEntry): void {
  const data: Record<string, unknown> = {
    provider: entry.provider,
    codeNumber: entry.codeNumber,
    poll: entry.poll,
    outcome: outcome.kind,
    sinceCodeSeconds: toLogSeconds(entry.sinceCodeMs),
    nextWaitSeconds: entry.nextWaitMs === null ? null : toLogSeconds(entry.nextWaitMs),
    intervalSeconds: entry.intervalSeconds,
  };

  if (outcome.kind === 'transient' || outcome.kind === 'failed') {
    data.error = describeError(outcome.error);
  }

  if (outcome.kind === 'failed') {
    pairingLog.error('poll outcome', data);
  } else if (outcome.kind === 'transient') {
    pairingLog.warn('poll outcome', data);
  } else {
    pairingLog.info('poll outcome', data);
  }
}
