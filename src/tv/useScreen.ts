import { useContext, useEffect } from 'react';
import { ScreenContext, type ScreenContextValue } from './ScreenFrame';

/** Returns the enclosing screen's state. Outside a `ScreenFrame` (a component test), the screen counts as active. */
export function useScreen(): ScreenContextValue {
  return useContext(ScreenContext) ?? { active: true, setDefaultFocusKey: () => undefined };
}

/**
 * Asks the enclosing screen to focus `focusKey` when it opens, or when the key changes before the
 * member pressed a key (the first card once the list has loaded). Null lets norigin choose.
 */
export function useScreenDefaultFocus(focusKey: string | null): void {
  const { setDefaultFocusKey } = useScreen();

  useEffect(() => {
    setDefaultFocusKey(focusKey);
  }, [focusKey, setDefaultFocusKey]);
}
