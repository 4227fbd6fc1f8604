import type { KeyAction, KeyboardLayer, KeyboardMode } from './keyboardLayout';

/** The keyboard's state between presses, apart from the text itself. */
export interface KeyboardModifiers {
  layer: KeyboardLayer;
  /** Capitals stay on until Shift is pressed again, like Caps Lock. */
  shifted: boolean;
  /** Password mode: whether the text shows in clear. */
  revealed: boolean;
}

export const INITIAL_MODIFIERS: KeyboardModifiers = { layer: 'letters', shifted: false, revealed: false };

export interface KeyResult {
  value: string;
  modifiers: KeyboardModifiers;
  /** True when the press was on the submit key. */
  submitted: boolean;
}

/** The mask shown for each hidden character of a password. */
export const MASK_CHARACTER = '\u2022';

/** Counts characters as code points, so a character outside the BMP counts once, not as two UTF-16 units. */
export function countCharacters(value: string): number {
  return Array.from(value).length;
}

function append(value: string, text: string, maxLength: number | undefined): string {
  if (maxLength !== undefined && countCharacters(value) >= maxLength) {
    return value;
  }

  return value + text;
}

/** Returns the character a key types: its capital while Shift is on. Non-letters have no capital and stay as they are. */
export function typedCharacter(character: string, shifted: boolean): string {
  return shifted ? character.toUpperCase() : character;
}

/** Applies one key press to the text and the modifiers. Pure: the component owns the state. */
export function applyKey(value: string, modifiers: KeyboardModifiers, action: KeyAction, maxLength?: number): KeyResult {
  const unchanged: KeyResult = { value, modifiers, submitted: false };

  switch (action.type) {
    case 'character':
      return { ...unchanged, value: append(value, typedCharacter(action.character, modifiers.shifted), maxLength) };
    case 'space':
      return { ...unchanged, value: append(value, ' ', maxLength) };
    case 'backspace':
      return { ...unchanged, value: Array.from(value).slice(0, -1).join('') };
    case 'shift':
      return { ...unchanged, modifiers: { ...modifiers, shifted: !modifiers.shifted } };
    case 'layer':
      return { ...unchanged, modifiers: { ...modifiers, layer: modifiers.layer === 'letters' ? 'symbols' : 'letters' } };
    case 'reveal':
      return { ...unchanged, modifiers: { ...modifiers, revealed: !modifiers.revealed } };
    case 'submit':
      return { ...unchanged, submitted: true };
  }
}

/** Returns the text the field shows: the value, or one mask per character for a hidden password. */
export function displayedText(value: string, mode: KeyboardMode, revealed: boolean): string {
  if (mode === 'password' && !revealed) {
    return Array.from(value, () => MASK_CHARACTER).join('');
  }

  return value;
}
