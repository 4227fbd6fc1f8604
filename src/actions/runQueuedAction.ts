import type { ApiClient } from '../api/client';
import type { ActionOutcome, ActionQueue } from './actionQueue';
import { actionQueueFor } from './actionQueueRegistry';
import { actionLog as log } from './actionLog';
import type { MemberActionInput } from './memberAction';
import { isAlreadyApplied, sendAction } from './sendAction';

/** The signed-in member a change belongs to, as the screens know it. */
export interface ActionSession {
  /** Null until `members/infos` has replied once. The change is then sent without the queue. */
  memberId: number | null;
  token: string;
}

/** Result of a change that left the queue. `cancelled` means that nothing was sent. */
export type QueuedActionResult = 'applied' | 'alreadyApplied' | 'cancelled';

interface Waiter {
  resolve: (result: QueuedActionResult) => void;
  reject: (error: unknown) => void;
}

/** Callers waiting for an action, by queue and action id. */
const waitersByQueue = new WeakMap<ActionQueue, Map<string, Waiter[]>>();

function waitersOf(queue: ActionQueue): Map<string, Waiter[]> {
  const existing = waitersByQueue.get(queue);
  if (existing) {
    return existing;
  }

  const waiters = new Map<string, Waiter[]>();
  waitersByQueue.set(queue, waiters);

  queue.subscribeOutcomes((outcome: ActionOutcome) => {
    const waiting = waiters.get(outcome.action.id) ?? [];
    waiters.delete(outcome.action.id);

    for (const waiter of waiting) {
      if (outcome.kind === 'rejected') {
        waiter.reject(outcome.error);
      } else {
        waiter.resolve(outcome.kind);
      }
    }
  });

  return waiters;
}

/** True when a caller of `runQueuedAction` in this page waits for the action, so it handles the outcome itself. */
export function hasWaiter(queue: ActionQueue, actionId: string): boolean {
  return (waitersByQueue.get(queue)?.get(actionId)?.length ?? 0) > 0;
}

function waitFor(queue: ActionQueue, actionId: string): Promise<QueuedActionResult> {
  const waiters = waitersOf(queue);

  return new Promise<QueuedActionResult>((resolve, reject) => {
    const waiting = waiters.get(actionId) ?? [];
    waiting.push({ resolve, reject });
    waiters.set(actionId, waiting);
  });
}

/** Settles the callers of an action that left the queue without being sent (cancelled or replaced). */
function releaseWaiters(queue: ActionQueue, actionId: string): void {
  const waiters = waitersOf(queue);
  const waiting = waiters.get(actionId) ?? [];
  waiters.delete(actionId);

  waiting.forEach((waiter) => waiter.resolve('cancelled'));
}

/** Sends a change at once, as before the queue existed, for a member whose id is not known yet. */
async function sendDirectly(client: ApiClient, token: string, input: MemberActionInput): Promise<QueuedActionResult> {
  try {
    await sendAction(client, token, input, new AbortController().signal);
  } catch (error) {
    if (!isAlreadyApplied(input, error)) {
      throw error;
    }

    return 'alreadyApplied';
  }

  return 'applied';
}

/**
 * Sends a member's change through the action queue of `client`. Resolves when the API has
 * applied it, when it was already in place, or when the opposite change cancelled it before it
 * was sent (or a newer change of the same movie replaced it), with the matching result. Rejects
 * with the API's error when the API rejects it. While the network is down the
 * promise stays pending, because the change is kept and sent later. After a reload no caller
 * waits, and `useQueueForSession` refreshes the screens instead.
 *
 * NOTE: before `members/infos` has replied once (`memberId` null) the change is sent directly,
 * so a network failure then rejects it instead of keeping it.
 */
export function runQueuedAction(client: ApiClient, session: ActionSession, input: MemberActionInput): Promise<QueuedActionResult> {
  if (session.memberId === null) {
    log.info('member id unknown, so the change is sent without the queue', { kind: input.kind });
    return sendDirectly(client, session.token, input);
  }

  const queue = actionQueueFor(client);
  queue.setSession({ memberId: session.memberId, token: session.token });

  // Registered before enqueue, which may send at once.
  waitersOf(queue);
  const result = queue.enqueue(input);

  switch (result.kind) {
    case 'cancelled':
      releaseWaiters(queue, result.cancelled.id);
      return Promise.resolve('cancelled');

    case 'replaced':
      releaseWaiters(queue, result.replaced.id);
      return waitFor(queue, result.action.id);

    case 'duplicate':
    case 'queued':
      return waitFor(queue, result.action.id);
  }
}
