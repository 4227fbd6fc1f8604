/**
 * French texts, the reference catalog: `MessageKey` is derived from it, and the English catalog
 * must have exactly the same keys. `{name}` marks a placeholder that `translate` fills in.
 * French typography puts a no-break space (\u00a0) before `:`, `!` and `?`.
 */
import { areaMessagesFr } from './messages';

export const fr = {
  ...areaMessagesFr,
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

  'toWatch.title': 'À voir',
  'toWatch.signOut': 'Se déconnecter',
  'toWatch.avatarAlt': 'Avatar de {login}',
  'toWatch.summary': 'Épisodes à voir\u00a0: {count} · {time}',
  'toWatch.cardLabel': '{show}, {code}, {title}',
  'toWatch.signingOut': 'Déconnexion…',
  'toWatch.remaining': 'Épisodes restants\u00a0: {count}',
  'toWatch.empty': 'Rien à voir pour l’instant. Ajoutez des séries à votre compte sur BetaSeries, puis revenez ici.',
  'toWatch.error': 'Impossible de charger vos épisodes\u00a0: {reason}',

  'crash.title': 'Un problème est survenu',
  'crash.body': 'L’application a rencontré une erreur\u00a0: {reason}',
} satisfies Record<string, string>;
