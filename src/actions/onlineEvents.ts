/**
 * Calls `listener` on every `online` event of the page, which browsers fire when the device
 * gets a network connection back, and returns the function that stops it. Outside a page (Node
 * tests) it does nothing.
 */
export function subscribeToOnlineEvents(listener: () => void): () => void {
  if (typeof window === 'undefined' || typeof window.addEventListener !== 'function') {
    return () => undefined;
  }

  window.addEventListener('online', listener);

  return () => window.removeEventListener('online', listener);
}
