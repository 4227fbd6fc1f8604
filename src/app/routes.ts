/**
 * Every screen a member can open, as data. Screens open others with `useOpenScreen()(route)`;
 * `screenForRoute` turns a route into the stack entry, so screens never import each other.
 */
export type Route =
  | { name: 'home' }
  | { name: 'shows' }
  | { name: 'show'; showId: number; title?: string }
  | { name: 'episode'; episodeId: number; showId?: number }
  | { name: 'search' }
  | { name: 'movies' }
  | { name: 'notifications' }
  | { name: 'profile' };

/** The stack id of a route: unique per screen instance, stable for the same target. */
export function routeId(route: Route): string {
  switch (route.name) {
    case 'show':
      return `show-${route.showId}`;
    case 'episode':
      return `episode-${route.episodeId}`;
    default:
      return route.name;
  }
}
