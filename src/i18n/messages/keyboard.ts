/** Texts of the on-screen keyboard's control keys. `…Label` texts are the accessible names of keys that show a symbol. */
export const keyboardFr = {
  'keyboard.shiftLabel': 'Majuscules',
  'keyboard.symbolsKey': '&123',
  'keyboard.symbolsLabel': 'Symboles',
  'keyboard.lettersKey': 'abc',
  'keyboard.lettersLabel': 'Lettres',
  'keyboard.space': 'Espace',
  'keyboard.backspaceLabel': 'Effacer',
  'keyboard.show': 'Afficher',
  'keyboard.hide': 'Masquer',
  'keyboard.submit': 'Valider',
};

export const keyboardEn: Record<keyof typeof keyboardFr, string> = {
  'keyboard.shiftLabel': 'Shift',
  'keyboard.symbolsKey': '&123',
  'keyboard.symbolsLabel': 'Symbols',
  'keyboard.lettersKey': 'abc',
  'keyboard.lettersLabel': 'Letters',
  'keyboard.space': 'Space',
  'keyboard.backspaceLabel': 'Delete',
  'keyboard.show': 'Show',
  'keyboard.hide': 'Hide',
  'keyboard.submit': 'OK',
};
