import { getCurrentFocusKey } from '@noriginmedia/norigin-spatial-navigation';
import { act, fireEvent, render, screen, within } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { OnScreenKeyboard } from '../../src/tv/keyboard/OnScreenKeyboard';
import type { KeyboardMode } from '../../src/tv/keyboard/keyboardLayout';
import { destroySpatialNavigation, initSpatialNavigation } from '../../src/tv/spatialNavigation';
import { createFakeLayoutAdapter } from './support/fakeLayout';
import { press, settle } from './support/keys';
import { createTestLocaleStore, TestScreen } from './support/TestProviders';

/** The keyboard's grid as its stylesheet draws it: 88 px columns, 10 px apart, 76 px keys 10 px apart. */
const COLUMN_STRIDE = 98;
const ROW_STRIDE = 86;

let submitted: string[];
let changes: string[];

function Harness({ mode, initial, maxLength, submitLabel }: { mode: KeyboardMode; initial: string; maxLength?: number; submitLabel?: string }) {
  const [value, setValue] = useState(initial);

  return (
    <OnScreenKeyboard
      value={value}
      onChange={(next) => {
        changes.push(next);
        setValue(next);
      }}
      onSubmit={(final) => submitted.push(final)}
      mode={mode}
      focusKey="kbd"
      label="Identifiant"
      testId="keyboard"
      maxLength={maxLength}
      submitLabel={submitLabel}
    />
  );
}

async function renderKeyboard(options: { mode?: KeyboardMode; initial?: string; language?: string; maxLength?: number; submitLabel?: string } = {}) {
  render(
    <TestScreen localeStore={createTestLocaleStore(options.language ?? 'fr-FR')}>
      <Harness mode={options.mode ?? 'text'} initial={options.initial ?? ''} maxLength={options.maxLength} submitLabel={options.submitLabel} />
    </TestScreen>,
  );
  await settle();
}

function fieldText(): string {
  return screen.getByTestId('keyboard-field').textContent ?? '';
}

function keyElement(keyId: string): HTMLElement {
  const element = within(screen.getByTestId('keyboard'))
    .getAllByTestId('keyboard-key')
    .find((key) => key.getAttribute('data-key-id') === keyId);
  if (!element) {
    throw new Error(`No key "${keyId}" on the keyboard now`);
  }
  return element;
}

function focusedKey(): HTMLElement {
  const focused = screen.getAllByTestId('keyboard-key').filter((key) => key.getAttribute('data-focused') === 'true');
  expect(focused).toHaveLength(1);
  return focused[0] as HTMLElement;
}

function place(element: HTMLElement): { row: number; column: number } {
  return { row: Number(element.getAttribute('data-row')), column: Number(element.getAttribute('data-column')) };
}

/** Moves the focus to `keyId` with arrow presses only, one row or one key at a time, as a member does. */
async function moveTo(keyId: string): Promise<void> {
  for (let step = 0; step < 30; step += 1) {
    const from = place(focusedKey());
    const to = place(keyElement(keyId));

    if (focusedKey().getAttribute('data-key-id') === keyId) {
      return;
    }

    if (from.row !== to.row) {
      await press(from.row < to.row ? 'down' : 'up');
    } else {
      await press(from.column < to.column ? 'right' : 'left');
    }
  }

  throw new Error(`The focus did not reach "${keyId}" in 30 presses`);
}

async function pressKey(keyId: string): Promise<void> {
  await moveTo(keyId);
  await press('enter');
}

async function typeText(text: string): Promise<void> {
  for (const character of Array.from(text)) {
    await pressKey(character === ' ' ? 'space' : `char:${character}`);
  }
}

beforeEach(() => {
  submitted = [];
  changes = [];
  initSpatialNavigation({
    layoutAdapter: createFakeLayoutAdapter((_focusKey, node) => {
      const row = node.getAttribute('data-row');
      if (row === null) {
        return undefined;
      }

      const column = Number(node.getAttribute('data-column'));
      const span = Number(node.getAttribute('data-span'));
      return { left: 200 + column * COLUMN_STRIDE, top: 300 + Number(row) * ROW_STRIDE, width: span * COLUMN_STRIDE - 10, height: 76 };
    }),
  });
});

afterEach(() => {
  destroySpatialNavigation();
});

describe('on-screen keyboard', () => {
  it('focuses the first letter when it opens', async () => {
    await renderKeyboard();

    expect(getCurrentFocusKey()).toBe('kbd-char:a');
    expect(focusedKey().textContent).toBe('a');
  });

  it('types a login with arrows and OK', async () => {
    await renderKeyboard();

    await typeText('demo@sandbox.test');

    expect(fieldText()).toBe('demo@sandbox.test');
    expect(changes.at(-1)).toBe('demo@sandbox.test');
  });

  it('moves one key per arrow press', async () => {
    await renderKeyboard();

    await press('right');
    await press('right');
    await press('down');

    expect(focusedKey().getAttribute('data-key-id')).toBe('char:m');
  });

  it('types the French accented letters', async () => {
    await renderKeyboard();

    await typeText('éèêëàâçîïôùûüÿœæ');

    expect(fieldText()).toBe('éèêëàâçîïôùûüÿœæ');
  });

  it('types capitals while Shift is on', async () => {
    await renderKeyboard();

    await pressKey('shift');
    expect(keyElement('shift').getAttribute('aria-pressed')).toBe('true');
    expect(keyElement('char:é').textContent).toBe('É');
    await typeText('éa');

    await pressKey('shift');
    expect(keyElement('shift').getAttribute('aria-pressed')).toBe('false');
    await typeText('b');

    expect(fieldText()).toBe('ÉAb');
  });

  it('keeps the focus on the key after Shift', async () => {
    await renderKeyboard();
    await moveTo('char:q');

    await moveTo('shift');
    await press('enter');

    expect(getCurrentFocusKey()).toBe('kbd-shift');
  });

  it('deletes the last character', async () => {
    await renderKeyboard({ initial: 'ab😀' });

    await pressKey('backspace');
    expect(fieldText()).toBe('ab');

    await press('enter');
    await press('enter');
    await press('enter');
    expect(fieldText()).toBe('');
    expect(changes).toEqual(['ab', 'a', '']);
  });

  it('types a space', async () => {
    await renderKeyboard({ initial: 'la' });

    await pressKey('space');
    await typeText('vie');

    expect(fieldText()).toBe('la vie');
  });

  it('switches to symbols and back on the same key', async () => {
    await renderKeyboard();

    await pressKey('layer');
    expect(getCurrentFocusKey()).toBe('kbd-layer');
    expect(screen.getByTestId('keyboard').getAttribute('data-layer')).toBe('symbols');
    await typeText('#€\\');

    await pressKey('layer');
    expect(getCurrentFocusKey()).toBe('kbd-layer');
    await typeText('z');

    expect(fieldText()).toBe('#€\\z');
  });

  it('submits the value', async () => {
    await renderKeyboard({ initial: 'demo' });

    await pressKey('submit');

    expect(submitted).toEqual(['demo']);
  });

  it('stops at maxLength', async () => {
    await renderKeyboard({ initial: 'abc', maxLength: 4 });

    await typeText('dd');
    await pressKey('space');

    expect(fieldText()).toBe('abcd');
  });

  it('types every press before a re-render', async () => {
    await renderKeyboard();

    // Three presses inside one act(): React renders once at the end, so presses two and three
    // must not start from the value of the last render.
    await act(async () => {
      fireEvent.click(keyElement('char:a'));
      fireEvent.click(keyElement('char:b'));
      fireEvent.click(keyElement('char:c'));
    });

    expect(fieldText()).toBe('abc');
    expect(changes).toEqual(['a', 'ab', 'abc']);
  });

  it('types on a pointer click', async () => {
    await renderKeyboard();

    await act(async () => {
      fireEvent.click(keyElement('char:k'));
    });

    expect(fieldText()).toBe('k');
  });

  it('labels the control keys in French', async () => {
    await renderKeyboard();

    expect(keyElement('space').textContent).toBe('Espace');
    expect(keyElement('submit').textContent).toBe('Valider');
    expect(keyElement('backspace').getAttribute('aria-label')).toBe('Effacer');
    expect(keyElement('shift').getAttribute('aria-label')).toBe('Majuscules');
    expect(screen.getByTestId('keyboard-field').getAttribute('aria-label')).toBe('Identifiant');
  });

  it('labels the control keys in English', async () => {
    await renderKeyboard({ language: 'en-US', mode: 'password' });

    expect(keyElement('space').textContent).toBe('Space');
    expect(keyElement('submit').textContent).toBe('OK');
    expect(keyElement('reveal').textContent).toBe('Show');
    expect(keyElement('layer').getAttribute('aria-label')).toBe('Symbols');
  });

  it('takes a submit label', async () => {
    await renderKeyboard({ submitLabel: 'Se connecter' });

    expect(keyElement('submit').textContent).toBe('Se connecter');
  });

  it('has no Show key in text mode', async () => {
    await renderKeyboard();

    expect(within(screen.getByTestId('keyboard')).getAllByTestId('keyboard-key').map((key) => key.getAttribute('data-key-id'))).not.toContain('reveal');
  });
});

describe('on-screen keyboard for a password', () => {
  it('shows masks and keeps the password out of the DOM', async () => {
    await renderKeyboard({ mode: 'password' });

    await typeText('pop');
    await pressKey('shift');
    await typeText('é');

    expect(fieldText()).toBe('••••');
    expect(changes.at(-1)).toBe('popÉ');
    expect(document.body.innerHTML).not.toContain('popÉ');
    expect(document.body.innerHTML).not.toContain('pop');
  });

  it('shows and hides the password', async () => {
    await renderKeyboard({ mode: 'password', initial: 'secret', language: 'en-US' });

    await pressKey('reveal');
    expect(fieldText()).toBe('secret');
    expect(keyElement('reveal').textContent).toBe('Hide');
    expect(keyElement('reveal').getAttribute('aria-pressed')).toBe('true');

    await press('enter');
    expect(fieldText()).toBe('••••••');
    expect(keyElement('reveal').textContent).toBe('Show');
  });

  it('submits the clear password to the parent only', async () => {
    await renderKeyboard({ mode: 'password', initial: 'épisode2000' });

    await pressKey('submit');

    expect(submitted).toEqual(['épisode2000']);
    expect(fieldText()).toBe('•••••••••••');
  });
});
