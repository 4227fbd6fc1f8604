import { md5 } from 'js-md5';

/**
 * Returns the lowercase hex MD5 of the UTF-8 bytes of `text`: the form `members/auth` expects
 * for a password. js-md5 is plain ES5 JavaScript without WebAssembly, so it runs on the oldest
 * TV engines the app supports.
 *
 * NOTE: the text is hashed as typed, without Unicode normalization, so a decomposed "é" (e plus
 * U+0301) hashes differently from the composed one. The on-screen keyboard types composed letters.
 */
export function md5Hex(text: string): string {
  return md5(text);
}
