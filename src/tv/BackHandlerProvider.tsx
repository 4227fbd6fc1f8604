import { createContext, useEffect, useState, type ReactNode } from 'react';
import { createBackHandlerStack, type BackHandlerStack } from './backHandlerStack';
import { toRemoteKey } from './keys';

export const BackHandlerContext = createContext<BackHandlerStack | null>(null);

/**
 * Listens for the remote's Back key (webOS 461, Tizen 10009, Escape or Backspace in a browser)
 * and hands it to the newest handler registered with `useBackHandler`.
 */
export function BackHandlerProvider({ children }: { children: ReactNode }) {
  const [stack] = useState(createBackHandlerStack);

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (toRemoteKey(event) !== 'back') {
        return;
      }

      // Stops Backspace from navigating the browser history and webOS from handling Back itself.
      event.preventDefault();

      // A held Back key auto-repeats; one press should pop one screen, not the whole stack.
      if (event.repeat) {
        return;
      }

      stack.dispatch();
    };

    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [stack]);

  return <BackHandlerContext.Provider value={stack}>{children}</BackHandlerContext.Provider>;
}
