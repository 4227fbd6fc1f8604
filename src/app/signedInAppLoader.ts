import { loadMemberScreenTexts, loadWhoIsWatchingTexts } from '../i18n/loadTexts';
import { createLogger } from '../logger';

const log = createLogger('app');

type SignedInAppModule = typeof import('./SignedInApp');

let loading: Promise<SignedInAppModule> | null = null;
let idlePrefetchScheduled = false;

/**
 * Downloads the signed-in part of the app (TanStack Query, the action queue, the screen map) with
 * Home's screen and the member screens' texts, once. Every later call returns the same promise,
 * so the app finds the code that a prefetch already loaded. A failed download is forgotten, so the
 * next call tries again. The texts of "Who's watching?" come too, because Profile opens it and
 * they sit in the sign-in file, which the member screens load anyway for the on-screen keyboard.
 */
export function loadSignedInApp(): Promise<SignedInAppModule> {
  if (loading) {
    return loading;
  }

  const home = import('../screens/Home/HomeScreen');
  const texts = Promise.all([loadMemberScreenTexts(), loadWhoIsWatchingTexts()]);
  loading = import('./SignedInApp').then(async (module) => {
    await Promise.all([home, texts]);
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
