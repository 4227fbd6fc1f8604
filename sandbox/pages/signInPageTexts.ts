import { DEMO_API_KEY } from '../demoData';
import { deviceTexts } from './deviceTexts';
import type { PageLanguage } from './pageLanguage';

/**
 * Texts of the `/authorize` and `/oauth` pages, in French and English. Texts that mean the same
 * as on the `/device` page (the sandbox notice, the consent question, the demo accounts, the
 * buttons) come from its catalog.
 */
export interface SignInPageTexts {
  title: string;
  errorTitle: string;
  sandboxNotice: string;
  consentRequest: (appName: string) => string;
  memberLegend: string;
  memberDescription: (login: string) => string;
  unknownMember: string;
  approveButton: string;
  denyButton: string;
  invalidClientId: string;
  invalidRedirectUri: string;
  unsupportedResponseType: string;
  missingKey: string;
  unknownKey: string;
  expiredKey: string;
  usedKey: string;
}

const FRENCH = {
  title: 'Connexion à BetaSeries',
  errorTitle: 'Connexion impossible',
  invalidClientId: `Le paramètre client_id est absent ou inconnu : le bac à sable n'accepte que la clé de démonstration « ${DEMO_API_KEY} ».`,
  invalidRedirectUri: 'Le paramètre redirect_uri est absent ou invalide : il faut une adresse http ou https complète, sans fragment (#).',
  unsupportedResponseType: 'Le paramètre response_type doit valoir « code ».',
  missingKey: "Il manque la clé de connexion (paramètre key). Recommencez la connexion depuis l'application.",
  unknownKey: "Cette clé de connexion est inconnue. Recommencez la connexion depuis l'application.",
  expiredKey: "Cette clé de connexion a expiré. Recommencez la connexion depuis l'application.",
  usedKey: "Cette clé de connexion a déjà servi. Recommencez la connexion depuis l'application.",
};

const ENGLISH = {
  title: 'Sign in to BetaSeries',
  errorTitle: 'Cannot sign in',
  invalidClientId: `The client_id parameter is missing or unknown: the sandbox accepts only the demo key "${DEMO_API_KEY}".`,
  invalidRedirectUri: 'The redirect_uri parameter is missing or invalid: it must be a full http or https address without a fragment (#).',
  unsupportedResponseType: 'The response_type parameter must be "code".',
  missingKey: 'The sign-in key (key parameter) is missing. Start signing in again from the app.',
  unknownKey: 'This sign-in key is unknown. Start signing in again from the app.',
  expiredKey: 'This sign-in key has expired. Start signing in again from the app.',
  usedKey: 'This sign-in key has already been used. Start signing in again from the app.',
};

export function signInPageTexts(language: PageLanguage): SignInPageTexts {
  const device = deviceTexts(language);

  return {
    ...(language === 'en' ? ENGLISH : FRENCH),
    sandboxNotice: device.sandboxNotice,
    consentRequest: device.confirmRequest,
    memberLegend: device.memberLegend,
    memberDescription: device.memberDescription,
    unknownMember: device.unknownMember,
    approveButton: device.approveButton,
    denyButton: device.denyButton,
  };
}
