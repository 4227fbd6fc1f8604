import { useContext, useEffect, useRef } from 'react';
import { BackHandlerContext } from './BackHandlerProvider';
import type { BackHandler } from './backHandlerStack';

/**
 * Registers `handler` for the Back key while `enabled`. Handlers registered later run first; one
 * that returns false passes Back on to the previous one. The handler may change on every render
 * without losing its place in the order.
 */
export function useBackHandler(handler: BackHandler, enabled = true): void {
  const stack = useContext(BackHandlerContext);
  const handlerRef = useRef(handler);

  useEffect(() => {
    handlerRef.current = handler;
  });

  useEffect(() => {
    if (!stack) {
      throw new Error('useBackHandler() was called outside <BackHandlerProvider>: wrap the app (or the test render) in it.');
    }

    if (!enabled) {
      return undefined;
    }

    return stack.add(() => handlerRef.current());
  }, [stack, enabled]);
}
