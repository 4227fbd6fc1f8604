import { act, fireEvent } from '@testing-library/react';
import { settle } from './keys';

/** webOS and Tizen colour key codes. */
const COLOUR_KEYS = {
  red: { key: 'ColorF0Red', keyCode: 403 },
  green: { key: 'ColorF1Green', keyCode: 404 },
  yellow: { key: 'ColorF2Yellow', keyCode: 405 },
  blue: { key: 'ColorF3Blue', keyCode: 406 },
} as const;

/** Sends one press of a remote colour key, then lets norigin and React settle. */
export async function pressColour(name: keyof typeof COLOUR_KEYS, options: { repeat?: boolean } = {}): Promise<void> {
  const init = COLOUR_KEYS[name];

  await act(async () => {
    fireEvent.keyDown(window, { ...init, repeat: options.repeat ?? false });
    fireEvent.keyUp(window, init);
  });
  await settle();
}

/** Sends one press of a letter from a desktop keyboard (`w` replaces Green). */
export async function pressLetter(letter: string): Promise<void> {
  await act(async () => {
    fireEvent.keyDown(window, { key: letter, keyCode: letter.toUpperCase().charCodeAt(0) });
    fireEvent.keyUp(window, { key: letter, keyCode: letter.toUpperCase().charCodeAt(0) });
  });
  await settle();
}
