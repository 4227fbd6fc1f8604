/** Block structure of one QR code version at error correction level M. */
export interface VersionLayout {
  version: number;
  /** Data and error correction codewords together. */
  totalCodewords: number;
  errorCorrectionPerBlock: number;
  blocks: number;
  /** Row and column coordinates of the alignment pattern centres. */
  alignmentCenters: readonly number[];
}

/**
 * Versions 1 to 10 at level M from ISO/IEC 18004, as [all codewords, error
 * correction codewords per block, blocks].
 */
const LEVEL_M_BLOCKS = [
  [26, 10, 1],
  [44, 16, 1],
  [70, 26, 1],
  [100, 18, 2],
  [134, 24, 2],
  [172, 16, 4],
  [196, 18, 4],
  [242, 22, 4],
  [292, 22, 5],
  [346, 26, 5],
] as const;

/**
 * Returns the alignment pattern centres of `version` (1 to 13). The first is 6 and the last 7
 * modules from the far edge. Version 7 and up adds one halfway, which matches the standard's
 * table of centres up to version 13 only.
 */
function alignmentCentersOf(version: number): number[] {
  if (version === 1) {
    return [];
  }

  const last = 4 * version + 10;
  return version < 7 ? [6, last] : [6, (6 + last) / 2, last];
}

export const VERSION_LAYOUTS: readonly VersionLayout[] = LEVEL_M_BLOCKS.map(([totalCodewords, errorCorrectionPerBlock, blocks], index) => ({
  version: index + 1,
  totalCodewords,
  errorCorrectionPerBlock,
  blocks,
  alignmentCenters: alignmentCentersOf(index + 1),
}));

/** Returns the number of data codewords of `layout`: all codewords minus error correction. */
export function dataCodewordCount(layout: VersionLayout): number {
  return layout.totalCodewords - layout.errorCorrectionPerBlock * layout.blocks;
}

/** Returns the width of the character count field in byte mode: 8 bits up to version 9, 16 from 10. */
export function characterCountBits(version: number): number {
  return version < 10 ? 8 : 16;
}

/** Returns the byte-mode capacity of `layout` in bytes, after the 4-bit mode indicator and the count. */
export function byteCapacity(layout: VersionLayout): number {
  return Math.floor((dataCodewordCount(layout) * 8 - 4 - characterCountBits(layout.version)) / 8);
}
