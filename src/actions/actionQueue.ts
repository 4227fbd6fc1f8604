import { createActionId } from './actionId';
import { actionLog as log, describeAction, describeError } from './actionLog';
import { createActionStore } from './actionStore';
import type { ActionOutcome, ActionQueue, ActionQueueOptions, MemberSession, QueueSnapshot } from './actionQueueTypes';
import { addCollapsing, type EnqueueResult } from './collapseActions';
import { judgeFailure } from './judgeFailure';
import { validateActionInput, type MemberActionInput, type QueuedAction } from './memberAction';
import { subscribeToOnlineEvents } from './onlineEvents';
import { computeRetryDelayMs, DEFAULT_RETRY_POLICY, type RetryPolicy } from './retryPolicy';
import { sendAction } from './sendAction';

export type { ActionOutcome, ActionQueue, ActionQueueOptions, MemberSession, QueueSnapshot } from './actionQueueTypes';

/**
 * Creates the queue of the member's changes (watched episodes, shows, movies). Changes are kept
 * in storage per member until the API has applied them, and sent strictly in order, one request
 * at a time. A network failure or a 5xx keeps the change and tries again with a growing wait,
 * or at once on an `online` event or `retryNow()`. A rejected token pauses the queue until the
 * same member signs in again. Any other refusal drops the change and reports it.
 */
export function createActionQueue(options: ActionQueueOptions): ActionQueue {
  const { client } = options;
  const now = options.now ?? Date.now;
  const policy: RetryPolicy = { ...DEFAULT_RETRY_POLICY, ...options.retryPolicy };
  const store = createActionStore(options.storage);

  const listeners = new Set<() => void>();
  const outcomeListeners = new Set<(outcome: ActionOutcome) => void>();

  let session: MemberSession | null = null;
  let actions: QueuedAction[] = [];
  let paused = false;
  let disposed = false;

  // Tokens the API rejected, so a caller that hands one back does not resume the queue. Kept in
  // memory only.
  const rejectedTokens = new Set<string>();

  // The controller of the request in flight, or null when none is.
  let inFlight: AbortController | null = null;
  // Bumped whenever the request in flight is abandoned, so its late result is ignored.
  let generation = 0;

  let timer: ReturnType<typeof setTimeout> | null = null;
  let retryAt: number | null = null;
  let failuresInRow = 0;
  // Wall-clock time before which `retryNow()` must not send, from the server's `Retry-After`.
  let retryAfterUntil = 0;

  let snapshot: QueueSnapshot = { memberId: null, actions: [], pausedForSignIn: false, retryAt: null };

  /** Calls a subscriber. One that throws is logged, so it cannot stop the queue halfway through a change. */
  function notify(listener: () => void): void {
    try {
      listener();
    } catch (error) {
      log.error('an action queue listener threw', describeError(error));
    }
  }

  function publish(): void {
    snapshot = { memberId: session?.memberId ?? null, actions: [...actions], pausedForSignIn: paused, retryAt };

    for (const listener of [...listeners]) {
      notify(listener);
    }
  }

  function emit(outcome: ActionOutcome): void {
    for (const listener of [...outcomeListeners]) {
      notify(() => listener(outcome));
    }
  }

  function persist(): void {
    if (session !== null) {
      store.save(session.memberId, actions);
    }
  }

  function replaceAction(next: QueuedAction): void {
    actions = actions.map((action) => (action.id === next.id ? next : action));
  }

  function removeAction(actionId: string): void {
    actions = actions.filter((action) => action.id !== actionId);
  }

  function clearTimer(): void {
    if (timer !== null) {
      clearTimeout(timer);
      timer = null;
    }

    retryAt = null;
  }

  function abandonRequest(): void {
    generation += 1;
    inFlight?.abort();
    inFlight = null;
  }

  // Sending

  /** Sends the head of the queue unless the queue is paused, waiting for a retry or busy. */
  function pump(): void {
    if (disposed || session === null || paused || inFlight !== null || timer !== null) {
      return;
    }

    const head = actions[0];
    if (head === undefined) {
      return;
    }

    send(head, session);
  }

  function send(head: QueuedAction, current: MemberSession): void {
    // Stored before the request leaves, so a crash from here on replays it and never collapses it.
    const action: QueuedAction = { ...head, status: 'sending', attempts: head.attempts + 1 };
    replaceAction(action);
    persist();
    publish();

    const controller = new AbortController();
    const sentGeneration = generation;
    inFlight = controller;

    log.debug('sending action', describeAction(action));

    sendAction(client, current.token, action, controller.signal).then(
      () => {
        if (sentGeneration === generation) {
          onApplied(action, 'applied');
        }
      },
      (error: unknown) => {
        if (sentGeneration === generation) {
          onFailed(action, current, error);
        }
      },
    );
  }

  function onApplied(action: QueuedAction, kind: 'applied' | 'alreadyApplied'): void {
    inFlight = null;
    failuresInRow = 0;
    retryAfterUntil = 0;

    removeAction(action.id);
    persist();
    publish();

    log.info(kind === 'applied' ? 'action applied' : 'action was already applied', describeAction(action));
    emit({ kind, action });
    pump();
  }

  function onFailed(action: QueuedAction, current: MemberSession, error: unknown): void {
    inFlight = null;
    const verdict = judgeFailure(action, error);

    switch (verdict.kind) {
      case 'alreadyApplied':
        onApplied(action, 'alreadyApplied');
        return;

      case 'sessionOver':
        onSessionOver(action, current);
        return;

      case 'rejected':
        onRejected(action, error);
        return;

      case 'retry':
        if (verdict.unreadable && action.attempts >= policy.maxUnreadableAttempts) {
          onRejected(action, error);
          return;
        }

        scheduleRetry(action, verdict.retryAfterSeconds, error);
        return;

      case 'aborted':
        // The queue abandons a request by bumping `generation`, so an abort that gets here came
        // from elsewhere (a polyfill, the platform). It is handled like a lost connection.
        scheduleRetry(action, null, error);
        return;
    }
  }

  function onRejected(action: QueuedAction, error: unknown): void {
    // The API replied, so the network works and the next action goes out at once.
    failuresInRow = 0;
    removeAction(action.id);
    persist();
    publish();

    log.warn('action rejected and dropped', { ...describeAction(action), ...describeError(error) });
    emit({ kind: 'rejected', action, error });
    pump();
  }

  function onSessionOver(action: QueuedAction, current: MemberSession): void {
    paused = true;
    rejectedTokens.add(current.token);
    replaceAction({ ...action, status: 'queued' });
    persist();
    publish();

    log.info('token rejected, so the queue waits for the same member to sign in again', {
      ...describeAction(action),
      queued: actions.length,
    });
    options.onSessionOver?.(current);
  }

  function scheduleRetry(action: QueuedAction, retryAfterSeconds: number | null, error: unknown): void {
    failuresInRow += 1;
    const waitMs = computeRetryDelayMs(policy, failuresInRow, retryAfterSeconds);
    retryAfterUntil = retryAfterSeconds === null ? 0 : now() + waitMs;

    replaceAction({ ...action, status: 'queued' });
    persist();

    retryAt = now() + waitMs;
    timer = setTimeout(() => {
      timer = null;
      retryAt = null;
      publish();
      pump();
    }, waitMs);
    publish();

    const data = { ...describeAction(action), ...describeError(error), failuresInRow, nextWaitMs: waitMs };
    // One line per failure would flood the log of a TV offline for hours, so after the third
    // failure only every tenth one is logged at warn level.
    if (failuresInRow <= 3 || failuresInRow % 10 === 0) {
      log.warn('action failed, will retry', data);
    } else {
      log.debug('action failed again, will retry', data);
    }
  }

  // Public operations

  function enqueue(input: MemberActionInput): EnqueueResult {
    if (disposed) {
      throw new Error('ActionQueue.enqueue was called after dispose(): create a new queue.');
    }

    if (session === null) {
      throw new Error('ActionQueue.enqueue needs a signed-in member: call setSession() first.');
    }

    validateActionInput(input);

    const action: QueuedAction = {
      ...input,
      id: createActionId(now()),
      memberId: session.memberId,
      createdAt: now(),
      status: 'queued',
      attempts: 0,
    };

    const added = addCollapsing(actions, action);
    actions = added.actions;
    persist();
    publish();

    log.debug('action queued', { ...describeAction(action), result: added.result.kind, queued: actions.length });
    pump();

    return added.result;
  }

  function setSession(next: MemberSession | null): void {
    if (disposed) {
      return;
    }

    if (next !== null && session !== null && next.memberId === session.memberId) {
      if (next.token === session.token) {
        return;
      }

      session = next;
      if (paused && !rejectedTokens.has(next.token)) {
        paused = false;
        log.info('same member signed in again, so the queued actions are replayed', { memberId: next.memberId, queued: actions.length });
      }

      publish();
      pump();
      return;
    }

    abandonRequest();
    clearTimer();
    failuresInRow = 0;
    retryAfterUntil = 0;

    session = next;
    paused = next !== null && rejectedTokens.has(next.token);
    actions = next === null ? [] : store.load(next.memberId);

    if (next !== null && actions.length > 0) {
      log.info('loaded queued actions', { memberId: next.memberId, queued: actions.length });
    }

    publish();
    pump();
  }

  function retryNow(): void {
    if (disposed || timer === null || now() < retryAfterUntil) {
      return;
    }

    clearTimer();
    publish();
    pump();
  }

  const unsubscribeOnline = (options.subscribeOnline ?? subscribeToOnlineEvents)(() => retryNow());

  function dispose(): void {
    if (disposed) {
      return;
    }

    disposed = true;
    abandonRequest();
    clearTimer();
    unsubscribeOnline();
    listeners.clear();
    outcomeListeners.clear();
  }

  return {
    getSnapshot: () => snapshot,
    subscribe(listener) {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
    subscribeOutcomes(listener) {
      outcomeListeners.add(listener);
      return () => {
        outcomeListeners.delete(listener);
      };
    },
    enqueue,
    setSession,
    retryNow,
    dispose,
  };
}
