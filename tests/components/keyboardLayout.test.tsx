import { describe, expect, it } from 'vitest';
import { KEYBOARD_COLUMNS, keyboardRows, type KeyboardLayer, type KeyboardMode } from '../../src/tv/keyboard/keyboardLayout';
import { applyKey, displayedText, INITIAL_MODIFIERS, typedCharacter } from '../../src/tv/keyboard/keyboardState';

const LAYOUTS: ReadonlyArray<[KeyboardLayer, KeyboardMode]> = [
  ['letters', 'text'],
  ['letters', 'password'],
  ['symbols', 'text'],
  ['symbols', 'password'],
];

function characters(layer: KeyboardLayer): string[] {
  return keyboardRows(layer, 'text')
    .flat()
    .map((key) => (key.action.type === 'character' ? key.action.character : ''))
    .filter((character) => character !== '');
}

describe('keyboard layout', () => {
  it.each(LAYOUTS)('fills every row of %s in %s mode to 10 columns', (layer, mode) => {
    for (const row of keyboardRows(layer, mode)) {
      const last = row[row.length - 1];
      expect((last?.column ?? 0) + (last?.span ?? 0)).toBe(KEYBOARD_COLUMNS);
      expect(row.map((key) => key.column)).toEqual([...row.map((key) => key.column)].sort((a, b) => a - b));
    }
  });

  it.each(LAYOUTS)('gives unique key ids on %s in %s mode', (layer, mode) => {
    const ids = keyboardRows(layer, mode).flat().map((key) => key.id);

    expect(new Set(ids).size).toBe(ids.length);
  });

  it('has every letter, digit and the e-mail characters', () => {
    const letters = characters('letters');

    for (const character of Array.from('abcdefghijklmnopqrstuvwxyz0123456789@.-_')) {
      expect(letters, character).toContain(character);
    }
  });

  it('has the accented letters of French', () => {
    const letters = characters('letters');

    for (const character of Array.from('éèêëàâçîïôùûüÿœæ')) {
      expect(letters, character).toContain(character);
    }
  });

  it('has common password symbols', () => {
    const symbols = characters('symbols');

    for (const character of Array.from('!?#$%&*+=/()[]{}<>\\|\'",;:~^`€£')) {
      expect(symbols, character).toContain(character);
    }
  });

  it('keeps the control keys in both layers', () => {
    const controls = (layer: KeyboardLayer) => keyboardRows(layer, 'password').at(-1)?.map((key) => key.id);

    expect(controls('letters')).toEqual(['shift', 'layer', 'space', 'backspace', 'reveal', 'submit']);
    expect(controls('symbols')).toEqual(controls('letters'));
    expect(keyboardRows('letters', 'text').at(-1)?.map((key) => key.id)).toEqual(['shift', 'layer', 'space', 'backspace', 'submit']);
  });
});

describe('keyboard state', () => {
  it('capitalizes accented letters and leaves symbols alone', () => {
    expect(Array.from('éèêëàâçîïôùûüÿœæ', (character) => typedCharacter(character, true)).join('')).toBe('ÉÈÊËÀÂÇÎÏÔÙÛÜŸŒÆ');
    expect(typedCharacter('@', true)).toBe('@');
    expect(typedCharacter('7', true)).toBe('7');
  });

  it('deletes a whole character outside the BMP', () => {
    const result = applyKey('a😀', INITIAL_MODIFIERS, { type: 'backspace' });

    expect(result.value).toBe('a');
  });

  it('leaves an empty value empty on delete', () => {
    expect(applyKey('', INITIAL_MODIFIERS, { type: 'backspace' }).value).toBe('');
  });

  it('counts maxLength in characters', () => {
    expect(applyKey('😀😀', INITIAL_MODIFIERS, { type: 'character', character: 'a' }, 3).value).toBe('😀😀a');
    expect(applyKey('😀😀a', INITIAL_MODIFIERS, { type: 'character', character: 'a' }, 3).value).toBe('😀😀a');
  });

  it('submits without changing the value', () => {
    expect(applyKey('demo', INITIAL_MODIFIERS, { type: 'submit' })).toEqual({ value: 'demo', modifiers: INITIAL_MODIFIERS, submitted: true });
  });

  it('masks one bullet per character', () => {
    expect(displayedText('é😀a', 'password', false)).toBe('•••');
    expect(displayedText('é😀a', 'password', true)).toBe('é😀a');
    expect(displayedText('é😀a', 'text', false)).toBe('é😀a');
  });
});
