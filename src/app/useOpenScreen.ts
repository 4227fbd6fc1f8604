import { useCallback } from 'react';
import type { Route } from './routes';
import { screenForRoute } from './screenForRoute';
import { useScreenStack } from './screenStackContext';

/** Returns a function that opens `route` on top of the current screen (Back returns here). */
export function useOpenScreen(): (route: Route) => void {
  const stack = useScreenStack();

  return useCallback((route: Route) => stack.push(screenForRoute(route)), [stack]);
}
