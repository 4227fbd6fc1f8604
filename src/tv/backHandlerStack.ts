/** A Back handler returns true when it handled the key, false to let the next handler try. */
export type BackHandler = () => boolean;

/**
 * The registered Back handlers, newest first: a dialog registered after its screen gets Back
 * before the screen does, and the screen stack (registered first) is the last resort.
 */
export interface BackHandlerStack {
  add(handler: BackHandler): () => void;
  /** Runs handlers from the newest until one returns true; returns whether any did. */
  dispatch(): boolean;
}

export function createBackHandlerStack(): BackHandlerStack {
  const handlers: BackHandler[] = [];

  return {
    add(handler) {
      handlers.push(handler);

      return () => {
        const index = handlers.lastIndexOf(handler);
        if (index >= 0) {
          handlers.splice(index, 1);
        }
      };
    },

    dispatch() {
      // A copy, because a handler may remove itself (a dialog closing) while we walk the list.
      const snapshot = handlers.slice().reverse();

      for (const handler of snapshot) {
        if (handler()) {
          return true;
        }
      }

      return false;
    },
  };
}
