import { targetOf, type ActionTarget, type QueuedAction } from './memberAction';

/** Returns the queued actions on `target`, oldest first, for a screen that marks them "pending". */
export function pendingActionsFor(actions: readonly QueuedAction[], target: ActionTarget): QueuedAction[] {
  return actions.filter((action) => {
    const actionTarget = targetOf(action);

    return actionTarget.type === target.type && actionTarget.id === target.id;
  });
}

/** Returns the newest queued action on `target`, the one whose result the screen shows, or null. */
export function latestPendingAction(actions: readonly QueuedAction[], target: ActionTarget): QueuedAction | null {
  const pending = pendingActionsFor(actions, target);

  return pending[pending.length - 1] ?? null;
}
