import { render } from '@testing-library/react';
import { App } from '../../../src/app/App';
import type { AppServices } from '../../../src/app/appServices';
import { initSpatialNavigation } from '../../../src/tv/spatialNavigation';
import { createFakeLayoutAdapter, type Box } from './fakeLayout';

/** Where the app's focusables sit at 1080p, roughly as the CSS lays them out. */
const APP_BOXES: Record<string, Box> = {
  'pairing-language': { left: 1600, top: 54, width: 220, height: 72 },
  'pairing-new-code': { left: 96, top: 900, width: 300, height: 72 },
  'to-watch-language': { left: 1380, top: 60, width: 200, height: 72 },
  'to-watch-sign-out': { left: 1600, top: 60, width: 224, height: 72 },
  'to-watch-offline-retry': { left: 1600, top: 190, width: 224, height: 72 },
  'to-watch-retry': { left: 96, top: 420, width: 224, height: 72 },
  'to-watch-row': { left: 72, top: 400, width: 1776, height: 588 },
  'crash-retry': { left: 96, top: 500, width: 224, height: 72 },
};

const CARD_STRIDE = 296;

/** Starts norigin with boxes for the app's focus keys; cards are placed by their `data-index`. */
export function initAppNavigation(): void {
  initSpatialNavigation({
    layoutAdapter: createFakeLayoutAdapter((focusKey, node) => {
      const index = node.getAttribute('data-index');
      if (index !== null) {
        return { left: 96 + Number(index) * CARD_STRIDE, top: 424, width: 260, height: 540 };
      }

      return APP_BOXES[focusKey];
    }),
  });
}

export function renderApp(services: AppServices, leaveApp: () => void = () => undefined) {
  return render(<App services={services} leaveApp={leaveApp} />);
}
