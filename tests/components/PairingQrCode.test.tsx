import { render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { clearLog, getLogEntries } from '../../src/logger';
import type { QrMatrix } from '../../src/qr/encodeQr';
import { PairingScreen } from '../../src/screens/Pairing/PairingScreen';
import { destroySpatialNavigation, initSpatialNavigation } from '../../src/tv/spatialNavigation';
import { decodeMatrix } from '../unit/qr/decodeMatrix';
import { createFakeLayoutAdapter } from './support/fakeLayout';
import { settle } from './support/keys';
import { createScriptedProvider, makeDeviceCode } from './support/scriptedDeviceFlowProvider';
import { TestScreen } from './support/TestProviders';

/** Quiet zone of the drawn code, in modules. */
const QUIET_ZONE = 4;

/**
 * Rebuilds the module matrix from the drawn SVG: the view box gives the side with the quiet
 * zone, and the dark path is a list of `M x y h n v1 h-n z` runs.
 */
function readDrawnMatrix(svg: Element): QrMatrix {
  const side = Number(svg.getAttribute('viewBox')?.split(' ')[2]);
  const size = side - 2 * QUIET_ZONE;
  const dark = new Set<number>();
  const path = svg.querySelector('path[fill="#000000"]')?.getAttribute('d') ?? '';

  for (const [, x, y, length] of path.matchAll(/M(\d+) (\d+)h(\d+)v1h-\d+z/g)) {
    for (let column = Number(x); column < Number(x) + Number(length); column++) {
      dark.add((Number(y) - QUIET_ZONE) * size + column - QUIET_ZONE);
    }
  }

  return {
    size,
    version: (size - 17) / 4,
    mask: -1,
    isDark: (row, column) => row >= 0 && column >= 0 && row < size && column < size && dark.has(row * size + column),
  };
}

function renderPairing(verificationUrlComplete: string | null) {
  const provider = createScriptedProvider([makeDeviceCode({ verificationUrlComplete })]);

  return render(
    <TestScreen>
      <PairingScreen provider={provider} notice={null} onAuthorized={() => undefined} />
    </TestScreen>,
  );
}

beforeEach(() => {
  vi.useFakeTimers();
  clearLog();
  initSpatialNavigation({ layoutAdapter: createFakeLayoutAdapter(() => ({ left: 0, top: 0, width: 100, height: 50 })) });
});

afterEach(() => {
  destroySpatialNavigation();
  vi.useRealTimers();
});

describe('pairing QR code', () => {
  it('decodes to the complete verification address', async () => {
    const address = 'http://127.0.0.1:41234/device?user_code=ABCD-EFGH';
    renderPairing(address);
    await settle();

    const svg = screen.getByTestId('qr-code');
    const decoded = decodeMatrix(readDrawnMatrix(svg));

    expect(decoded?.data).toBe(address);
  });

  it('decodes to the plain address without a complete one', async () => {
    renderPairing(null);
    await settle();

    const decoded = decodeMatrix(readDrawnMatrix(screen.getByTestId('qr-code')));

    expect(decoded?.data).toBe('http://127.0.0.1:8080/device');
  });

  it('draws a square with sharp edges', async () => {
    renderPairing(null);
    await settle();

    const svg = screen.getByTestId('qr-code');

    expect(svg.getAttribute('width')).toBe('440');
    expect(svg.getAttribute('height')).toBe('440');
    expect(svg.getAttribute('shape-rendering')).toBe('crispEdges');
    // 28 bytes need version 3: 29 modules, and 4 of quiet zone on each side.
    expect(svg.getAttribute('viewBox')).toBe('0 0 37 37');
  });

  it('leaves the box empty for an address too long', async () => {
    const address = `http://127.0.0.1:8080/device?user_code=ABCD-EFGH&padding=${'x'.repeat(200)}`;
    renderPairing(address);
    await settle();

    expect(screen.queryByTestId('qr-code')).toBeNull();
    expect(screen.getByTestId('user-code').textContent).toBe('975-820');
    expect(screen.getByTestId('verification-url').textContent).toBe('http://127.0.0.1:8080/device');

    const warnings = getLogEntries().filter((entry) => entry.message === 'verification address too long for a QR code');
    expect(warnings.map((entry) => entry.data)).toEqual([{ byteLength: address.length }]);
  });
});
