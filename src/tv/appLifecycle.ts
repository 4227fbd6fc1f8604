/**
 * Reports when the TV brings the app back: `visibilitychange` to visible (every engine, after the
 * TV hid the app or slept), and `webOSRelaunch` (LG, when the member opens the app again from the
 * launcher while it runs in the background). Both can fire for one return, so calls within
 * `DEDUPE_MS` of each other count once: a resume costs one refresh, never a burst.
 */

export interface ResumeInfo {
  /** How long the app was hidden, in ms; 0 when the platform relaunched it without hiding it. */
  hiddenForMs: number;
  cause: 'visibility' | 'webosRelaunch';
}

/** Long enough to merge the two events of one return, far shorter than any real pause. */
const DEDUPE_MS = 1000;

export function onAppResume(listener: (info: ResumeInfo) => void, now: () => number = Date.now): () => void {
  let hiddenAt: number | null = document.visibilityState === 'hidden' ? now() : null;
  let lastResumeAt = -Infinity;

  const resume = (cause: ResumeInfo['cause']) => {
    const time = now();
    const hiddenForMs = hiddenAt === null ? 0 : time - hiddenAt;
    hiddenAt = null;

    if (time - lastResumeAt < DEDUPE_MS) {
      return;
    }

    lastResumeAt = time;
    listener({ hiddenForMs, cause });
  };

  const onVisibilityChange = () => {
    if (document.visibilityState === 'hidden') {
      hiddenAt = now();
      return;
    }

    resume('visibility');
  };

  const onRelaunch = () => resume('webosRelaunch');

  document.addEventListener('visibilitychange', onVisibilityChange);
  document.addEventListener('webOSRelaunch', onRelaunch);

  return () => {
    document.removeEventListener('visibilitychange', onVisibilityChange);
    document.removeEventListener('webOSRelaunch', onRelaunch);
  };
}
