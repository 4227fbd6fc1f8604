/** Texts of the member's changes that wait in the action queue (the pending badge). */
export const actionsFr = {
  'actions.pending': 'En attente d’envoi',
  'actions.pendingSignIn': 'Envoi après reconnexion',
  /** Under a season button, which has room for one short word. */
  'actions.pendingShort': 'En attente',
  /** On Home, for every change of the member in the queue. */
  'actions.summary': 'Modifications en attente d’envoi\u00a0: {count}',
  'actions.summarySignIn': 'Modifications envoyées après reconnexion\u00a0: {count}',
};

export const actionsEn: Record<keyof typeof actionsFr, string> = {
  'actions.pending': 'Waiting to be sent',
  'actions.pendingSignIn': 'Sent once you sign in again',
  'actions.pendingShort': 'Pending',
  'actions.summary': 'Changes waiting to be sent: {count}',
  'actions.summarySignIn': 'Changes sent once you sign in again: {count}',
};
