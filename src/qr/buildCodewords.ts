import { errorCorrectionCodewords } from './reedSolomon';
import { characterCountBits, dataCodewordCount, type VersionLayout } from './versionTable';

/** Mode indicator of byte mode (ISO/IEC 18004). */
const BYTE_MODE = 0b0100;

/** Pad codewords that fill the data capacity after the message, alternately. */
const PAD_CODEWORDS = [0xec, 0x11] as const;

/** Returns the data codewords of `bytes` in byte mode: mode, count, bytes, terminator and padding. */
export function dataCodewords(bytes: Uint8Array, layout: VersionLayout): number[] {
  const capacityBits = dataCodewordCount(layout) * 8;
  const bits: number[] = [];

  const append = (value: number, length: number): void => {
    for (let bit = length - 1; bit >= 0; bit--) {
      bits.push((value >>> bit) & 1);
    }
  };

  append(BYTE_MODE, 4);
  append(bytes.length, characterCountBits(layout.version));
  bytes.forEach((byte) => append(byte, 8));

  // A terminator of up to four zero bits, then zeros to the next codeword boundary.
  append(0, Math.min(4, capacityBits - bits.length));
  append(0, (8 - (bits.length % 8)) % 8);

  const codewords: number[] = [];
  for (let i = 0; i < bits.length; i += 8) {
    codewords.push(bits.slice(i, i + 8).reduce((value, bit) => (value << 1) | bit, 0));
  }

  for (let i = 0; codewords.length < capacityBits / 8; i++) {
    codewords.push(PAD_CODEWORDS[i % 2] ?? 0);
  }

  return codewords;
}

/**
 * Returns the codewords in the order they are placed in the symbol: the data split into blocks
 * (the shorter blocks first), each block's error correction added, then both interleaved
 * codeword by codeword (ISO/IEC 18004).
 */
export function interleavedCodewords(data: readonly number[], layout: VersionLayout): number[] {
  const shortLength = Math.floor(data.length / layout.blocks);
  const longBlocks = data.length % layout.blocks;
  const dataBlocks: number[][] = [];
  let start = 0;

  for (let block = 0; block < layout.blocks; block++) {
    const length = shortLength + (block >= layout.blocks - longBlocks ? 1 : 0);
    dataBlocks.push(data.slice(start, start + length));
    start += length;
  }

  const correctionBlocks = dataBlocks.map((block) => errorCorrectionCodewords(block, layout.errorCorrectionPerBlock));
  const result: number[] = [];

  for (const blocks of [dataBlocks, correctionBlocks]) {
    const longest = Math.max(...blocks.map((block) => block.length));

    for (let i = 0; i < longest; i++) {
      for (const block of blocks) {
        const codeword = block[i];
        if (codeword !== undefined) {
          result.push(codeword);
        }
      }
    }
  }

  return result;
}
