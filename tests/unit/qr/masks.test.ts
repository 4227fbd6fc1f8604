import { describe, expect, it } from 'vitest';
import { applyMask, MASK_CONDITIONS, maskPenalty } from '../../../src/qr/masks';
import { createModuleGrid, setFunctionModule } from '../../../src/qr/moduleGrid';

describe('masks', () => {
  it('scores a light 5×5 square by all four rules', () => {
    // Runs: 10 lines of 5 light modules, 3 each. Blocks: 16 light 2×2 blocks, 3 each.
    // No finder-like pattern fits in 5 modules. Dark share 0 %, 10 steps of 5 % from half.
    expect(maskPenalty(createModuleGrid(5))).toBe(30 + 48 + 0 + 100);
  });

  it('counts a finder-like pattern in a row', () => {
    const grid = createModuleGrid(11);
    '10111010000'.split('').forEach((bit, column) => setFunctionModule(grid, 0, column, bit === '1'));

    // Runs: rows 1 to 10 score 9 each (90). Columns score 8 under a dark module and 9 under a light one (94).
    // Blocks: 90 light ones below row 1, and 3 along row 0 where it is light (93 × 3).
    // Finder-like: the one in row 0. Dark share: 5 of 121 modules, 9 steps of 5 % from half.
    expect(maskPenalty(grid)).toBe(90 + 94 + 279 + 40 + 90);
  });

  it('leaves function patterns unmasked', () => {
    const grid = createModuleGrid(21);
    setFunctionModule(grid, 0, 0, false);

    MASK_CONDITIONS.forEach((condition, mask) => {
      const masked = applyMask(grid, condition);

      expect(masked.dark[0], `mask ${mask}`).toBe(0);
    });
  });

  it('flips data modules where the condition is true', () => {
    const grid = createModuleGrid(21);

    MASK_CONDITIONS.forEach((condition, mask) => {
      const masked = applyMask(grid, condition);

      for (let row = 0; row < 21; row++) {
        for (let column = 0; column < 21; column++) {
          expect(masked.dark[row * 21 + column], `mask ${mask} at (${row}, ${column})`).toBe(condition(row, column) ? 1 : 0);
        }
      }
    });
  });
});
