import { isTextField, toRemoteKey, type KeyInput } from './keys';

/** The remote's colour keys, used as screen shortcuts. */
export type ColourKey = 'red' | 'green' | 'yellow' | 'blue';

/**
 * Letters that stand in for the colour keys in a desktop browser, whose keyboard has none:
 * `w` for Green (mark watched) and `u` for Yellow (undo). Red and Blue have no letter yet.
 */
const DESKTOP_LETTERS: Record<string, ColourKey> = {
  w: 'green',
  u: 'yellow',
};

export type ShortcutKeyInput = KeyInput & Pick<KeyboardEvent, 'altKey' | 'ctrlKey' | 'metaKey'>;

/**
 * Returns the colour key an event is for: the remote's colour keys (403–406 on webOS and Tizen)
 * or a desktop letter typed outside text fields and without a modifier (Ctrl+W closes the tab).
 */
export function toShortcutKey(event: ShortcutKeyInput): ColourKey | null {
  const remoteKey = toRemoteKey(event);
  if (remoteKey === 'red' || remoteKey === 'green' || remoteKey === 'yellow' || remoteKey === 'blue') {
    return remoteKey;
  }

  if (event.altKey || event.ctrlKey || event.metaKey || isTextField(event.target)) {
    return null;
  }

  return DESKTOP_LETTERS[(event.key ?? '').toLowerCase()] ?? null;
}
