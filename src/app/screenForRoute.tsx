import type { ScreenDescriptor } from './screenStackContext';
import { routeId, type Route } from './routes';
import { ToWatchScreen } from '../screens/ToWatch/ToWatchScreen';

/**
 * The one place that maps routes to screen components. Each case is one line, so people adding
 * screens in parallel touch different lines.
 */
export function screenForRoute(route: Route): ScreenDescriptor {
  const id = routeId(route);

  switch (route.name) {
    case 'home':
      return { id, render: () => <ToWatchScreen /> };
    case 'shows':
    case 'show':
    case 'episode':
    case 'search':
    case 'movies':
    case 'notifications':
    case 'profile':
      // TODO: these screens are being built; until then the route opens Home.
      return { id, render: () => <ToWatchScreen /> };
  }
}
