/** Texts of "Who's watching?": the members paired on this TV. */
export const membersFr = {
  'members.title': 'Qui regarde\u00a0?',
  'members.add': 'Ajouter un membre',
  'members.unknownLogin': 'Membre',
  'members.avatarAlt': 'Avatar de {login}',
  'members.remove': 'Retirer',
  'members.removeLabel': 'Retirer {login} de ce téléviseur',
  'members.removeConfirm': 'Retirer {login} de ce téléviseur\u00a0?',
  'members.removeDetail': 'Sa session sera fermée sur BetaSeries. Il pourra se reconnecter plus tard.',
  'members.cancel': 'Annuler',
  'members.removing': 'Retrait de {login}…',
  'members.sessionEnded': 'Une session a pris fin, et ce membre a été retiré du téléviseur.',
  'members.backHint': 'Retour\u00a0: quitter l’application',
  'members.backHintReturn': 'Retour\u00a0: revenir au membre précédent',
};

export const membersEn: Record<keyof typeof membersFr, string> = {
  'members.title': 'Who’s watching?',
  'members.add': 'Add a member',
  'members.unknownLogin': 'Member',
  'members.avatarAlt': 'Avatar of {login}',
  'members.remove': 'Remove',
  'members.removeLabel': 'Remove {login} from this TV',
  'members.removeConfirm': 'Remove {login} from this TV?',
  'members.removeDetail': 'Their session will be closed on BetaSeries. They can sign in again later.',
  'members.cancel': 'Cancel',
  'members.removing': 'Removing {login}…',
  'members.sessionEnded': 'A session ended, and that member was removed from this TV.',
  'members.backHint': 'Back: leave the app',
  'members.backHintReturn': 'Back: return to the previous member',
};
