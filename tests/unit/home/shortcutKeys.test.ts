import { describe, expect, it } from 'vitest';
import { toShortcutKey, type ShortcutKeyInput } from '../../../src/tv/shortcutKeys';

function keyEvent(overrides: Partial<ShortcutKeyInput>): ShortcutKeyInput {
  return { keyCode: 0, key: '', target: null, altKey: false, ctrlKey: false, metaKey: false, ...overrides };
}

describe('toShortcutKey', () => {
  it.each([
    [403, 'red'],
    [404, 'green'],
    [405, 'yellow'],
    [406, 'blue'],
  ])('reads remote key code %i as %s', (keyCode, expected) => {
    expect(toShortcutKey(keyEvent({ keyCode }))).toBe(expected);
  });

  it('reads the desktop letters w and u as Green and Yellow', () => {
    expect(toShortcutKey(keyEvent({ key: 'w', keyCode: 87 }))).toBe('green');
    expect(toShortcutKey(keyEvent({ key: 'W', keyCode: 87 }))).toBe('green');
    expect(toShortcutKey(keyEvent({ key: 'u', keyCode: 85 }))).toBe('yellow');
  });

  it('ignores a letter typed with a modifier', () => {
    expect(toShortcutKey(keyEvent({ key: 'w', keyCode: 87, ctrlKey: true }))).toBeNull();
    expect(toShortcutKey(keyEvent({ key: 'w', keyCode: 87, metaKey: true }))).toBeNull();
  });

  it('ignores a letter typed in a text field', () => {
    const input = { tagName: 'INPUT', type: 'text', isContentEditable: false } as unknown as EventTarget;

    expect(toShortcutKey(keyEvent({ key: 'w', keyCode: 87, target: input }))).toBeNull();
  });

  it('ignores arrows and other letters', () => {
    expect(toShortcutKey(keyEvent({ key: 'ArrowLeft', keyCode: 37 }))).toBeNull();
    expect(toShortcutKey(keyEvent({ key: 'x', keyCode: 88 }))).toBeNull();
  });
});
