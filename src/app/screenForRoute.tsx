import { lazy, Suspense, type ReactNode } from 'react';
import type { ScreenDescriptor } from './screenStackContext';
import { routeId, type Route } from './routes';

const HomeScreen = lazy(() => import('../screens/Home/HomeScreen').then((module) => ({ default: module.HomeScreen })));
const EpisodeScreen = lazy(() => import('../screens/Episode/EpisodeScreen').then((module) => ({ default: module.EpisodeScreen })));
const ShowsScreen = lazy(() => import('../screens/Shows/ShowsScreen').then((module) => ({ default: module.ShowsScreen })));
const ShowScreen = lazy(() => import('../screens/Show/ShowScreen').then((module) => ({ default: module.ShowScreen })));
const SearchScreen = lazy(() => import('../screens/Search/SearchScreen').then((module) => ({ default: module.SearchScreen })));
const MoviesScreen = lazy(() => import('../screens/Movies/MoviesScreen').then((module) => ({ default: module.MoviesScreen })));
const NotificationsScreen = lazy(() => import('../screens/Notifications/NotificationsScreen').then((module) => ({ default: module.NotificationsScreen })));
const ProfileScreen = lazy(() => import('../screens/Profile/ProfileScreen').then((module) => ({ default: module.ProfileScreen })));

/**
 * Renders a screen whose code is still loading as nothing: its chunk comes from the app's own
 * origin (or file:// in a TV package), so the wait is short, and ScreenFrame moves the focus
 * into the screen once it renders.
 */
function whenLoaded(screen: ReactNode): ReactNode {
  return <Suspense fallback={null}>{screen}</Suspense>;
}

/**
 * The one place that maps routes to screen components. Each case is one line, so people adding
 * screens in parallel touch different lines. Every screen is imported with `lazy(() => import())`
 * so the pairing screen, which a new TV opens first, loads none of the member screens' code.
 */
export function screenForRoute(route: Route): ScreenDescriptor {
  const id = routeId(route);

  switch (route.name) {
    case 'home':
      return { id, render: () => whenLoaded(<HomeScreen />) };
    case 'episode':
      return { id, render: () => whenLoaded(<EpisodeScreen episodeId={route.episodeId} />) };
    case 'shows':
      return { id, render: () => whenLoaded(<ShowsScreen />) };
    case 'search':
      return { id, render: () => whenLoaded(<SearchScreen />) };
    case 'movies':
      return { id, render: () => whenLoaded(<MoviesScreen />) };
    case 'notifications':
      return { id, render: () => whenLoaded(<NotificationsScreen />) };
    case 'profile':
      return { id, render: () => whenLoaded(<ProfileScreen />) };
    case 'show':
      return { id, render: () => whenLoaded(<ShowScreen showId={route.showId} title={route.title} />) };
  }
}
