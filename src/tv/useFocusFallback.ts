import { getCurrentFocusKey, setFocus } from '@noriginmedia/norigin-spatial-navigation';
import { useEffect, useRef } from 'react';

/**
 * Moves the focus to `fallbackFocusKey` at once when the focused item leaves `focusKeys` (an
 * episode marked watched removes its show from a row). Without this, norigin focuses the
 * item's parent only 300 ms after the removal, and key presses in between go nowhere.
 * Give a row's focus key as the fallback: it lands on the card now at the same position.
 */
export function useFocusFallback(focusKeys: readonly string[], fallbackFocusKey: string): void {
  const previousKeysRef = useRef<ReadonlySet<string>>(new Set());

  useEffect(() => {
    const keys = new Set(focusKeys);
    const focused = getCurrentFocusKey();

    if (focused && previousKeysRef.current.has(focused) && !keys.has(focused)) {
      void setFocus(fallbackFocusKey);
    }

    previousKeysRef.current = keys;
  }, [focusKeys, fallbackFocusKey]);
}
