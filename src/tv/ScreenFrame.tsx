import {
  doesFocusableExist,
  FocusContext,
  getCurrentFocusKey,
  setFocus,
  useFocusable,
} from '@noriginmedia/norigin-spatial-navigation';
import { createContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';

export interface ScreenContextValue {
  /** False while another screen covers this one. */
  active: boolean;
  setDefaultFocusKey: (focusKey: string | null) => void;
}

export const ScreenContext = createContext<ScreenContextValue | null>(null);

export interface ScreenFrameProps {
  focusKey: string;
  /** Only the top screen of the stack is active: shown, focusable, and listening to Back. */
  active: boolean;
  /** The focus key this screen had when another screen covered it, restored when it is active again. */
  restoreFocusKey?: string | null;
  children: ReactNode;
}

/** True when DOM focus is on a descendant of `container` (not on the container itself). */
function hasFocusInside(container: HTMLElement | null): boolean {
  const focused = document.activeElement;
  return Boolean(container && focused && focused !== container && container.contains(focused));
}

/**
 * Renders one screen: a focus boundary (arrows never leave it), hidden while covered. It places the
 * initial focus: the saved key when the screen comes back, else the key the screen asked for
 * with `useScreenDefaultFocus`, else norigin's choice among its children. When the screen's
 * default changes (content replaced a loading state), the focus follows it unless the member
 * pressed a key since the focus was last placed and the focus is still inside the screen.
 */
export function ScreenFrame({ focusKey, active, restoreFocusKey, children }: ScreenFrameProps) {
  const [defaultFocusKey, setDefaultFocusKey] = useState<string | null>(null);

  const { ref } = useFocusable<object, HTMLDivElement>({
    focusKey,
    focusable: active,
    isFocusBoundary: true,
    saveLastFocusedChild: true,
    preferredChildFocusKey: defaultFocusKey ?? undefined,
  });

  /** Whether the member pressed a key since this screen became active (or got its focus back). */
  const memberActedRef = useRef(false);
  const wasActiveRef = useRef(false);

  useEffect(() => {
    if (!active) {
      return undefined;
    }

    const noteKey = () => {
      memberActedRef.current = true;
    };

    window.addEventListener('keydown', noteKey, true);
    return () => window.removeEventListener('keydown', noteKey, true);
  }, [active]);

  useEffect(() => {
    if (!active) {
      wasActiveRef.current = false;
      return;
    }

    const becameActive = !wasActiveRef.current;
    wasActiveRef.current = true;

    if (becameActive) {
      memberActedRef.current = false;

      if (restoreFocusKey && doesFocusableExist(restoreFocusKey)) {
        // The restored focus is the member's own choice: a later default must not move it.
        memberActedRef.current = true;
        void setFocus(restoreFocusKey);
        return;
      }
    }

    const target = defaultFocusKey && doesFocusableExist(defaultFocusKey) ? defaultFocusKey : focusKey;

    if (getCurrentFocusKey() === target) {
      return;
    }

    if (memberActedRef.current && hasFocusInside(ref.current)) {
      return;
    }

    // The app, not the member, places this focus, so the next default may replace it.
    memberActedRef.current = false;
    void setFocus(target);
  }, [active, defaultFocusKey, focusKey, restoreFocusKey, ref]);

  const context = useMemo<ScreenContextValue>(() => ({ active, setDefaultFocusKey }), [active]);

  return (
    <ScreenContext.Provider value={context}>
      <FocusContext.Provider value={focusKey}>
        <div ref={ref} className="tv-screen" hidden={!active} tabIndex={-1} data-screen={focusKey}>
          {children}
        </div>
      </FocusContext.Provider>
    </ScreenContext.Provider>
  );
}
