import { createLogger } from '../logger';

const log = createLogger('app');

type SignedInAppModule = typeof import('./SignedInApp');

let loading: Promise<SignedInAppModule> | null = null;
let idlePrefetchScheduled = false;

/**
 * Downloads the signed-in part of the app (TanStack Query, the action queue, the screen map) and
 * Home's screen with it, once: every later call returns the same promise, so the app finds the
 * code that a prefetch already loaded. A failed download is forgotten, so the next call tries again.
 */
export function loadSignedInApp(): Promise<SignedInAppModule> {
  if (loading) {
    return loading;
  }

  const home = import('../screens/Home/HomeScreen');
  loading = import('./SignedInApp').then(async (module) => {
    await home;
    return module;
  });

  loading.catch((error: unknown) => {
    log.warn('loading the member screens failed', { error: String(error) });
    loading = null;
  });

  return loading;
}

/**
 * Starts `loadSignedInApp` once the page is idle (`requestIdleCallback`, or a timeout where it is
 * missing), so the download does not compete with the first screen's own rendering. Calls after
 * the first do nothing.
 */
export function prefetchSignedInAppWhenIdle(): void {
  if (idlePrefetchScheduled || loading) {
    return;
  }

  idlePrefetchScheduled = true;
  const start = () => {
    void loadSignedInApp().catch(() => undefined);
  };

  if (typeof window.requestIdleCallback === 'function') {
    // At most two seconds, so a TV that is never idle still starts the download while the member
    // types the code on their phone.
    window.requestIdleCallback(start, { timeout: 2_000 });
    return;
  }

  window.setTimeout(start, 200);
}
