/**
 * Remote keys the app reacts to, from `KeyboardEvent.keyCode` (what TV engines fill reliably;
 * several leave `key` empty or platform-specific). Arrows and OK reach the spatial navigation
 * library through its own key map; this module decides the rest.
 */

export type RemoteKey = 'up' | 'down' | 'left' | 'right' | 'enter' | 'back' | 'red' | 'green' | 'yellow' | 'blue';

export const KEY_CODES = {
  left: 37,
  up: 38,
  right: 39,
  down: 40,
  enter: 13,
  escape: 27,
  backspace: 8,
  /** LG webOS remote Back. */
  webOsBack: 461,
  /** Samsung Tizen remote Back (`XF86Back`). */
  tizenBack: 10009,
  /** LG Magic Remote: pointer shown / hidden. Not Back, though some apps mistake them for it. */
  lgPointerShown: 1536,
  lgPointerHidden: 1537,
  /** Colour keys on webOS and Tizen (Tizen delivers them only after `registerKey`). */
  red: 403,
  green: 404,
  yellow: 405,
  blue: 406,
} as const;

const BY_KEY_CODE: Record<number, RemoteKey> = {
  [KEY_CODES.left]: 'left',
  [KEY_CODES.up]: 'up',
  [KEY_CODES.right]: 'right',
  [KEY_CODES.down]: 'down',
  [KEY_CODES.enter]: 'enter',
  [KEY_CODES.webOsBack]: 'back',
  [KEY_CODES.tizenBack]: 'back',
  [KEY_CODES.escape]: 'back',
  [KEY_CODES.red]: 'red',
  [KEY_CODES.green]: 'green',
  [KEY_CODES.yellow]: 'yellow',
  [KEY_CODES.blue]: 'blue',
};

/** Standard `key` values, for synthetic events and engines that leave `keyCode` at 0. */
const BY_KEY_NAME: Record<string, RemoteKey> = {
  ArrowLeft: 'left',
  ArrowUp: 'up',
  ArrowRight: 'right',
  ArrowDown: 'down',
  Enter: 'enter',
  Escape: 'back',
};

export type KeyInput = Pick<KeyboardEvent, 'keyCode' | 'key' | 'target'>;

/** True for elements where Backspace deletes text instead of meaning Back. */
export function isTextField(target: EventTarget | null): boolean {
  if (!target || typeof (target as Element).tagName !== 'string') {
    return false;
  }

  const element = target as HTMLElement;
  if (element.isContentEditable) {
    return true;
  }

  if (element.tagName === 'TEXTAREA') {
    return true;
  }

  if (element.tagName !== 'INPUT') {
    return false;
  }

  const type = (element as HTMLInputElement).type;
  return !['button', 'checkbox', 'radio', 'submit', 'reset', 'range', 'color', 'file', 'image'].includes(type);
}

/** Returns the remote key an event is for, or null for keys the app ignores (LG pointer 1536/1537 included). */
export function toRemoteKey(event: KeyInput): RemoteKey | null {
  const isBackspace = event.keyCode === KEY_CODES.backspace || event.key === 'Backspace';
  if (isBackspace) {
    return isTextField(event.target) ? null : 'back';
  }

  const byCode = event.keyCode ? BY_KEY_CODE[event.keyCode] : undefined;
  if (byCode) {
    return byCode;
  }

  return BY_KEY_NAME[event.key] ?? null;
}
