import type { Catalog } from './catalog';
import { areaMessagesEn } from './messages';

/** English texts. Same keys and placeholders as the French catalog (a unit test compares them). */
export const en: Catalog = {
  ...areaMessagesEn,
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

  'toWatch.title': 'To watch',
  'toWatch.signOut': 'Sign out',
  'toWatch.avatarAlt': 'Avatar of {login}',
  'toWatch.summary': 'Episodes to watch: {count} · {time}',
  'toWatch.cardLabel': '{show}, {code}, {title}',
  'toWatch.signingOut': 'Signing out…',
  'toWatch.remaining': 'Episodes left: {count}',
  'toWatch.empty': 'Nothing to watch yet. Add shows to your account on BetaSeries, then come back here.',
  'toWatch.error': 'Your episodes could not be loaded: {reason}',

  'crash.title': 'Something went wrong',
  'crash.body': 'The app hit an error: {reason}',
};
