import { createModuleGrid, setFunctionModule, type ModuleGrid } from './moduleGrid';
import type { VersionLayout } from './versionTable';

/** Generator of the format information's BCH(15,5) code, and the mask XORed onto it (ISO/IEC 18004). */
const FORMAT_GENERATOR = 0x537;
const FORMAT_MASK = 0x5412;

/** Generator of the version information's BCH(18,6) code (ISO/IEC 18004). */
const VERSION_GENERATOR = 0x1f25;

/** Error correction level M in the format information. */
const LEVEL_M_BITS = 0b00;

/**
 * Returns `data` followed by the remainder of data·x^degree divided by `generator`, a BCH code
 * word. `data` must have at most `degree` bits, as both uses here do.
 */
function withBchCheck(data: number, generator: number): number {
  const degree = Math.floor(Math.log2(generator));
  let remainder = data << degree;

  for (let bit = 2 * degree - 1; bit >= degree; bit--) {
    if ((remainder >>> bit) & 1) {
      remainder ^= generator << (bit - degree);
    }
  }

  return (data << degree) | remainder;
}

/** Returns the 15 format bits of level M with `mask`, bit 14 first. */
export function formatInformationBits(mask: number): number {
  return withBchCheck((LEVEL_M_BITS << 3) | mask, FORMAT_GENERATOR) ^ FORMAT_MASK;
}

/** Returns the 18 version bits of `version` (7 and up), bit 17 first. */
export function versionInformationBits(version: number): number {
  return withBchCheck(version, VERSION_GENERATOR);
}

/**
 * Draws both copies of the format information for `mask`. Bit 0 is the least significant: the
 * first copy runs up column 8 beside the top-left finder (bits 0 to 7, skipping the timing row) and
 * left along row 8 (bits 8 to 14). The second runs left to right under the top-right finder
 * (bits 7 to 0) and down beside the bottom-left one (bits 8 to 14).
 */
export function drawFormatInformation(grid: ModuleGrid, mask: number): void {
  const bits = formatInformationBits(mask);
  const last = grid.size - 1;

  for (let bit = 0; bit < 15; bit++) {
    const dark = ((bits >>> bit) & 1) === 1;

    if (bit < 6) {
      setFunctionModule(grid, bit, 8, dark);
    } else if (bit < 8) {
      setFunctionModule(grid, bit + 1, 8, dark);
    } else if (bit === 8) {
      setFunctionModule(grid, 8, 7, dark);
    } else {
      setFunctionModule(grid, 8, 14 - bit, dark);
    }

    if (bit < 8) {
      setFunctionModule(grid, 8, last - bit, dark);
    } else {
      setFunctionModule(grid, last - 14 + bit, 8, dark);
    }
  }
}

/** Draws a finder pattern with its light separator, its top-left module at (`top`, `left`). */
function drawFinder(grid: ModuleGrid, top: number, left: number): void {
  for (let dy = -1; dy <= 7; dy++) {
    for (let dx = -1; dx <= 7; dx++) {
      const row = top + dy;
      const column = left + dx;

      if (row < 0 || column < 0 || row >= grid.size || column >= grid.size) {
        continue;
      }

      // Rings by distance from the centre: dark 3×3 core, light ring, dark ring, light separator.
      const ring = Math.max(Math.abs(dy - 3), Math.abs(dx - 3));
      setFunctionModule(grid, row, column, ring !== 2 && ring !== 4);
    }
  }
}

/** Draws a 5×5 alignment pattern centred on (`row`, `column`). */
function drawAlignment(grid: ModuleGrid, row: number, column: number): void {
  for (let dy = -2; dy <= 2; dy++) {
    for (let dx = -2; dx <= 2; dx++) {
      setFunctionModule(grid, row + dy, column + dx, Math.max(Math.abs(dy), Math.abs(dx)) !== 1);
    }
  }
}

/**
 * Returns a grid for `layout` with every function pattern drawn: finders, timing, alignment
 * patterns, the dark module, version information (version 7 and up) and format information for
 * mask 0, which reserves its modules until the chosen mask's bits replace it.
 */
export function drawFunctionPatterns(layout: VersionLayout): ModuleGrid {
  const size = 17 + 4 * layout.version;
  const grid = createModuleGrid(size);

  drawFinder(grid, 0, 0);
  drawFinder(grid, 0, size - 7);
  drawFinder(grid, size - 7, 0);

  for (let i = 8; i < size - 8; i++) {
    setFunctionModule(grid, 6, i, i % 2 === 0);
    setFunctionModule(grid, i, 6, i % 2 === 0);
  }

  // Every pair of centres, except the three that would overlap a finder.
  const centers = layout.alignmentCenters;
  const lastCenter = centers.length - 1;
  centers.forEach((row, i) => {
    centers.forEach((column, j) => {
      const onFinder = (i === 0 && j === 0) || (i === 0 && j === lastCenter) || (i === lastCenter && j === 0);
      if (!onFinder) {
        drawAlignment(grid, row, column);
      }
    });
  });

  setFunctionModule(grid, size - 8, 8, true);

  if (layout.version >= 7) {
    const bits = versionInformationBits(layout.version);

    // Bit i sits at row i / 3, column size − 11 + i mod 3 at the top right, and transposed at the bottom left.
    for (let bit = 0; bit < 18; bit++) {
      const dark = ((bits >>> bit) & 1) === 1;
      const across = Math.floor(bit / 3);
      const along = size - 11 + (bit % 3);

      setFunctionModule(grid, across, along, dark);
      setFunctionModule(grid, along, across, dark);
    }
  }

  drawFormatInformation(grid, 0);

  return grid;
}
