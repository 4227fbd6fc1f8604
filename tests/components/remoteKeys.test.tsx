import { describe, expect, it } from 'vitest';
import { toRemoteKey, type KeyInput } from '../../src/tv/keys';
import { computeRenderRange, countFullyVisible, countPartlyVisible, followFocus } from '../../src/tv/rowWindow';

function key(keyCode: number, name = '', target: EventTarget | null = document.body): KeyInput {
  return { keyCode, key: name, target };
}

describe('toRemoteKey', () => {
  it.each([
    [461, 'webOS Back'],
    [10009, 'Tizen Back'],
    [27, 'Escape'],
  ])('reads %i (%s) as Back', (keyCode) => {
    expect(toRemoteKey(key(keyCode))).toBe('back');
  });

  it('reads Backspace outside a text field as Back', () => {
    expect(toRemoteKey(key(8, 'Backspace'))).toBe('back');
  });

  it('leaves Backspace to a text field', () => {
    const input = document.createElement('input');
    input.type = 'search';

    expect(toRemoteKey(key(8, 'Backspace', input))).toBeNull();
    expect(toRemoteKey(key(8, 'Backspace', document.createElement('textarea')))).toBeNull();
  });

  it('reads Backspace on a checkbox as Back', () => {
    const checkbox = document.createElement('input');
    checkbox.type = 'checkbox';

    expect(toRemoteKey(key(8, 'Backspace', checkbox))).toBe('back');
  });

  it('ignores the LG pointer key codes', () => {
    expect(toRemoteKey(key(1536))).toBeNull();
    expect(toRemoteKey(key(1537))).toBeNull();
  });

  it('maps the colour keys', () => {
    expect([403, 404, 405, 406].map((code) => toRemoteKey(key(code)))).toEqual(['red', 'green', 'yellow', 'blue']);
  });

  it('falls back to the key name when keyCode is 0', () => {
    expect(toRemoteKey(key(0, 'ArrowLeft'))).toBe('left');
    expect(toRemoteKey(key(0, 'Escape'))).toBe('back');
    expect(toRemoteKey(key(0, 'a'))).toBeNull();
  });
});

describe('row window', () => {
  const geometry = { itemWidth: 260, gap: 36, viewportWidth: 1728 };

  it('counts the cards that fit', () => {
    expect(countFullyVisible(geometry)).toBe(5);
    expect(countPartlyVisible(geometry)).toBe(6);
  });

  it('keeps the left edge while the focus stays in view', () => {
    expect(followFocus(3, 5, 5, 200)).toBe(3);
  });

  it('shifts just enough to show a card past the right edge', () => {
    expect(followFocus(0, 7, 5, 200)).toBe(3);
  });

  it('shifts to a card past the left edge', () => {
    expect(followFocus(10, 4, 5, 200)).toBe(4);
  });

  it('never leaves empty room at the end of a short list', () => {
    expect(followFocus(0, 2, 5, 3)).toBe(0);
  });

  it('renders the visible cards plus the overscan on each side', () => {
    expect(computeRenderRange(10, 200, geometry, 3)).toEqual({ start: 7, end: 19 });
    expect(computeRenderRange(0, 4, geometry, 3)).toEqual({ start: 0, end: 4 });
  });
});
