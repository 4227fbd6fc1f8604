import { deflateSync } from 'node:zlib';

/**
 * Draws the app icon (a screen with a check mark on BetaSeries blue) as a PNG of any size, so
 * the TV packages need no image files in the repository and every size is sharp.
 */

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) {
      c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    }
    table[n] = c >>> 0;
  }
  return table;
})();

function crc32(bytes: Buffer): number {
  let crc = 0xffffffff;
  for (const byte of bytes) {
    crc = (CRC_TABLE[(crc ^ byte) & 0xff] as number) ^ (crc >>> 8);
  }
  return (crc ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);

  const typed = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(typed));

  return Buffer.concat([length, typed, crc]);
}

/** Distance from point p to the segment a–b, in pixels. */
function distanceToSegment(px: number, py: number, ax: number, ay: number, bx: number, by: number): number {
  const dx = bx - ax;
  const dy = by - ay;
  const t = Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
}

type Rgba = [number, number, number, number];

function iconPixel(x: number, y: number, size: number): Rgba {
  const u = x / size;
  const v = y / size;

  // The screen: a white rounded frame on the blue background.
  const inScreen = u > 0.14 && u < 0.86 && v > 0.2 && v < 0.7;
  const inInner = u > 0.2 && u < 0.8 && v > 0.26 && v < 0.64;
  const inStand = u > 0.4 && u < 0.6 && v > 0.7 && v < 0.8;

  // The check mark inside the screen.
  const stroke = 0.05;
  const onCheck =
    distanceToSegment(u, v, 0.36, 0.45, 0.46, 0.55) < stroke || distanceToSegment(u, v, 0.46, 0.55, 0.66, 0.34) < stroke;

  if (onCheck && inInner) {
    return [255, 196, 0, 255];
  }
  if ((inScreen && !inInner) || inStand) {
    return [255, 255, 255, 255];
  }
  if (inInner) {
    return [16, 28, 52, 255];
  }

  return [21, 101, 192, 255];
}

/** Encodes a `size`×`size` RGBA PNG of the icon. */
export function drawIconPng(size: number): Buffer {
  const rowLength = size * 4 + 1;
  const raw = Buffer.alloc(rowLength * size);

  for (let y = 0; y < size; y++) {
    raw[y * rowLength] = 0; // filter type: none
    for (let x = 0; x < size; x++) {
      const [r, g, b, a] = iconPixel(x + 0.5, y + 0.5, size);
      const offset = y * rowLength + 1 + x * 4;
      raw[offset] = r;
      raw[offset + 1] = g;
      raw[offset + 2] = b;
      raw[offset + 3] = a;
    }
  }

  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // colour type: RGBA
  header[10] = 0;
  header[11] = 0;
  header[12] = 0;

  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return Buffer.concat([signature, chunk('IHDR', header), chunk('IDAT', deflateSync(raw)), chunk('IEND', Buffer.alloc(0))]);
}
