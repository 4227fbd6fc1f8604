/**
 * Runs in the measured page before its own scripts (Playwright `addInitScript`) and stores what
 * the benchmark reads in `window.__bench`:
 *
 * - `codePaintedAt`: when the first non-empty `[data-testid="user-code"]` was painted, in ms
 *   since navigation start.
 * - `keyEvents`: how many keydown events the page received.
 * - `keySamples`: for each key press, the time from the `keydown` event to the paint of the frame
 *   where another element got `data-focused="true"`.
 *
 * "Painted" is the end of the frame's rendering: a `requestAnimationFrame` callback runs just
 * before the frame's style, layout and paint, and a `MessageChannel` message posted from it is
 * delivered right after them, unless the page queued a message of its own first (see
 * `firstPaintWhen`). The Event Timing API would need no probe, but Chromium rounds its
 * durations to 8 ms and reports no event under 16 ms, which hides the range the one-frame target
 * is about.
 */
(() => {
  const bench = {
    codePaintedAt: null,
    keySamples: [],
    /** Every keydown the page received, measured or not. */
    keyEvents: 0,
    /** The key being measured: its event time and the element focused before it. */
    pendingKey: null,
  };
  window.__bench = bench;

  /**
   * Tells the benchmark a figure is ready through the binding it exposes (`__benchReport`), so it
   * need not poll, which would add work to the measured page's main thread.
   */
  function report(kind) {
    if (typeof window.__benchReport === 'function') {
      window.__benchReport(kind);
    }
  }

  function afterNextPaint(callback) {
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => callback(performance.now());
      channel.port2.postMessage(null);
    });
  }

  function watchUserCode() {
    let seen = false;

    const observer = new MutationObserver(() => {
      if (seen) {
        return;
      }

      const code = document.querySelector('[data-testid="user-code"]');
      if (!code || (code.textContent || '').trim() === '') {
        return;
      }

      seen = true;
      observer.disconnect();
      afterNextPaint((time) => {
        bench.codePaintedAt = time;
        report('code');
      });
    });

    observer.observe(document, { subtree: true, childList: true, characterData: true });
  }

  /**
   * Calls `callback` with the time the first frame painted once `isReady()` holds. The keydown
   * listener requests the frame callback before the page's own handlers run, so its message is
   * the first task after that frame. Work the page defers to after the paint runs later and does
   * not count.
   */
  function firstPaintWhen(isReady, isCancelled, callback) {
    const onFrame = () => {
      if (isCancelled()) {
        return;
      }

      if (!isReady()) {
        requestAnimationFrame(onFrame);
        return;
      }

      const channel = new MessageChannel();
      channel.port1.onmessage = () => callback(performance.now());
      channel.port2.postMessage(null);
    };

    requestAnimationFrame(onFrame);
  }

  function watchKeys() {
    // Capture on window runs before the spatial navigation library's own keydown listener.
    window.addEventListener(
      'keydown',
      (event) => {
        bench.keyEvents += 1;
        if (bench.pendingKey) {
          bench.pendingKey.done = true;
        }

        const pending = {
          keyCode: event.keyCode,
          time: event.timeStamp,
          before: document.querySelector('[data-focused="true"]'),
          moved: false,
          done: false,
        };
        bench.pendingKey = pending;

        firstPaintWhen(
          () => pending.moved,
          () => pending.done,
          (time) => {
            pending.done = true;
            bench.keySamples.push({ keyCode: pending.keyCode, ms: time - pending.time });
            report('key');
          },
        );
      },
      true,
    );

    const observer = new MutationObserver((records) => {
      const pending = bench.pendingKey;
      if (!pending || pending.done || pending.moved) {
        return;
      }

      pending.moved = records.some(
        (record) => record.target !== pending.before && record.target.getAttribute('data-focused') === 'true',
      );
    });

    observer.observe(document, { subtree: true, attributes: true, attributeFilter: ['data-focused'] });
  }

  watchUserCode();
  watchKeys();
})();
