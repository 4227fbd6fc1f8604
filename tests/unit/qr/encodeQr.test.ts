import { describe, expect, it } from 'vitest';
import { encodeQr, MAX_QR_BYTES, QrInputTooLongError, type QrMatrix } from '../../../src/qr/encodeQr';
import { errorCorrectionCodewords } from '../../../src/qr/reedSolomon';
import { decodeMatrix } from './decodeMatrix';
import { readByteMessage, readCodewords } from './readCodewords';

/** Byte-mode capacity of versions 1 to 10 at level M, from ISO/IEC 18004. */
const SPEC_CAPACITIES = [14, 26, 42, 62, 84, 106, 122, 152, 180, 213];

/** Returns `length` printable ASCII characters that vary along the string, so no two lengths share a prefix pattern. */
function asciiText(length: number): string {
  let text = '';
  for (let i = 0; i < length; i++) {
    text += String.fromCharCode(32 + ((i * 37 + length * 11) % 95));
  }

  return text;
}

function expectDecodesTo(matrix: QrMatrix, text: string): void {
  const decoded = decodeMatrix(matrix);

  expect(decoded, `jsqr found no code for ${JSON.stringify(text)} (version ${matrix.version}, mask ${matrix.mask})`).not.toBeNull();
  expect(decoded?.data).toBe(text);
  expect(decoded?.binaryData).toEqual(Array.from(new TextEncoder().encode(text)));
  expect(decoded?.version).toBe(matrix.version);
}

/** Reads `matrix` with no error correction: the message, and each block's codewords against a fresh computation. */
function expectExactSymbol(matrix: QrMatrix, text: string): void {
  const { data, errorCorrection } = readCodewords(matrix);

  data.forEach((block, index) => {
    expect(errorCorrection[index], `error correction of block ${index}, version ${matrix.version}`).toEqual(errorCorrectionCodewords(block, errorCorrection[index]?.length ?? 0));
  });
  expect(readByteMessage(data.flat(), matrix.version), `message of ${JSON.stringify(text)}`).toEqual(Array.from(new TextEncoder().encode(text)));
}

describe('encodeQr', () => {
  it('places every codeword exactly', () => {
    for (let length = 0; length <= MAX_QR_BYTES; length++) {
      const text = asciiText(length);

      expectExactSymbol(encodeQr(text), text);
    }

    expectExactSymbol(encodeQr('Épisode déjà vu'), 'Épisode déjà vu');
  });


  it('decodes at every length up to the maximum', () => {
    for (let length = 1; length <= MAX_QR_BYTES; length++) {
      const text = asciiText(length);

      expectDecodesTo(encodeQr(text), text);
    }
  });

  it('picks the smallest version with room', () => {
    expect(MAX_QR_BYTES).toBe(213);

    SPEC_CAPACITIES.forEach((capacity, index) => {
      const version = index + 1;

      expect(encodeQr(asciiText(capacity)).version, `${capacity} bytes`).toBe(version);
      if (version < 10) {
        expect(encodeQr(asciiText(capacity + 1)).version, `${capacity + 1} bytes`).toBe(version + 1);
      }
    });
  });

  it('sizes the symbol by its version', () => {
    for (const capacity of SPEC_CAPACITIES) {
      const matrix = encodeQr(asciiText(capacity));

      expect(matrix.size).toBe(17 + 4 * matrix.version);
    }
  });

  it('decodes verification addresses', () => {
    const addresses = [
      'http://127.0.0.1:8080/device',
      'http://127.0.0.1:41234/device?user_code=ABCD-EFGH',
      'http://localhost:5173/device?user_code=975-820',
      'http://[::1]:9000/device?user_code=WXYZ-2345&lang=fr',
    ];

    for (const address of addresses) {
      expectDecodesTo(encodeQr(address), address);
    }
  });

  it('decodes UTF-8 text with accents', () => {
    const texts = ['é', 'Épisode déjà vu, ça marche', 'Noël à Montréal — 2 saisons ✓', 'Œuvres complètes : « Les Misérables »', '日本のドラマ', 'ü'.repeat(106)];

    for (const text of texts) {
      expectDecodesTo(encodeQr(text), text);
    }
  });

  it('decodes an empty text', () => {
    const matrix = encodeQr('');

    expect(matrix.version).toBe(1);
    expect(decodeMatrix(matrix)?.binaryData).toEqual([]);
  });

  it('rejects a text above the maximum', () => {
    expect(() => encodeQr(asciiText(MAX_QR_BYTES + 1))).toThrow(QrInputTooLongError);
    expect(() => encodeQr(asciiText(MAX_QR_BYTES + 1))).toThrow('QR code input is 214 bytes of UTF-8, more than the 213 bytes that fit in version 10 at level M: shorten the text.');
  });

  it('counts the limit in UTF-8 bytes', () => {
    // 107 characters, but two bytes each.
    const accented = 'é'.repeat(107);

    expect(() => encodeQr(accented)).toThrow(expect.objectContaining({ name: 'QrInputTooLongError', byteLength: 214 }));
  });

  it('reports nothing outside the symbol as dark', () => {
    const matrix = encodeQr('http://127.0.0.1:8080/device');

    expect(matrix.isDark(-1, 0)).toBe(false);
    expect(matrix.isDark(0, -1)).toBe(false);
    expect(matrix.isDark(matrix.size, 0)).toBe(false);
    expect(matrix.isDark(0, matrix.size)).toBe(false);
  });
});
