import { actionLog as log } from './actionLog';
import { ACTION_KINDS, type ActionKind, type QueuedAction } from './memberAction';

/** Prefix of the `localStorage` keys. The member id follows it, so each member has one key. */
export const ACTION_STORE_KEY_PREFIX = 'betaseries-tv.actions.';

/** Format version of the stored JSON. A store of another version is dropped. */
const STORE_VERSION = 1;

/** Reads and writes one member's queued actions in Web Storage. */
export interface ActionStore {
  /** Returns the member's stored actions. An unreadable store is removed and gives an empty list. */
  load(memberId: number): QueuedAction[];
  /** Replaces the member's stored actions. An empty list removes the key. */
  save(memberId: number, actions: readonly QueuedAction[]): void;
}

export function actionStoreKey(memberId: number): string {
  return `${ACTION_STORE_KEY_PREFIX}${memberId}`;
}

function isPositiveInteger(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value > 0;
}

function isActionKind(value: unknown): value is ActionKind {
  return typeof value === 'string' && (ACTION_KINDS as readonly string[]).indexOf(value) !== -1;
}

/**
 * Rebuilds one stored action, or returns null when any field is missing or wrong. An action
 * stored as `sending` was in flight when the app stopped, so it comes back as `queued` and is
 * sent again, which every kind tolerates (see `MemberActionInput`).
 */
function readStoredAction(value: unknown, memberId: number): QueuedAction | null {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return null;
  }

  const raw = value as Record<string, unknown>;
  if (typeof raw.id !== 'string' || raw.id === '' || !isActionKind(raw.kind)) {
    return null;
  }

  // An action of another member must never be sent with this member's token.
  if (raw.memberId !== memberId) {
    return null;
  }

  if (typeof raw.createdAt !== 'number' || !Number.isFinite(raw.createdAt)) {
    return null;
  }

  if (typeof raw.attempts !== 'number' || !Number.isInteger(raw.attempts) || raw.attempts < 0) {
    return null;
  }

  const base = { id: raw.id, memberId, createdAt: raw.createdAt, status: 'queued' as const, attempts: raw.attempts };

  switch (raw.kind) {
    case 'markWatched':
    case 'unmarkWatched':
      return isPositiveInteger(raw.episodeId) ? { ...base, kind: raw.kind, episodeId: raw.episodeId } : null;

    case 'addShow':
    case 'removeShow':
    case 'archiveShow':
    case 'unarchiveShow':
      return isPositiveInteger(raw.showId) ? { ...base, kind: raw.kind, showId: raw.showId } : null;

    case 'setMovieState': {
      const state = raw.state;
      if (!isPositiveInteger(raw.movieId) || (state !== 0 && state !== 1 && state !== 2)) {
        return null;
      }

      return { ...base, kind: raw.kind, movieId: raw.movieId, state };
    }

    case 'markSeasonWatched': {
      const season = raw.season;
      if (!isPositiveInteger(raw.showId) || typeof season !== 'number' || !Number.isInteger(season) || season < 0) {
        return null;
      }

      return { ...base, kind: raw.kind, showId: raw.showId, season };
    }
  }
}

/** Returns the actions of a stored text, or null when the text as a whole is unusable. */
function parseStore(text: string, memberId: number): { actions: QueuedAction[]; dropped: number } | null {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return null;
  }

  if (typeof value !== 'object' || value === null) {
    return null;
  }

  const record = value as Record<string, unknown>;
  if (record.version !== STORE_VERSION || !Array.isArray(record.actions)) {
    return null;
  }

  const actions: QueuedAction[] = [];
  const seenIds = new Set<string>();
  let dropped = 0;

  for (const entry of record.actions) {
    const action = readStoredAction(entry, memberId);
    if (action === null || seenIds.has(action.id)) {
      dropped += 1;
      continue;
    }

    seenIds.add(action.id);
    actions.push(action);
  }

  return { actions, dropped };
}

/**
 * Creates the store of queued actions in Web Storage (`localStorage` on the TV, which survives
 * a reload and a restart). Storage errors (full, disabled, private mode) are logged and the
 * queue carries on in memory. `storage` null keeps everything in memory only.
 */
export function createActionStore(storage: Storage | null): ActionStore {
  function removeKey(key: string): void {
    try {
      storage?.removeItem(key);
    } catch (error) {
      log.warn('removing the stored action queue failed', { error: String(error) });
    }
  }

  function load(memberId: number): QueuedAction[] {
    if (!storage) {
      return [];
    }

    const key = actionStoreKey(memberId);
    let text: string | null;
    try {
      text = storage.getItem(key);
    } catch (error) {
      log.warn('reading the stored action queue failed', { memberId, error: String(error) });
      return [];
    }

    if (text === null) {
      return [];
    }

    const parsed = parseStore(text, memberId);
    if (parsed === null) {
      log.warn('the stored action queue is unreadable, so it is dropped', { memberId, length: text.length });
      removeKey(key);
      return [];
    }

    if (parsed.dropped > 0) {
      log.warn('dropped unreadable entries of the stored action queue', { memberId, dropped: parsed.dropped, kept: parsed.actions.length });
    }

    return parsed.actions;
  }

  let saveFailing = false;

  function save(memberId: number, actions: readonly QueuedAction[]): void {
    if (!storage) {
      return;
    }

    const key = actionStoreKey(memberId);
    if (actions.length === 0) {
      removeKey(key);
      return;
    }

    try {
      storage.setItem(key, JSON.stringify({ version: STORE_VERSION, actions }));
      saveFailing = false;
    } catch (error) {
      // Logged once per run of failures, because the queue saves after every change.
      if (!saveFailing) {
        log.warn('storing the action queue failed, so it is kept in memory until the app closes', {
          memberId,
          actions: actions.length,
          error: String(error),
        });
      }

      saveFailing = true;
    }
  }

  return { load, save };
}
