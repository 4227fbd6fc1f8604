import type { Locale } from '../../i18n/locale';

/** Labels of the keyboard's control keys. `…Label` texts are the accessible names of keys that show a symbol. */
export interface KeyboardTexts {
  shiftLabel: string;
  symbolsKey: string;
  symbolsLabel: string;
  lettersKey: string;
  lettersLabel: string;
  space: string;
  backspaceLabel: string;
  show: string;
  hide: string;
  submit: string;
}

// NOTE: these texts live here, not in the app's catalogs, because the keyboard ships before its
// keys are added there. They follow the catalogs' locales.
const TEXTS: Record<Locale, KeyboardTexts> = {
  fr: {
    shiftLabel: 'Majuscules',
    symbolsKey: '&123',
    symbolsLabel: 'Symboles',
    lettersKey: 'abc',
    lettersLabel: 'Lettres',
    space: 'Espace',
    backspaceLabel: 'Effacer',
    show: 'Afficher',
    hide: 'Masquer',
    submit: 'Valider',
  },
  en: {
    shiftLabel: 'Shift',
    symbolsKey: '&123',
    symbolsLabel: 'Symbols',
    lettersKey: 'abc',
    lettersLabel: 'Letters',
    space: 'Space',
    backspaceLabel: 'Delete',
    show: 'Show',
    hide: 'Hide',
    submit: 'OK',
  },
};

export function keyboardTexts(locale: Locale): KeyboardTexts {
  return TEXTS[locale];
}
