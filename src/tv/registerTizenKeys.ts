import { createLogger } from '../logger';

const log = createLogger('tv');

interface TizenInputDevice {
  registerKeyBatch?(names: string[], onSuccess?: () => void, onError?: (error: unknown) => void): void;
  registerKey?(name: string): void;
}

/**
 * Keys a Samsung remote sends only after registration (Tizen TV input device API): the colour
 * keys (shortcuts on screen) and the media keys. Arrows, OK and Back need none. The
 * `http://tizen.org/privilege/tv.inputdevice` privilege in config.xml allows the call.
 */
export const TIZEN_KEYS = [
  'ColorF0Red',
  'ColorF1Green',
  'ColorF2Yellow',
  'ColorF3Blue',
  'MediaPlayPause',
  'MediaPlay',
  'MediaPause',
  'MediaStop',
  'MediaRewind',
  'MediaFastForward',
];

/** Registers `TIZEN_KEYS` on a Tizen TV; does nothing elsewhere. Returns whether it tried. */
export function registerTizenKeys(): boolean {
  const tizen = (window as unknown as { tizen?: { tvinputdevice?: TizenInputDevice } }).tizen;
  const device = tizen?.tvinputdevice;

  if (!device) {
    return false;
  }

  try {
    if (device.registerKeyBatch) {
      device.registerKeyBatch(TIZEN_KEYS, undefined, (error) => log.warn('Tizen key registration failed', { error: String(error) }));
      return true;
    }

    for (const name of TIZEN_KEYS) {
      device.registerKey?.(name);
    }
    return true;
  } catch (error) {
    // An older firmware may lack a key name; the arrows and Back still work without it.
    log.warn('Tizen key registration failed', { error: String(error) });
    return true;
  }
}
