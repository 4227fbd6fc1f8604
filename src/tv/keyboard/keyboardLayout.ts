/**
 * The keys of the on-screen keyboard, row by row, on a grid of 10 columns. Letters are in
 * alphabetical order, which is faster to find with arrow keys than AZERTY or QWERTY, and each
 * character key keeps its id across layers and cases, so the focus stays put when they change.
 */

export type KeyboardMode = 'text' | 'password';

/** Letters and the characters logins and e-mail addresses use, or punctuation and symbols for passwords. */
export type KeyboardLayer = 'letters' | 'symbols';

export type KeyAction =
  /** Types `character`, or its capital while Shift is on. */
  | { type: 'character'; character: string }
  | { type: 'space' }
  /** Deletes the last character. */
  | { type: 'backspace' }
  /** Toggles capitals for the letters. */
  | { type: 'shift' }
  /** Switches between the letters layer and the symbols layer. */
  | { type: 'layer' }
  /** Shows or hides the password (password mode only). */
  | { type: 'reveal' }
  | { type: 'submit' };

export interface KeyboardKey {
  /** Stable within a keyboard: `char:a`, `shift`, `submit`… */
  id: string;
  action: KeyAction;
  /** The first grid column the key covers, from 0. */
  column: number;
  /** How many grid columns the key covers. */
  span: number;
}

export const KEYBOARD_COLUMNS = 10;

/** French accented letters: every letter with a diacritic that French spelling uses, plus œ and æ. */
const LETTER_ROWS: readonly string[] = ['abcdefghij', 'klmnopqrst', 'uvwxyz@.-_', '1234567890', 'éèêëàâçîïô', "ùûüÿœæ',?!"];

const SYMBOL_ROWS: readonly string[] = ['!?#$%&*+=/', '()[]{}<>\\|', '\'",;:~^`€£', '1234567890'];

function characterRow(characters: string): KeyboardKey[] {
  return Array.from(characters).map((character, column) => ({
    id: `char:${character}`,
    action: { type: 'character', character },
    column,
    span: 1,
  }));
}

/** Lays `keys` (id, action, span) side by side from column 0. The spans must add up to `KEYBOARD_COLUMNS`. */
function controlRow(keys: ReadonlyArray<Omit<KeyboardKey, 'column'>>): KeyboardKey[] {
  let column = 0;

  return keys.map((key) => {
    const placed = { ...key, column };
    column += key.span;
    return placed;
  });
}

function controlKeys(mode: KeyboardMode): KeyboardKey[] {
  const shift = { id: 'shift', action: { type: 'shift' }, span: 1 } as const;
  const layer = { id: 'layer', action: { type: 'layer' }, span: 1 } as const;
  const backspace = { id: 'backspace', action: { type: 'backspace' }, span: 1 } as const;
  const submit = { id: 'submit', action: { type: 'submit' }, span: 3 } as const;

  if (mode === 'password') {
    return controlRow([shift, layer, { id: 'space', action: { type: 'space' }, span: 2 }, backspace, { id: 'reveal', action: { type: 'reveal' }, span: 2 }, submit]);
  }

  return controlRow([shift, layer, { id: 'space', action: { type: 'space' }, span: 4 }, backspace, submit]);
}

/** Returns the rows of keys for a layer and mode, the control row last. */
export function keyboardRows(layer: KeyboardLayer, mode: KeyboardMode): KeyboardKey[][] {
  const characters = layer === 'letters' ? LETTER_ROWS : SYMBOL_ROWS;

  return [...characters.map(characterRow), controlKeys(mode)];
}
