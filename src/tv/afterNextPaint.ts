/**
 * Maximum wait for the frame before the queued work runs anyway. `requestAnimationFrame` does
 * not fire while the page is hidden, and the React state behind a focus move must still follow.
 */
const FALLBACK_DELAY_MS = 100;

let queue: Array<() => void> = [];
let fallbackTimer: ReturnType<typeof setTimeout> | null = null;

/** Tells a frame's message whether the queue it was requested for was already run. */
let batch = 0;

/**
 * Runs `callback` in a task after the next frame is painted, with every other callback queued
 * before that frame, in the order they were queued. A focus move uses it to paint the new focus
 * first and to render what follows from it (React state, page loads) after that frame.
 *
 * A `requestAnimationFrame` callback runs just before the frame's style, layout and paint, and a
 * `MessageChannel` message posted from it arrives in the first task after them.
 */
export function runAfterNextPaint(callback: () => void): void {
  queue.push(callback);
  if (queue.length > 1) {
    return;
  }

  fallbackTimer = setTimeout(flushAfterPaintQueue, FALLBACK_DELAY_MS);

  if (typeof requestAnimationFrame !== 'function' || typeof MessageChannel !== 'function') {
    return;
  }

  const queuedBatch = batch;
  requestAnimationFrame(() => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();

      // A flush from the fallback or a test may have run this batch already, and work queued
      // since then waits for a frame of its own.
      if (queuedBatch === batch) {
        flushAfterPaintQueue();
      }
    };
    channel.port2.postMessage(null);
  });
}

/**
 * Runs the queued callbacks now. Called after the frame, and by component tests, whose jsdom
 * paints nothing, to settle a key press in one step.
 */
export function flushAfterPaintQueue(): void {
  if (fallbackTimer !== null) {
    clearTimeout(fallbackTimer);
    fallbackTimer = null;
  }

  const callbacks = queue;
  queue = [];
  batch += 1;

  for (const callback of callbacks) {
    callback();
  }
}
