import { getCurrentFocusKey } from '@noriginmedia/norigin-spatial-navigation';
import { useCallback, useMemo, useRef, useState } from 'react';
import { createLogger } from '../logger';
import { AppErrorBoundary } from './AppErrorBoundary';
import { leaveApp as defaultLeaveApp } from '../tv/leaveApp';
import { ScreenFrame } from '../tv/ScreenFrame';
import { useBackHandler } from '../tv/useBackHandler';
import { ScreenStackContext, type ScreenDescriptor, type ScreenStackApi } from './screenStackContext';

const log = createLogger('screens');

interface StackEntry {
  screen: ScreenDescriptor;
  /** The focus key the screen had when it was covered; null while it is on top. */
  savedFocusKey: string | null;
}

export interface ScreenStackProps {
  /** The first screen. Give the stack a React `key` to start over with another one (sign-in, sign-out). */
  root: ScreenDescriptor;
  /** Called on Back from the first screen. */
  leaveApp?: () => void;
}

function frameFocusKey(screen: ScreenDescriptor): string {
  return `screen:${screen.id}`;
}

/** Calls `render()` inside the screen's error boundary, so an error thrown there is caught too. */
function ScreenContent({ screen }: { screen: ScreenDescriptor }) {
  return <>{screen.render()}</>;
}

/**
 * A stack of screens instead of URL routing: a TV app has no address bar and Back must return
 * to the exact item the member left. Covered screens stay mounted but hidden, so their lists
 * keep their scroll position and loaded data; only the top one is focusable.
 * NOTE: screens use fixed focus keys, so one screen id can be on the stack only once.
 */
export function ScreenStack({ root, leaveApp = defaultLeaveApp }: ScreenStackProps) {
  const [entries, setEntries] = useState<StackEntry[]>(() => [{ screen: root, savedFocusKey: null }]);

  // Back may arrive twice before React re-renders, so `pop` counts on this ref, which push and
  // pop keep equal to the stack's length, rather than on the last rendered `entries`.
  const depthRef = useRef(1);

  const push = useCallback((screen: ScreenDescriptor) => {
    const focusKey = getCurrentFocusKey() || null;
    log.info('screen opened', { screen: screen.id });
    depthRef.current += 1;

    setEntries((previous) => {
      const covered = previous.map((entry, index) =>
        index === previous.length - 1 ? { ...entry, savedFocusKey: focusKey } : entry,
      );
      return [...covered, { screen, savedFocusKey: null }];
    });
  }, []);

  const pop = useCallback(() => {
    if (depthRef.current <= 1) {
      return false;
    }

    depthRef.current -= 1;
    setEntries((previous) => previous.slice(0, -1));
    return true;
  }, []);

  useBackHandler(() => {
    if (pop()) {
      return true;
    }

    leaveApp();
    return true;
  });

  const api = useMemo<ScreenStackApi>(() => ({ push, pop, depth: entries.length }), [push, pop, entries.length]);

  // The crash panel's Back does what the remote's Back does on that screen.
  const back = useCallback(() => {
    if (!pop()) {
      leaveApp();
    }
  }, [pop, leaveApp]);

  return (
    <ScreenStackContext.Provider value={api}>
      {entries.map((entry, index) => {
        const isTop = index === entries.length - 1;
        // The root is read from props on every render, so it always gets the current session.
        const screen = index === 0 ? root : entry.screen;

        return (
          <ScreenFrame key={screen.id} focusKey={frameFocusKey(screen)} active={isTop} restoreFocusKey={entry.savedFocusKey}>
            {/* One boundary per screen: bad data in one screen leaves the others and Back working. */}
            <AppErrorBoundary screenId={screen.id} onBack={back}>
              <ScreenContent screen={screen} />
            </AppErrorBoundary>
          </ScreenFrame>
        );
      })}
    </ScreenStackContext.Provider>
  );
}
