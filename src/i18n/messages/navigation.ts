/** Texts of the side menu and of Back, shared by every member screen. */
export const navigationFr = {
  'navigation.home': 'Accueil',
  'navigation.shows': 'Mes séries',
  'navigation.search': 'Rechercher',
  'navigation.movies': 'Films',
  'navigation.notifications': 'Notifications',
  'navigation.profile': 'Profil',
  'navigation.back': 'Retour',
};

export const navigationEn: Record<keyof typeof navigationFr, string> = {
  'navigation.home': 'Home',
  'navigation.shows': 'My shows',
  'navigation.search': 'Search',
  'navigation.movies': 'Movies',
  'navigation.notifications': 'Notifications',
  'navigation.profile': 'Profile',
  'navigation.back': 'Back',
};
