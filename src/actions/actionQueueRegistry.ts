import type { ApiClient } from '../api/client';
import { createActionQueue, type ActionQueue, type MemberSession } from './actionQueue';

interface RegisteredQueue {
  queue: ActionQueue;
  sessionOverHandlers: Set<(session: MemberSession) => void>;
}

/**
 * The one live queue of the page and the client it sends with. The app creates one API client
 * at start. A new client (each component test creates one) replaces the queue and disposes the
 * previous one, so two queues never write the same member's store.
 */
let current: { client: ApiClient; entry: RegisteredQueue } | null = null;

/** `localStorage`, or null where reading the property itself throws (some TV private modes). */
function findLocalStorage(): Storage | null {
  try {
    return typeof window === 'undefined' ? null : (window.localStorage ?? null);
  } catch {
    return null;
  }
}

function register(client: ApiClient): RegisteredQueue {
  if (current !== null && current.client === client) {
    return current.entry;
  }

  current?.entry.queue.dispose();

  const sessionOverHandlers = new Set<(session: MemberSession) => void>();
  const queue = createActionQueue({
    client,
    storage: findLocalStorage(),
    onSessionOver: (session) => {
      for (const handler of [...sessionOverHandlers]) {
        handler(session);
      }
    },
  });

  const entry = { queue, sessionOverHandlers };
  current = { client, entry };
  return entry;
}

/** Returns the action queue that sends with `client`, created with `localStorage` on first use. */
export function actionQueueFor(client: ApiClient): ActionQueue {
  return register(client).queue;
}

/**
 * Registers a handler called when the queue of `client` meets a rejected token, and returns
 * its removal. The session layer ends the session there.
 */
export function onQueueSessionOver(client: ApiClient, handler: (session: MemberSession) => void): () => void {
  const { sessionOverHandlers } = register(client);
  sessionOverHandlers.add(handler);

  return () => {
    sessionOverHandlers.delete(handler);
  };
}
