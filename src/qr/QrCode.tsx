import type { QrMatrix } from './encodeQr';
import { modulePath } from './modulePath';

/** Light modules around the symbol: the four that ISO/IEC 18004 requires, so a reader finds its edge. */
export const QUIET_ZONE_MODULES = 4;

export interface QrCodeProps {
  matrix: QrMatrix;
  /** Width and height in CSS px. */
  size: number;
  /** Accessible name of the image. */
  title: string;
  'data-testid'?: string;
}

/**
 * Draws `matrix` black on white in an SVG of `size` px, with the quiet zone inside that size: one
 * path for the background and one for every dark module. `crispEdges` keeps the module edges
 * sharp when a module spans a fraction of a pixel.
 */
export function QrCode({ matrix, size, title, 'data-testid': testId }: QrCodeProps) {
  const side = matrix.size + 2 * QUIET_ZONE_MODULES;

  return (
    <svg width={size} height={size} viewBox={`0 0 ${side} ${side}`} shapeRendering="crispEdges" role="img" data-testid={testId}>
      <title>{title}</title>
      <path fill="#ffffff" d={`M0 0h${side}v${side}H0z`} />
      <path fill="#000000" d={modulePath(matrix, QUIET_ZONE_MODULES)} />
    </svg>
  );
}
