import { initSpatialNavigation } from '../../../src/tv/spatialNavigation';
import { createFakeLayoutAdapter, type Box } from './fakeLayout';

/**
 * Boxes of Home's and Episode's focusables at 1080p, roughly as their CSS lays them out, with
 * Home's vertical scrolling ignored. The side menu's rail is on the left. The header, "To watch"
 * and "Airing soon" follow from the top, and the Undo notice sits at the bottom right.
 */
const HOME_BOXES: Record<string, Box> = {
  'side-menu': { left: 96, top: 200, width: 80, height: 580 },
  'home-content': { left: 192, top: 54, width: 1656, height: 900 },
  'home-header': { left: 216, top: 54, width: 1608, height: 130 },
  'to-watch-language': { left: 1380, top: 78, width: 200, height: 72 },
  'to-watch-sign-out': { left: 1600, top: 78, width: 224, height: 72 },
  'to-watch-offline-retry': { left: 1600, top: 200, width: 224, height: 72 },
  'home-to-watch': { left: 216, top: 190, width: 1608, height: 650 },
  'to-watch-row': { left: 192, top: 250, width: 1656, height: 588 },
  'to-watch-retry': { left: 216, top: 320, width: 224, height: 72 },
  'to-watch-search': { left: 216, top: 320, width: 400, height: 72 },
  'home-airing': { left: 216, top: 860, width: 1608, height: 520 },
  'airing-row': { left: 192, top: 920, width: 1656, height: 458 },
  'airing-retry': { left: 216, top: 980, width: 224, height: 72 },
  'home-undo': { left: 1600, top: 1400, width: 200, height: 72 },
  'crash-retry': { left: 96, top: 500, width: 224, height: 72 },
};

const MENU_ENTRIES = ['home', 'shows', 'search', 'movies', 'notifications', 'profile'];

const TO_WATCH_STRIDE = 296;
const AIRING_STRIDE = 232;

/** Box of an Episode screen's button (`episode-<id>-toggle`, `-season`, `-show`, `-undo`, `-error-retry`). */
function episodeBox(focusKey: string): Box | undefined {
  const match = /^episode-\d+-(toggle|season|show|undo|error-retry|error-back)$/.exec(focusKey);
  if (!match) {
    return undefined;
  }

  const order = ['toggle', 'season', 'show'];
  const index = order.indexOf(match[1] as string);
  if (index >= 0) {
    return { left: 480 + index * 440, top: 820, width: 400, height: 72 };
  }

  if (match[1] === 'undo') {
    return { left: 1600, top: 950, width: 200, height: 72 };
  }

  return { left: 96 + (match[1] === 'error-back' ? 260 : 0), top: 300, width: 224, height: 72 };
}

/** Starts norigin with Home's boxes; cards are placed by their row (test id) and `data-index`. */
export function initHomeNavigation(): void {
  initSpatialNavigation({
    layoutAdapter: createFakeLayoutAdapter((focusKey, node) => {
      const index = node.getAttribute('data-index');
      const testId = node.getAttribute('data-testid');

      if (index !== null && testId === 'to-watch-card') {
        return { left: 216 + Number(index) * TO_WATCH_STRIDE, top: 274, width: 260, height: 540 };
      }

      if (index !== null && testId === 'airing-card') {
        return { left: 216 + Number(index) * AIRING_STRIDE, top: 944, width: 200, height: 410 };
      }

      const menuIndex = MENU_ENTRIES.indexOf(focusKey.replace(/^side-menu-/, ''));
      if (focusKey.startsWith('side-menu-') && menuIndex >= 0) {
        return { left: 96, top: 200 + menuIndex * 100, width: 80, height: 80 };
      }

      return HOME_BOXES[focusKey] ?? episodeBox(focusKey);
    }),
  });
}
