/** Texts of the member's changes that wait in the action queue (the pending badge). */
export const actionsFr = {
  'actions.pending': 'En attente d’envoi',
  'actions.pendingSignIn': 'Envoi après reconnexion',
  /** Under a season button, which has room for one short word. */
  'actions.pendingShort': 'En attente',
};

export const actionsEn: Record<keyof typeof actionsFr, string> = {
  'actions.pending': 'Waiting to be sent',
  'actions.pendingSignIn': 'Sent once you sign in again',
  'actions.pendingShort': 'Pending',
};
