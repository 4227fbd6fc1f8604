/** Texts of the sign-in screens shown on the first load: the device code's links and the notices of a redirect sign-in. */
export const signinFr = {
  'signin.otherMethods': 'Autres façons de se connecter',
  'signin.cancelAdding': 'Retour à «\u00a0Qui regarde\u00a0?\u00a0»',
  'signin.completing': 'Connexion en cours…',
  'signin.notice.refused': 'Vous avez refusé la connexion sur BetaSeries. Choisissez une autre façon de vous connecter, ou recommencez.',
  'signin.notice.rejected': 'Ce retour de BetaSeries a été ignoré\u00a0: il ne correspond à aucune connexion en cours dans cette fenêtre, ou il a expiré. Recommencez la connexion.',
  'signin.notice.failed': 'La connexion n’a pas abouti. Recommencez, ou choisissez une autre façon de vous connecter.',
};

export const signinEn: Record<keyof typeof signinFr, string> = {
  'signin.otherMethods': 'Other ways to sign in',
  'signin.cancelAdding': 'Back to “Who’s watching?”',
  'signin.completing': 'Signing in…',
  'signin.notice.refused': 'You refused to sign in on BetaSeries. Choose another way to sign in, or start again.',
  'signin.notice.rejected': 'This return from BetaSeries was ignored: it matches no sign-in in progress in this window, or it has expired. Start signing in again.',
  'signin.notice.failed': 'Signing in did not complete. Start again, or choose another way to sign in.',
};
