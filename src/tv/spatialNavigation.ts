import { destroy, init, type SpatialNavigationServiceOptions } from '@noriginmedia/norigin-spatial-navigation';
import { WindowedLayoutAdapter } from './windowedLayoutAdapter';

/**
 * Minimum time between two focus moves while an arrow key is held. Auto-repeat is faster than
 * the eye can follow a moving focus; 120 ms sits inside the 100-150 ms range used on TVs.
 */
export const HELD_KEY_THROTTLE_MS = 120;

/**
 * Starts norigin spatial navigation (v3) for the whole app. `throttleKeypresses: false` limits
 * only a held key: each key-up cancels the throttle, so separate presses are never dropped.
 * DOM focus follows the spatial focus, so screen readers and `:focus` styles get it too.
 * `preventScroll` stops the browser from scrolling rows that position their cards themselves.
 * The layout adapter skips measuring the cards of windowed containers. Tests pass a partial
 * `layoutAdapter` with fake boxes instead, because jsdom has no layout.
 */
export function initSpatialNavigation(overrides: Partial<SpatialNavigationServiceOptions> = {}): void {
  init({
    throttle: HELD_KEY_THROTTLE_MS,
    throttleKeypresses: false,
    shouldFocusDOMNode: true,
    domNodeFocusOptions: { preventScroll: true },
    layoutAdapter: WindowedLayoutAdapter,
    ...overrides,
  });
}

/** Stops spatial navigation and unregisters every focusable (used between tests and on app teardown). */
export function destroySpatialNavigation(): void {
  destroy();
}
