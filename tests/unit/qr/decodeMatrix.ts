import jsQR, { type QRCode } from 'jsqr';
import type { QrMatrix } from '../../../src/qr/encodeQr';

/** Pixels per module in the test image, and light modules around the symbol. */
const SCALE = 4;
const QUIET_ZONE = 4;

/** Draws `matrix` black on white into RGBA pixels, 4 px per module, with a quiet zone of 4 modules. */
export function rasterize(matrix: QrMatrix): { pixels: Uint8ClampedArray; width: number } {
  const width = (matrix.size + 2 * QUIET_ZONE) * SCALE;
  const pixels = new Uint8ClampedArray(width * width * 4).fill(255);

  for (let y = 0; y < width; y++) {
    for (let x = 0; x < width; x++) {
      const row = Math.floor(y / SCALE) - QUIET_ZONE;
      const column = Math.floor(x / SCALE) - QUIET_ZONE;

      if (matrix.isDark(row, column)) {
        const offset = (y * width + x) * 4;
        pixels[offset] = 0;
        pixels[offset + 1] = 0;
        pixels[offset + 2] = 0;
      }
    }
  }

  return { pixels, width };
}

/** Reads `matrix` with jsqr 1.4.0 as a camera image would be read. Returns null when jsqr finds no code. */
export function decodeMatrix(matrix: QrMatrix): QRCode | null {
  const { pixels, width } = rasterize(matrix);

  return jsQR(pixels, width, width, { inversionAttempts: 'dontInvert' });
}
