import { useEffect, useRef } from 'react';
import { toShortcutKey, type ColourKey } from './shortcutKeys';
import { useScreen } from './useScreen';

/**
 * Calls `handler` when the colour key `key` is pressed while the enclosing screen is on top and
 * `enabled` is true. Auto-repeats of a held key are ignored, so holding Green marks one episode.
 * The handler may change on every render.
 */
export function useShortcutKey(key: ColourKey, handler: () => void, enabled = true): void {
  const { active } = useScreen();
  const handlerRef = useRef(handler);

  useEffect(() => {
    handlerRef.current = handler;
  });

  useEffect(() => {
    if (!active || !enabled) {
      return undefined;
    }

    const onKeyDown = (event: KeyboardEvent) => {
      if (toShortcutKey(event) !== key || event.repeat) {
        return;
      }

      event.preventDefault();
      handlerRef.current();
    };

    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [active, enabled, key]);
}
