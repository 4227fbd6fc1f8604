import { act, fireEvent } from '@testing-library/react';
import { flushAfterPaintQueue } from '../../../src/tv/afterNextPaint';

const KEYS = {
  left: { key: 'ArrowLeft', keyCode: 37 },
  up: { key: 'ArrowUp', keyCode: 38 },
  right: { key: 'ArrowRight', keyCode: 39 },
  down: { key: 'ArrowDown', keyCode: 40 },
  enter: { key: 'Enter', keyCode: 13 },
  escape: { key: 'Escape', keyCode: 27 },
  backspace: { key: 'Backspace', keyCode: 8 },
  webOsBack: { key: 'GoBack', keyCode: 461 },
  lgPointerShown: { key: 'Unidentified', keyCode: 1536 },
} as const;

export type TestKey = keyof typeof KEYS;

/** Lets norigin's promise chain (measure, then focus) settle without the work that waits for the next frame. */
export async function settleBeforePaint(): Promise<void> {
  await act(async () => {
    for (let turn = 0; turn < 10; turn += 1) {
      await Promise.resolve();
    }
  });
}

/**
 * Lets norigin's promise chain (measure, then focus) and React's re-render settle, including the
 * state that windowed cards and their containers update after the next frame (`runAfterNextPaint`),
 * which jsdom never paints.
 */
export async function settle(): Promise<void> {
  await settleBeforePaint();

  await act(async () => {
    flushAfterPaintQueue();
    for (let turn = 0; turn < 10; turn += 1) {
      await Promise.resolve();
    }
  });
}

/** Sends one press: key down then key up on the window, as a remote sends them, then a settle step. */
export async function press(name: TestKey, target: Window | Element = window): Promise<void> {
  const init = KEYS[name];

  await act(async () => {
    fireEvent.keyDown(target, init);
    fireEvent.keyUp(target, init);
  });
  await settle();
}

/** Sends a held key: several key-downs with no key-up in between (auto-repeat), then one key-up. */
export async function hold(name: TestKey, repeats: number): Promise<void> {
  const init = KEYS[name];

  await act(async () => {
    for (let index = 0; index < repeats; index += 1) {
      fireEvent.keyDown(window, { ...init, repeat: index > 0 });
    }
  });
  await settle();

  await act(async () => {
    fireEvent.keyUp(window, init);
  });
  await settle();
}
