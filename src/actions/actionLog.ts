import { ApiError, InvalidResponseError } from '../api/errors';
import { createLogger } from '../logger';
import { targetOf, type QueuedAction } from './memberAction';

/** The action queue's logs: action ids, kinds, target ids and member ids, never a token. */
export const actionLog = createLogger('actions');

/** Returns the log fields of an action. */
export function describeAction(action: QueuedAction): Record<string, unknown> {
  const target = targetOf(action);

  return {
    actionId: action.id,
    kind: action.kind,
    targetType: target.type,
    targetId: target.id,
    ...(target.type === 'season' ? { season: target.season } : {}),
    memberId: action.memberId,
    attempts: action.attempts,
  };
}

/** Returns the log fields of an error: its class, and its API code and HTTP status when it has them. */
export function describeError(error: unknown): Record<string, unknown> {
  const data: Record<string, unknown> = { error: error instanceof Error ? error.name : typeof error };

  if (error instanceof ApiError) {
    data.code = error.code;
  }

  if (error instanceof ApiError || error instanceof InvalidResponseError) {
    data.status = error.status;
  }

  return data;
}
