import type { ModuleGrid } from './moduleGrid';

/** A data mask condition: the module at (row, column) is flipped where it returns true. */
export type MaskCondition = (row: number, column: number) => boolean;

/** The eight data mask conditions of ISO/IEC 18004, by mask number. */
export const MASK_CONDITIONS: readonly MaskCondition[] = [
  (row, column) => (row + column) % 2 === 0,
  (row) => row % 2 === 0,
  (_row, column) => column % 3 === 0,
  (row, column) => (row + column) % 3 === 0,
  (row, column) => (Math.floor(row / 2) + Math.floor(column / 3)) % 2 === 0,
  (row, column) => ((row * column) % 2) + ((row * column) % 3) === 0,
  (row, column) => (((row * column) % 2) + ((row * column) % 3)) % 2 === 0,
  (row, column) => (((row + column) % 2) + ((row * column) % 3)) % 2 === 0,
];

/** Returns a copy of `grid` with `condition` applied to every module outside the function patterns. */
export function applyMask(grid: ModuleGrid, condition: MaskCondition): ModuleGrid {
  const dark = grid.dark.slice();

  for (let row = 0; row < grid.size; row++) {
    for (let column = 0; column < grid.size; column++) {
      const index = row * grid.size + column;
      if (!grid.reserved[index] && condition(row, column)) {
        dark[index] = (dark[index] ?? 0) ^ 1;
      }
    }
  }

  return { size: grid.size, dark, reserved: grid.reserved };
}

/** 1:1:3:1:1 finder-like runs with four light modules on one side (the third penalty rule of ISO/IEC 18004). */
const FINDER_LIKE_PATTERNS = ['10111010000', '00001011101'];

/**
 * Returns the penalty of a masked symbol by the four rules of ISO/IEC 18004: runs of
 * five or more modules of one colour, 2×2 blocks of one colour, finder-like patterns, and the
 * dark share's distance from half.
 */
export function maskPenalty(grid: ModuleGrid): number {
  const { size, dark } = grid;
  const lines: string[] = [];

  for (let i = 0; i < size; i++) {
    let row = '';
    let column = '';

    for (let j = 0; j < size; j++) {
      row += String(dark[i * size + j]);
      column += String(dark[j * size + i]);
    }

    lines.push(row, column);
  }

  let penalty = 0;

  for (const line of lines) {
    for (const run of line.match(/0{5,}|1{5,}/g) ?? []) {
      penalty += run.length - 2;
    }

    for (const pattern of FINDER_LIKE_PATTERNS) {
      for (let at = line.indexOf(pattern); at !== -1; at = line.indexOf(pattern, at + 1)) {
        penalty += 40;
      }
    }
  }

  for (let row = 0; row < size - 1; row++) {
    for (let column = 0; column < size - 1; column++) {
      const index = row * size + column;
      const color = dark[index];

      if (color === dark[index + 1] && color === dark[index + size] && color === dark[index + size + 1]) {
        penalty += 3;
      }
    }
  }

  const darkCount = dark.reduce((sum, module) => sum + module, 0);
  const total = size * size;
  penalty += 10 * Math.floor(Math.abs(darkCount * 20 - total * 10) / total);

  return penalty;
}
