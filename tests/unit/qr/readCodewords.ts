import type { QrMatrix } from '../../../src/qr/encodeQr';

/**
 * A strict reader for the tests, written apart from the encoder. It reads back every codeword of
 * a symbol with no error correction. A module in the wrong place then shows up, where a camera
 * reader such as jsqr would correct it without a word.
 */

/** Level M, versions 1 to 10: [all codewords, error correction codewords per block, blocks]. */
const LEVEL_M: ReadonlyArray<readonly [number, number, number]> = [
  [26, 10, 1], [44, 16, 1], [70, 26, 1], [100, 18, 2], [134, 24, 2],
  [172, 16, 4], [196, 18, 4], [242, 22, 4], [292, 22, 5], [346, 26, 5],
];

/** Alignment pattern centres of versions 1 to 10. */
const ALIGNMENT_CENTRES: ReadonlyArray<readonly number[]> = [
  [], [6, 18], [6, 22], [6, 26], [6, 30], [6, 34], [6, 22, 38], [6, 24, 42], [6, 26, 46], [6, 28, 50],
];

/** Format information of level M for masks 0 to 7, bit 14 first, as ISO/IEC 18004 lists it. */
export const LEVEL_M_FORMAT = ['101010000010010', '101000100100101', '101111001111100', '101101101001011', '100010111111001', '100000011001110', '100111110010111', '100101010100000'];

const MASKS: ReadonlyArray<(row: number, column: number) => boolean> = [
  (r, c) => (r + c) % 2 === 0,
  (r) => r % 2 === 0,
  (_r, c) => c % 3 === 0,
  (r, c) => (r + c) % 3 === 0,
  (r, c) => (Math.floor(r / 2) + Math.floor(c / 3)) % 2 === 0,
  (r, c) => ((r * c) % 2) + ((r * c) % 3) === 0,
  (r, c) => (((r * c) % 2) + ((r * c) % 3)) % 2 === 0,
  (r, c) => (((r + c) % 2) + ((r * c) % 3)) % 2 === 0,
];

/** Returns true for the modules of function patterns, format and version information. */
function isFunctionModule(version: number, size: number, row: number, column: number): boolean {
  const nearTop = row <= 8;
  const nearLeft = column <= 8;
  const nearBottom = row >= size - 8;
  const nearRight = column >= size - 8;

  if ((nearTop && nearLeft) || (nearTop && nearRight) || (nearBottom && nearLeft) || row === 6 || column === 6) {
    return true;
  }

  if (version >= 7 && ((row <= 5 && column >= size - 11 && column <= size - 9) || (column <= 5 && row >= size - 11 && row <= size - 9))) {
    return true;
  }

  const centres = ALIGNMENT_CENTRES[version - 1] ?? [];
  return centres.some((centreRow) =>
    centres.some((centreColumn) => {
      const overlapsFinder = (centreRow === 6 && centreColumn === 6) || (centreRow === 6 && centreColumn === size - 7) || (centreRow === size - 7 && centreColumn === 6);
      return !overlapsFinder && Math.abs(row - centreRow) <= 2 && Math.abs(column - centreColumn) <= 2;
    }),
  );
}

/** Returns the mask number that the first copy of the format information names, or -1. */
export function readMask(matrix: QrMatrix): number {
  const cells: Array<[number, number]> = [
    [8, 0], [8, 1], [8, 2], [8, 3], [8, 4], [8, 5], [8, 7], [8, 8],
    [7, 8], [5, 8], [4, 8], [3, 8], [2, 8], [1, 8], [0, 8],
  ];
  const bits = cells.map(([row, column]) => (matrix.isDark(row, column) ? '1' : '0')).join('');

  return LEVEL_M_FORMAT.indexOf(bits);
}

/** The codewords of a symbol, split back into its blocks. */
export interface ReadBlocks {
  data: number[][];
  errorCorrection: number[][];
}

/**
 * Reads the codewords in placement order (two-column strips from the right, alternately up and
 * down, the strip that would hold column 6 moved one to the left), removes the mask, and undoes
 * the interleaving.
 */
export function readCodewords(matrix: QrMatrix): ReadBlocks {
  const { size } = matrix;
  const version = (size - 17) / 4;
  const layout = LEVEL_M[version - 1];
  const mask = MASKS[readMask(matrix)];
  if (!layout || !mask) {
    throw new Error(`unreadable symbol: ${size} modules per side, format bits name no level M mask`);
  }

  const [total, correctionPerBlock, blockCount] = layout;
  const bits: number[] = [];

  for (let strip = 0; strip * 2 < size - 1; strip++) {
    let right = size - 1 - strip * 2;
    if (right <= 6) {
      right -= 1;
    }

    const goingUp = strip % 2 === 0;
    for (let step = 0; step < size; step++) {
      const row = goingUp ? size - 1 - step : step;

      for (const column of [right, right - 1]) {
        if (column < 0 || isFunctionModule(version, size, row, column)) {
          continue;
        }

        bits.push((matrix.isDark(row, column) ? 1 : 0) ^ (mask(row, column) ? 1 : 0));
      }
    }
  }

  const codewords: number[] = [];
  for (let i = 0; i < total; i++) {
    codewords.push(bits.slice(i * 8, i * 8 + 8).reduce((value, bit) => value * 2 + bit, 0));
  }

  const dataTotal = total - correctionPerBlock * blockCount;
  const shortLength = Math.floor(dataTotal / blockCount);
  const longFrom = blockCount - (dataTotal % blockCount);
  const data: number[][] = Array.from({ length: blockCount }, () => []);
  const errorCorrection: number[][] = Array.from({ length: blockCount }, () => []);
  let next = 0;

  for (let i = 0; i <= shortLength; i++) {
    for (let block = 0; block < blockCount; block++) {
      if (i < shortLength || block >= longFrom) {
        data[block]?.push(codewords[next++] ?? -1);
      }
    }
  }

  for (let i = 0; i < correctionPerBlock; i++) {
    for (let block = 0; block < blockCount; block++) {
      errorCorrection[block]?.push(codewords[next++] ?? -1);
    }
  }

  return { data, errorCorrection };
}

/** Returns the bytes of a byte-mode message from its data codewords, or throws on another mode. */
export function readByteMessage(dataCodewords: readonly number[], version: number): number[] {
  const bits = dataCodewords.flatMap((codeword) => Array.from({ length: 8 }, (_, i) => (codeword >> (7 - i)) & 1));
  const readNumber = (from: number, length: number) => bits.slice(from, from + length).reduce((value, bit) => value * 2 + bit, 0);

  const mode = readNumber(0, 4);
  if (mode !== 0b0100) {
    throw new Error(`mode indicator ${mode.toString(2)} is not byte mode (0100)`);
  }

  const countBits = version < 10 ? 8 : 16;
  const count = readNumber(4, countBits);

  return Array.from({ length: count }, (_, i) => readNumber(4 + countBits + i * 8, 8));
}
