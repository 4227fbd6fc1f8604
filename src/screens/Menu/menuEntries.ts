import type { Route } from '../../app/routes';
import type { MessageKey } from '../../i18n/catalog';

/** The screens the side menu opens, in the order it lists them. */
export type MenuEntryName = 'home' | 'shows' | 'search' | 'movies' | 'notifications' | 'profile';

export interface MenuEntry {
  name: MenuEntryName;
  route: Route;
  label: MessageKey;
}

export const MENU_ENTRIES: readonly MenuEntry[] = [
  { name: 'home', route: { name: 'home' }, label: 'navigation.home' },
  { name: 'shows', route: { name: 'shows' }, label: 'navigation.shows' },
  { name: 'search', route: { name: 'search' }, label: 'navigation.search' },
  { name: 'movies', route: { name: 'movies' }, label: 'navigation.movies' },
  { name: 'notifications', route: { name: 'notifications' }, label: 'navigation.notifications' },
  { name: 'profile', route: { name: 'profile' }, label: 'navigation.profile' },
];
