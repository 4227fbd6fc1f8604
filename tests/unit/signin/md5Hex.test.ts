import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { md5Hex } from '../../../src/signin/md5Hex';

/** The test suite of RFC 1321, appendix A.5. */
const RFC_1321_VECTORS: ReadonlyArray<[string, string]> = [
  ['', 'd41d8cd98f00b204e9800998ecf8427e'],
  ['a', '0cc175b9c0f1b6a831c399e269772661'],
  ['abc', '900150983cd24fb0d6963f7d28e17f72'],
  ['message digest', 'f96b697d7cb7938d525a2f31aaf161d0'],
  ['abcdefghijklmnopqrstuvwxyz', 'c3fcd3d76192e4007dfb496cca67e13b'],
  ['ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789', 'd174ab98d277d9f5a5611c2c9f419d9f'],
  ['12345678901234567890123456789012345678901234567890123456789012345678901234567890', '57edf4a22be3c955ac49da2e2107b67a'],
];

/**
 * Non-ASCII passwords, hashed as UTF-8. The digests come from Node's OpenSSL MD5
 * (`createHash('md5').update(text, 'utf8')`), an implementation independent of js-md5.
 */
const UTF8_VECTORS: ReadonlyArray<[string, string]> = [
  ['\u00e9', '66ddcd97cfdeabb2f6fb8a999b4bc76f'],
  ['e\u0301', '5526861fbb1e71a1bda6ac364310a807'],
  ['épisode2000', 'd9f24b8c676e71f7cdcb01b8ca03e3cc'],
  ['中文', 'a7bac2239fcdcb3a067903d8077c4a07'],
  ['😀', '2a02eac39d716a70ecf37579185927b6'],
];

describe('md5Hex', () => {
  it.each(RFC_1321_VECTORS)('hashes %j as RFC 1321 says', (text, digest) => {
    expect(md5Hex(text)).toBe(digest);
  });

  it.each(UTF8_VECTORS)('hashes the UTF-8 bytes of %j', (text, digest) => {
    expect(md5Hex(text)).toBe(digest);
  });

  it('matches OpenSSL on French passwords', () => {
    const passwords = ['Mot de passe à Noël', 'çàèùéâêîôûëïüÿœæ', 'ÉÈÊËÀÂÇÎÏÔÙÛÜŸŒÆ', 'l’été 2024 !', 'a'.repeat(200) + 'é'];

    for (const password of passwords) {
      expect(md5Hex(password), password).toBe(createHash('md5').update(password, 'utf8').digest('hex'));
    }
  });

  it('does not hash Latin-1 bytes', () => {
    const latin1 = createHash('md5').update(Buffer.from([0xe9])).digest('hex');

    expect(md5Hex('é')).not.toBe(latin1);
  });

  it('hashes composed and decomposed letters apart', () => {
    expect(md5Hex('\u00e9')).not.toBe(md5Hex('e\u0301'));
  });

  it('returns 32 lowercase hex digits', () => {
    expect(md5Hex('Secret!')).toMatch(/^[0-9a-f]{32}$/);
  });
});
