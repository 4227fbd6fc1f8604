import { dataCodewords, interleavedCodewords } from './buildCodewords';
import { drawFormatInformation, drawFunctionPatterns } from './functionPatterns';
import { applyMask, MASK_CONDITIONS, maskPenalty } from './masks';
import { placeCodewords } from './placeCodewords';
import { byteCapacity, VERSION_LAYOUTS } from './versionTable';

/** A QR code symbol without its quiet zone. */
export interface QrMatrix {
  /** Modules per side: 21 for version 1, four more per version. */
  size: number;
  version: number;
  mask: number;
  isDark(row: number, column: number): boolean;
}

/** The largest input in bytes of UTF-8: version 10 at level M in byte mode. */
export const MAX_QR_BYTES = Math.max(...VERSION_LAYOUTS.map(byteCapacity));

/** Thrown when a text does not fit in the largest symbol this encoder makes. */
export class QrInputTooLongError extends Error {
  constructor(readonly byteLength: number) {
    super(`QR code input is ${byteLength} bytes of UTF-8, more than the ${MAX_QR_BYTES} bytes that fit in version 10 at level M: shorten the text.`);
    this.name = 'QrInputTooLongError';
  }
}

/**
 * Encodes `text` as UTF-8 in byte mode, at error correction level M (about 15 % of the codewords
 * can be restored), in the smallest of versions 1 to 10 with room for it, with the mask of lowest
 * penalty.
 * No ECI header is written, so a reader guesses the bytes' encoding. jsqr 1.4.0, which the tests
 * decode with, reads them as UTF-8.
 * Throws QrInputTooLongError above MAX_QR_BYTES bytes.
 */
export function encodeQr(text: string): QrMatrix {
  const bytes = new TextEncoder().encode(text);
  const layout = VERSION_LAYOUTS.find((candidate) => byteCapacity(candidate) >= bytes.length);
  if (!layout) {
    throw new QrInputTooLongError(bytes.length);
  }

  const grid = drawFunctionPatterns(layout);
  placeCodewords(grid, interleavedCodewords(dataCodewords(bytes, layout), layout));

  let best = grid;
  let bestMask = 0;
  let bestPenalty = Infinity;

  MASK_CONDITIONS.forEach((condition, mask) => {
    const masked = applyMask(grid, condition);
    drawFormatInformation(masked, mask);

    const penalty = maskPenalty(masked);
    if (penalty < bestPenalty) {
      best = masked;
      bestMask = mask;
      bestPenalty = penalty;
    }
  });

  const { size, dark } = best;

  return {
    size,
    version: layout.version,
    mask: bestMask,
    isDark: (row, column) => row >= 0 && column >= 0 && row < size && column < size && dark[row * size + column] === 1,
  };
}
