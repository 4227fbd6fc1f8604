/**
 * API errors the handlers throw, with the code BetaSeries uses and the text in both locales.
 * Codes the real API leaves unknown are sandbox choices, marked below and in the README.
 */

export type Locale = 'fr' | 'en';

type Vars = Record<string, string>;

interface ErrorDefinition {
  code: number;
  fr: (vars: Vars) => string;
  en: (vars: Vars) => string;
}

const ERRORS = {
  invalidKey: {
    code: 1001,
    fr: () => 'Clé API invalide ou absente.',
    en: () => 'Invalid or missing API key.',
  },
  invalidToken: {
    code: 2001,
    fr: () => 'Token invalide.',
    en: () => 'Invalid token.',
  },
  waitingForMember: {
    code: 2001,
    fr: () => "En attente de l'identification.",
    en: () => 'Waiting for identification.',
  },
  // NOTE: the real API's reply for a refused device code is unknown; 2002 is a sandbox choice.
  refusedByMember: {
    code: 2002,
    fr: () => "Le membre a refusé l'accès.",
    en: () => 'The member refused access.',
  },
  showAlreadyFollowed: {
    code: 2003,
    fr: () => 'Série déjà dans le compte.',
    en: () => 'Show already in the account.',
  },
  showNotFollowed: {
    code: 2004,
    fr: () => 'Série absente du compte.',
    en: () => 'Show not in the account.',
  },
  episodeNotWatched: {
    code: 2005,
    fr: () => 'Épisode non marqué comme vu.',
    en: () => 'Episode not marked as watched.',
  },
  missingParameter: {
    code: 3001,
    fr: ({ name = '' }) => `Paramètre manquant : ${name}.`,
    en: ({ name = '' }) => `Missing parameter: ${name}.`,
  },
  invalidParameter: {
    code: 3004,
    fr: ({ name = '' }) => `Valeur invalide pour le paramètre ${name}.`,
    en: ({ name = '' }) => `Invalid value for parameter ${name}.`,
  },
  invalidClientSecret: {
    code: 3004,
    fr: () => 'Le paramètre client_secret est invalide.',
    en: () => 'Invalid client_secret parameter.',
  },
  unknownDeviceCode: {
    code: 3004,
    fr: () => 'Code inconnu.',
    en: () => 'Unknown code.',
  },
  // NOTE: the real API's reply for an expired or reused device code is unknown; 3004 is a sandbox choice.
  expiredDeviceCode: {
    code: 3004,
    fr: () => 'Code expiré.',
    en: () => 'Expired code.',
  },
  redeemedDeviceCode: {
    code: 3004,
    fr: () => 'Code déjà utilisé.',
    en: () => 'Code already used.',
  },
  // NOTE: the live API's replies for a bad authorization code are unknown; 3004 is a sandbox choice.
  unknownAuthorizationCode: {
    code: 3004,
    fr: () => "Code d'autorisation inconnu.",
    en: () => 'Unknown authorization code.',
  },
  expiredAuthorizationCode: {
    code: 3004,
    fr: () => "Code d'autorisation expiré.",
    en: () => 'Expired authorization code.',
  },
  redeemedAuthorizationCode: {
    code: 3004,
    fr: () => "Code d'autorisation déjà utilisé.",
    en: () => 'Authorization code already used.',
  },
  showNotFound: {
    code: 4001,
    fr: () => 'Série inexistante.',
    en: () => 'Show not found.',
  },
  memberNotFound: {
    code: 4002,
    fr: () => 'Membre inexistant.',
    en: () => 'Member not found.',
  },
  // 4002 and 4003 come from the older API documentation, for `members/auth`.
  wrongPassword: {
    code: 4003,
    fr: () => 'Mot de passe incorrect.',
    en: () => 'Wrong password.',
  },
  // The text recorded from the live API, on endpoints whose `id` defaults to the signed-in
  // member when no token comes with the request. The sandbox sends it in both locales.
  memberIdMissing: {
    code: 0,
    fr: () => 'parameter "id" is missing',
    en: () => 'parameter "id" is missing',
  },
  unknownMethod: {
    code: 0,
    fr: ({ path = '' }) => `Méthode inconnue : ${path}.`,
    en: ({ path = '' }) => `Unknown method: ${path}.`,
  },
  verbNotAllowed: {
    code: 0,
    fr: ({ verb = '', path = '' }) => `Le verbe ${verb} n'est pas accepté pour ${path}.`,
    en: ({ verb = '', path = '' }) => `Verb ${verb} is not accepted for ${path}.`,
  },
  invalidBody: {
    code: 0,
    fr: ({ reason = '' }) => `Corps de requête invalide : ${reason}.`,
    en: ({ reason = '' }) => `Invalid request body: ${reason}.`,
  },
} satisfies Record<string, ErrorDefinition>;

export type ErrorKey = keyof typeof ERRORS;

export class ApiFailure extends Error {
  readonly key: ErrorKey;
  readonly vars: Vars;

  constructor(key: ErrorKey, vars: Vars = {}) {
    super(`${key} ${JSON.stringify(vars)}`);
    this.name = 'ApiFailure';
    this.key = key;
    this.vars = vars;
  }

  get code(): number {
    return ERRORS[this.key].code;
  }

  text(locale: Locale): string {
    const definition: ErrorDefinition = ERRORS[this.key];
    return definition[locale](this.vars);
  }

  /** Builds the reply body: `{"errors":[{"code":…,"text":…}]}`. */
  toBody(locale: Locale): { errors: Array<{ code: number; text: string }> } {
    return { errors: [{ code: this.code, text: this.text(locale) }] };
  }
}
