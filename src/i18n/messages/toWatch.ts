/** Texts of the "To watch" row on Home and its header. */
export const toWatchFr = {
  'toWatch.title': 'À voir',
  'toWatch.signOut': 'Se déconnecter',
  'toWatch.avatarAlt': 'Avatar de {login}',
  'toWatch.summary': 'Épisodes à voir\u00a0: {count} · {time}',
  'toWatch.cardLabel': '{show}, {code}, {title}',
  'toWatch.signingOut': 'Déconnexion…',
  'toWatch.remaining': 'Épisodes restants\u00a0: {count}',
  'toWatch.empty': 'Rien à voir pour l’instant. Ajoutez des séries à votre compte sur BetaSeries, puis revenez ici.',
  'toWatch.error': 'Impossible de charger vos épisodes\u00a0: {reason}',
};

export const toWatchEn: Record<keyof typeof toWatchFr, string> = {
  'toWatch.title': 'To watch',
  'toWatch.signOut': 'Sign out',
  'toWatch.avatarAlt': 'Avatar of {login}',
  'toWatch.summary': 'Episodes to watch: {count} · {time}',
  'toWatch.cardLabel': '{show}, {code}, {title}',
  'toWatch.signingOut': 'Signing out…',
  'toWatch.remaining': 'Episodes left: {count}',
  'toWatch.empty': 'Nothing to watch yet. Add shows to your account on BetaSeries, then come back here.',
  'toWatch.error': 'Your episodes could not be loaded: {reason}',
};
