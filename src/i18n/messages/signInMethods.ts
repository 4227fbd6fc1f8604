/** Texts of the other sign-in methods beside the device code: the chooser and the password screen. */
export const signInMethodsFr = {
  'signin.chooser.title': 'Se connecter',
  'signin.chooser.code': 'Avec un code sur votre téléphone',
  'signin.chooser.password': 'Avec votre identifiant et votre mot de passe',
  'signin.chooser.oauth': 'Sur le site BetaSeries',
  'signin.chooser.key': 'Sur le site BetaSeries, avec une clé à usage unique',
  'signin.chooser.redirectHint': 'Sur le site BetaSeries, ce navigateur quitte l’application le temps de la connexion, puis y revient.',
  'signin.chooser.leaving': 'Ouverture de BetaSeries…',
  'signin.chooser.redirectFailed': 'BetaSeries n’a pas pu être ouvert\u00a0: {reason}.',

  'signin.password.title': 'Connexion par mot de passe',
  'signin.password.loginLabel': 'E-mail ou identifiant',
  'signin.password.passwordLabel': 'Mot de passe',
  'signin.password.next': 'Suivant',
  'signin.password.submit': 'Se connecter',
  'signin.password.signingIn': 'Connexion…',
  'signin.password.loginLine': 'Identifiant\u00a0: {login}',
  'signin.password.changeLogin': 'Changer d’identifiant',
  'signin.password.emptyLogin': 'Saisissez votre e-mail ou votre identifiant.',
  'signin.password.emptyPassword': 'Saisissez votre mot de passe.',
  'signin.password.wrong': 'Identifiant ou mot de passe incorrect.',
  'signin.password.failed': 'La connexion a échoué\u00a0: {reason}.',
  'signin.password.insecure':
    'La connexion par mot de passe est désactivée\u00a0: l’adresse de l’API ({url}) n’est pas chiffrée, et votre mot de passe pourrait être lu sur le réseau. Utilisez plutôt un code sur votre téléphone.',
};

export const signInMethodsEn: Record<keyof typeof signInMethodsFr, string> = {
  'signin.chooser.title': 'Sign in',
  'signin.chooser.code': 'With a code on your phone',
  'signin.chooser.password': 'With your login and password',
  'signin.chooser.oauth': 'On the BetaSeries website',
  'signin.chooser.key': 'On the BetaSeries website, with a one-time key',
  'signin.chooser.redirectHint': 'On the BetaSeries website, this browser leaves the app while you sign in, then comes back.',
  'signin.chooser.leaving': 'Opening BetaSeries…',
  'signin.chooser.redirectFailed': 'BetaSeries could not be opened: {reason}.',

  'signin.password.title': 'Sign in with a password',
  'signin.password.loginLabel': 'E-mail or login',
  'signin.password.passwordLabel': 'Password',
  'signin.password.next': 'Next',
  'signin.password.submit': 'Sign in',
  'signin.password.signingIn': 'Signing in…',
  'signin.password.loginLine': 'Login: {login}',
  'signin.password.changeLogin': 'Change login',
  'signin.password.emptyLogin': 'Type your e-mail or login.',
  'signin.password.emptyPassword': 'Type your password.',
  'signin.password.wrong': 'Wrong login or password.',
  'signin.password.failed': 'Signing in failed: {reason}.',
  'signin.password.insecure':
    'Password sign-in is turned off: the API address ({url}) is not encrypted, so your password could be read on the network. Use a code on your phone instead.',
};
