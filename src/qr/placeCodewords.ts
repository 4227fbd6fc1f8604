import type { ModuleGrid } from './moduleGrid';

/**
 * Writes the bits of `codewords`, most significant first, into the modules outside the function
 * patterns: in two-module-wide columns from the right edge, up then down in turn, skipping the
 * vertical timing pattern (ISO/IEC 18004). Modules left over (the remainder bits)
 * stay light.
 */
export function placeCodewords(grid: ModuleGrid, codewords: readonly number[]): void {
  const { size } = grid;
  const bitCount = codewords.length * 8;
  let bitIndex = 0;
  let upward = true;

  for (let right = size - 1; right > 0; right -= 2) {
    if (right === 6) {
      right = 5;
    }

    for (let step = 0; step < size; step++) {
      const row = upward ? size - 1 - step : step;

      for (const column of [right, right - 1]) {
        const index = row * size + column;
        if (grid.reserved[index]) {
          continue;
        }

        if (bitIndex < bitCount) {
          grid.dark[index] = ((codewords[bitIndex >>> 3] ?? 0) >>> (7 - (bitIndex & 7))) & 1;
        }

        bitIndex++;
      }
    }

    upward = !upward;
  }
}
