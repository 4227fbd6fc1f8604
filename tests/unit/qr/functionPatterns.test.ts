import { describe, expect, it } from 'vitest';
import { encodeQr, type QrMatrix } from '../../../src/qr/encodeQr';
import { formatInformationBits, versionInformationBits } from '../../../src/qr/functionPatterns';
import { LEVEL_M_FORMAT } from './readCodewords';


/** Version information of versions 7 to 10 (ISO/IEC 18004). */
const VERSION_INFORMATION: Record<number, number> = { 7: 0x07c94, 8: 0x085bc, 9: 0x09a99, 10: 0x0a4d3 };

/** A text of `length` letters, which lands in a known version. */
function textOfLength(length: number): string {
  return 'A'.repeat(length);
}

/** Returns the `side` × `side` square whose top-left module is at (top, left), as rows of 0 and 1. */
function readSquare(matrix: QrMatrix, top: number, left: number, side: number): string[] {
  const rows: string[] = [];
  for (let row = top; row < top + side; row++) {
    let line = '';
    for (let column = left; column < left + side; column++) {
      line += matrix.isDark(row, column) ? '1' : '0';
    }
    rows.push(line);
  }

  return rows;
}

const FINDER = ['1111111', '1000001', '1011101', '1011101', '1011101', '1000001', '1111111'];

/** Reads the first copy of the format information, bit 14 first: row 8 left to right, then column 8 upward. */
function readFormatNearTopLeft(matrix: QrMatrix): string {
  const cells: Array<[number, number]> = [
    [8, 0], [8, 1], [8, 2], [8, 3], [8, 4], [8, 5], [8, 7], [8, 8],
    [7, 8], [5, 8], [4, 8], [3, 8], [2, 8], [1, 8], [0, 8],
  ];

  return cells.map(([row, column]) => (matrix.isDark(row, column) ? '1' : '0')).join('');
}

/** Reads the second copy, bit 14 first: column 8 upward from the bottom, then row 8 left to right at the right. */
function readFormatSplit(matrix: QrMatrix): string {
  const last = matrix.size - 1;
  let bits = '';
  for (let i = 0; i < 7; i++) {
    bits += matrix.isDark(last - i, 8) ? '1' : '0';
  }
  for (let column = matrix.size - 8; column <= last; column++) {
    bits += matrix.isDark(8, column) ? '1' : '0';
  }

  return bits;
}

/** Reads the top-right version block, bit 17 first. Bit i is at row ⌊i/3⌋, column size − 11 + i mod 3. */
function readVersionTopRight(matrix: QrMatrix): number {
  let value = 0;
  for (let bit = 17; bit >= 0; bit--) {
    value = (value << 1) | (matrix.isDark(Math.floor(bit / 3), matrix.size - 11 + (bit % 3)) ? 1 : 0);
  }

  return value;
}

/** Reads the bottom-left version block, the transpose of the top-right one. */
function readVersionBottomLeft(matrix: QrMatrix): number {
  let value = 0;
  for (let bit = 17; bit >= 0; bit--) {
    value = (value << 1) | (matrix.isDark(matrix.size - 11 + (bit % 3), Math.floor(bit / 3)) ? 1 : 0);
  }

  return value;
}

describe('format information', () => {
  it('matches the specification for level M', () => {
    LEVEL_M_FORMAT.forEach((expected, mask) => {
      expect(formatInformationBits(mask).toString(2).padStart(15, '0'), `mask ${mask}`).toBe(expected);
    });
  });

  it('is drawn twice for the chosen mask', () => {
    for (const length of [5, 20, 60, 100, 150, 200]) {
      const matrix = encodeQr(textOfLength(length));
      const expected = LEVEL_M_FORMAT[matrix.mask];

      expect(readFormatNearTopLeft(matrix), `version ${matrix.version}`).toBe(expected);
      expect(readFormatSplit(matrix), `version ${matrix.version}`).toBe(expected);
    }
  });
});

describe('version information', () => {
  it('matches the specification for versions 7 to 10', () => {
    for (const [version, expected] of Object.entries(VERSION_INFORMATION)) {
      expect(versionInformationBits(Number(version)), `version ${version}`).toBe(expected);
    }
  });

  it('is drawn in both corners from version 7', () => {
    for (const length of [110, 140, 170, 210]) {
      const matrix = encodeQr(textOfLength(length));

      expect(matrix.version).toBeGreaterThanOrEqual(7);
      expect(readVersionTopRight(matrix), `version ${matrix.version}`).toBe(VERSION_INFORMATION[matrix.version]);
      expect(readVersionBottomLeft(matrix), `version ${matrix.version}`).toBe(VERSION_INFORMATION[matrix.version]);
    }
  });
});

describe('function patterns', () => {
  it('draws three finders with light separators', () => {
    const matrix = encodeQr(textOfLength(40));
    const far = matrix.size - 7;

    expect(readSquare(matrix, 0, 0, 7)).toEqual(FINDER);
    expect(readSquare(matrix, 0, far, 7)).toEqual(FINDER);
    expect(readSquare(matrix, far, 0, 7)).toEqual(FINDER);

    for (let i = 0; i < 8; i++) {
      expect(matrix.isDark(7, i), `separator under the top-left finder, column ${i}`).toBe(false);
      expect(matrix.isDark(i, 7), `separator right of the top-left finder, row ${i}`).toBe(false);
      expect(matrix.isDark(7, matrix.size - 1 - i), `separator under the top-right finder`).toBe(false);
      expect(matrix.isDark(matrix.size - 8, i), `separator above the bottom-left finder`).toBe(false);
    }
  });

  it('alternates the timing patterns', () => {
    const matrix = encodeQr(textOfLength(100));

    for (let i = 8; i < matrix.size - 8; i++) {
      expect(matrix.isDark(6, i), `row 6, column ${i}`).toBe(i % 2 === 0);
      expect(matrix.isDark(i, 6), `column 6, row ${i}`).toBe(i % 2 === 0);
    }
  });

  it('sets the dark module beside the bottom-left finder', () => {
    for (const length of [1, 50, 200]) {
      const matrix = encodeQr(textOfLength(length));

      expect(matrix.isDark(matrix.size - 8, 8)).toBe(true);
    }
  });

  it('draws alignment patterns at their centres', () => {
    // Version 7 has centres at 6, 22 and 38, and the three beside finders are left out.
    const matrix = encodeQr(textOfLength(110));
    const alignment = ['11111', '10001', '10101', '10001', '11111'];

    expect(matrix.version).toBe(7);
    for (const [row, column] of [[6, 22], [22, 6], [22, 22], [22, 38], [38, 22], [38, 38]] as const) {
      expect(readSquare(matrix, row - 2, column - 2, 5), `centre (${row}, ${column})`).toEqual(alignment);
    }
  });
});
