import { useEffect, useRef } from 'react';
import { toRemoteKey } from './keys';
import { useScreen } from './useScreen';

export type ColorKey = 'red' | 'green' | 'yellow' | 'blue';

/** What each colour key does on a screen; a key left out does nothing there. */
export type ColorKeyHandlers = Partial<Record<ColorKey, () => void>>;

/**
 * Runs the handler of a remote's colour key (webOS and Tizen 403-406) while the enclosing screen
 * is active and `enabled` holds. A held key runs its handler once, because an auto-repeated
 * "mark watched" would act on each item the focus lands on next. Handlers may change on every
 * render without re-registering the listener.
 */
export function useColorKeys(handlers: ColorKeyHandlers, enabled = true): void {
  const { active } = useScreen();
  const handlersRef = useRef(handlers);

  useEffect(() => {
    handlersRef.current = handlers;
  });

  useEffect(() => {
    if (!active || !enabled) {
      return undefined;
    }

    const onKeyDown = (event: KeyboardEvent) => {
      const key = toRemoteKey(event);
      if (key !== 'red' && key !== 'green' && key !== 'yellow' && key !== 'blue') {
        return;
      }

      const handler = handlersRef.current[key];
      if (!handler) {
        return;
      }

      event.preventDefault();
      if (event.repeat) {
        return;
      }

      handler();
    };

    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [active, enabled]);
}
