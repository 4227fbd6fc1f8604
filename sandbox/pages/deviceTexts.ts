import type { PageLanguage } from './pageLanguage';

/** Every text of the `/device` phone pages, in French and English. */
export interface DeviceTexts {
  title: string;
  sandboxNotice: string;
  codeLabel: string;
  codeHint: string;
  continueButton: string;
  invalidCode: string;
  unknownCode: string;
  expiredCode: string;
  decidedCode: string;
  confirmTitle: string;
  confirmRequest: (appName: string) => string;
  codeLine: string;
  memberLegend: string;
  memberDescription: (login: string) => string;
  unknownMember: string;
  approveButton: string;
  denyButton: string;
  approvedTitle: string;
  approvedBody: (login: string) => string;
  deniedTitle: string;
  deniedBody: string;
  anotherCode: string;
}

const FRENCH: DeviceTexts = {
  title: 'Connecter votre téléviseur',
  sandboxNotice: 'Bac à sable BetaSeries : comptes de démonstration, aucune donnée réelle.',
  codeLabel: 'Code affiché sur le téléviseur',
  codeHint: 'Six chiffres, par exemple 975-820. Le tiret et les espaces sont facultatifs.',
  continueButton: 'Continuer',
  invalidCode: 'Ce code ne ressemble pas à celui du téléviseur : saisissez les six chiffres affichés.',
  unknownCode: "Ce code n'existe pas. Vérifiez le code affiché sur le téléviseur.",
  expiredCode: 'Ce code a expiré. Le téléviseur en affiche un nouveau : saisissez-le.',
  decidedCode: 'Ce code a déjà été utilisé. Saisissez le code affiché en ce moment sur le téléviseur.',
  confirmTitle: "Autoriser l'accès ?",
  confirmRequest: (appName) => `L'application « ${appName} » demande l'accès à votre compte BetaSeries.`,
  codeLine: 'Code saisi :',
  memberLegend: 'Se connecter en tant que',
  memberDescription: (login) => (login === 'demo' ? 'une trentaine de séries' : '2 000 séries'),
  unknownMember: 'Choisissez un des comptes de démonstration.',
  approveButton: 'Autoriser',
  denyButton: 'Refuser',
  approvedTitle: "C'est fait !",
  approvedBody: (login) => `Le téléviseur se connecte au compte ${login} dans quelques secondes.`,
  deniedTitle: 'Accès refusé',
  deniedBody: 'Le téléviseur ne sera pas connecté à votre compte.',
  anotherCode: 'Saisir un autre code',
};

const ENGLISH: DeviceTexts = {
  title: 'Connect your TV',
  sandboxNotice: 'BetaSeries sandbox: demo accounts, no real data.',
  codeLabel: 'Code shown on the TV',
  codeHint: 'Six digits, for example 975-820. The dash and spaces are optional.',
  continueButton: 'Continue',
  invalidCode: 'This does not look like the TV code: type the six digits shown on screen.',
  unknownCode: 'This code does not exist. Check the code shown on the TV.',
  expiredCode: 'This code has expired. The TV now shows a new one: type that one.',
  decidedCode: 'This code has already been used. Type the code the TV shows now.',
  confirmTitle: 'Allow access?',
  confirmRequest: (appName) => `The app "${appName}" asks for access to your BetaSeries account.`,
  codeLine: 'Code typed:',
  memberLegend: 'Sign in as',
  memberDescription: (login) => (login === 'demo' ? 'about thirty shows' : '2,000 shows'),
  unknownMember: 'Choose one of the demo accounts.',
  approveButton: 'Allow',
  denyButton: 'Refuse',
  approvedTitle: 'Done!',
  approvedBody: (login) => `The TV signs in to the ${login} account in a few seconds.`,
  deniedTitle: 'Access refused',
  deniedBody: 'The TV will not be connected to your account.',
  anotherCode: 'Type another code',
};

export function deviceTexts(language: PageLanguage): DeviceTexts {
  return language === 'en' ? ENGLISH : FRENCH;
}
