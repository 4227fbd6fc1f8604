import type { QrMatrix } from './encodeQr';

/**
 * Returns SVG path data that draws every dark module of `matrix` as one rectangle per horizontal
 * run, in units of one module, shifted by `quietZone` modules on both axes.
 */
export function modulePath(matrix: QrMatrix, quietZone: number): string {
  const parts: string[] = [];

  for (let row = 0; row < matrix.size; row++) {
    let column = 0;

    while (column < matrix.size) {
      if (!matrix.isDark(row, column)) {
        column++;
        continue;
      }

      const start = column;
      while (matrix.isDark(row, column)) {
        column++;
      }

      const length = column - start;
      parts.push(`M${start + quietZone} ${row + quietZone}h${length}v1h-${length}z`);
    }
  }

  return parts.join('');
}
