/**
 * Texts of the first screens: pairing, the session check, the splash, error messages, the crash
 * screen, the language button and duration units. French typography puts a no-break space
 * (\u00a0) before `:`, `!` and `?`.
 */
export const startFr = {
  'app.name': 'BetaSeries',
  'common.retry': 'Réessayer',
  'common.loading': 'Chargement…',

  'language.switchTo': 'English',
  'language.switchLabel': 'Passer en anglais',

  'duration.days': '{n} j',
  'duration.hours': '{n} h',
  'duration.minutes': '{n} min',

  'error.network': 'pas de connexion au serveur',
  'error.timeout': 'le serveur n’a pas répondu à temps',
  'error.invalidResponse': 'réponse illisible du serveur (HTTP {status})',
  'error.api': '{text} (code {code})',
  'error.oauth': 'refus du serveur\u00a0: {code} (HTTP {status})',
  'error.unknown': 'erreur inattendue',

  'pairing.title': 'Connectez votre compte BetaSeries',
  'pairing.step1': '1. Sur votre téléphone, ouvrez cette adresse ou scannez le QR code',
  'pairing.step2': '2. Tapez ce code',
  'pairing.expiresIn': 'Ce code expire dans',
  'pairing.qrTitle': 'QR code de l’adresse {url}',
  'pairing.announce': 'Votre code est {code}. Ouvrez {url} sur votre téléphone et tapez-le.',
  'pairing.status.requesting': 'Demande d’un code…',
  'pairing.status.waiting': 'En attente de la saisie du code',
  'pairing.status.offline': 'Connexion perdue, nouvel essai…',
  'pairing.status.expired': 'Le code a expiré.',
  'pairing.status.rejectedCode': 'BetaSeries n’accepte plus ce code.',
  'pairing.status.denied': 'Vous avez refusé la connexion sur votre téléphone.',
  'pairing.status.failed': 'Un problème est survenu\u00a0: {reason}',
  'pairing.status.signInFailed': 'La connexion a échoué\u00a0: {reason}.',
  'pairing.fault.network': 'Pas de connexion à BetaSeries.',
  'pairing.fault.timeout': 'BetaSeries ne répond pas.',
  'pairing.fault.server': 'BetaSeries rencontre un problème de son côté.',
  'pairing.fault.rateLimited': 'BetaSeries demande à la TV de patienter.',
  'pairing.retry.inSeconds': 'Nouvel essai dans {seconds}\u00a0s.',
  'pairing.retry.now': 'Nouvel essai en cours…',
  'pairing.retry.codeStillValid': 'Votre code reste valable.',
  'pairing.next.newCode': 'Appuyez sur OK pour obtenir un nouveau code.',
  'pairing.status.authorized': 'Connecté\u00a0!',
  'pairing.newCode': 'Nouveau code',
  'pairing.sessionEnded': 'Votre session a pris fin, associez à nouveau la TV.',

  'session.checking': 'Vérification de votre session…',
  'session.offline': 'Hors ligne\u00a0: impossible de vérifier votre session ({reason}).',

  'crash.title': 'Un problème est survenu',
  'crash.body': 'L’application a rencontré une erreur\u00a0: {reason}',
};

export const startEn: Record<keyof typeof startFr, string> = {
  'app.name': 'BetaSeries',
  'common.retry': 'Retry',
  'common.loading': 'Loading…',

  'language.switchTo': 'Français',
  'language.switchLabel': 'Switch to French',

  'duration.days': '{n} d',
  'duration.hours': '{n} h',
  'duration.minutes': '{n} min',

  'error.network': 'no connection to the server',
  'error.timeout': 'the server did not answer in time',
  'error.invalidResponse': 'the server sent an unreadable reply (HTTP {status})',
  'error.api': '{text} (code {code})',
  'error.oauth': 'the server refused: {code} (HTTP {status})',
  'error.unknown': 'unexpected error',

  'pairing.title': 'Connect your BetaSeries account',
  'pairing.step1': '1. On your phone, open this address or scan the QR code',
  'pairing.step2': '2. Type this code',
  'pairing.expiresIn': 'This code expires in',
  'pairing.qrTitle': 'QR code of the address {url}',
  'pairing.announce': 'Your code is {code}. Open {url} on your phone and type it.',
  'pairing.status.requesting': 'Getting a code…',
  'pairing.status.waiting': 'Waiting for you to type the code',
  'pairing.status.offline': 'Connection lost, retrying…',
  'pairing.status.expired': 'The code has expired.',
  'pairing.status.rejectedCode': 'BetaSeries no longer accepts this code.',
  'pairing.status.denied': 'You refused the sign-in on your phone.',
  'pairing.status.failed': 'Something went wrong: {reason}',
  'pairing.status.signInFailed': 'Sign-in failed: {reason}.',
  'pairing.fault.network': 'No connection to BetaSeries.',
  'pairing.fault.timeout': 'BetaSeries is not answering.',
  'pairing.fault.server': 'BetaSeries has a problem on its side.',
  'pairing.fault.rateLimited': 'BetaSeries asks the TV to wait.',
  'pairing.retry.inSeconds': 'Trying again in {seconds} s.',
  'pairing.retry.now': 'Trying again now…',
  'pairing.retry.codeStillValid': 'Your code is still valid.',
  'pairing.next.newCode': 'Press OK for a new code.',
  'pairing.status.authorized': 'Signed in!',
  'pairing.newCode': 'New code',
  'pairing.sessionEnded': 'Your session ended, pair again.',

  'session.checking': 'Checking your session…',
  'session.offline': 'Offline: your session could not be checked ({reason}).',

  'crash.title': 'Something went wrong',
  'crash.body': 'The app hit an error: {reason}',
};
