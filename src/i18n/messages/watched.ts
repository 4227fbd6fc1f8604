/** Texts of marking episodes watched (the notice with Undo, the shortcut hints), shared by the member screens. */
export const watchedFr = {
  'watched.marked': '{code} de {show} marqué comme vu',
  'watched.unmarked': '{code} de {show} est de nouveau à voir',
  'watched.seasonMarked': 'Saison {season} de {show} marquée comme vue',
  'watched.markFailed': 'Impossible de marquer {code} de {show} comme vu\u00a0: {reason}',
  'watched.unmarkFailed': 'Impossible de remettre {code} de {show} à voir\u00a0: {reason}',
  'watched.seasonFailed': 'Impossible de marquer la saison {season} de {show} comme vue\u00a0: {reason}',
  'watched.undo': 'Annuler',
  'watched.badge': 'Vu',
  'watched.hintMark': 'Marquer vu',
  'watched.hintUndo': 'Annuler',
  'watched.hintOpen': 'Détails',
  'watched.hintMenu': 'Menu',
  'watched.hintsLabel': 'Raccourcis de la télécommande',
};

export const watchedEn: Record<keyof typeof watchedFr, string> = {
  'watched.marked': '{code} of {show} marked as watched',
  'watched.unmarked': '{code} of {show} is back to watch',
  'watched.seasonMarked': 'Season {season} of {show} marked as watched',
  'watched.markFailed': 'Could not mark {code} of {show} as watched: {reason}',
  'watched.unmarkFailed': 'Could not put {code} of {show} back to watch: {reason}',
  'watched.seasonFailed': 'Could not mark season {season} of {show} as watched: {reason}',
  'watched.undo': 'Undo',
  'watched.badge': 'Watched',
  'watched.hintMark': 'Mark watched',
  'watched.hintUndo': 'Undo',
  'watched.hintOpen': 'Details',
  'watched.hintMenu': 'Menu',
  'watched.hintsLabel': 'Remote shortcuts',
};
