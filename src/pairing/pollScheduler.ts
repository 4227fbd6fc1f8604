/**
 * The single timer and the single request in flight of one device flow. A reply that arrives
 * after its request was aborted is dropped, so the engine never acts on a stale reply.
 */
export interface PollScheduler {
  /** Whether a request is in flight. */
  isBusy(): boolean;
  /** Arms the timer, clearing the one already armed. */
  setTimer(callback: () => void, delayMs: number): void;
  clearTimer(): void;
  /**
   * Sends `request` with a fresh signal and passes its result to `onValue` or `onError`, unless
   * it is aborted first. Throws when a request is already in flight.
   */
  send<T>(request: (signal: AbortSignal) => Promise<T>, onValue: (value: T) => void, onError: (error: unknown) => void): void;
  /** Aborts the request in flight, if any, and drops its reply. */
  abortRequest(): void;
}

export function createPollScheduler(): PollScheduler {
  let timer: ReturnType<typeof setTimeout> | null = null;
  let inFlight: AbortController | null = null;

  function clearTimer(): void {
    if (timer !== null) {
      clearTimeout(timer);
      timer = null;
    }
  }

  return {
    isBusy: () => inFlight !== null,

    setTimer(callback, delayMs) {
      clearTimer();
      timer = setTimeout(() => {
        timer = null;
        callback();
      }, delayMs);
    },

    clearTimer,

    send(request, onValue, onError) {
      if (inFlight !== null) {
        throw new Error('A device-flow request is already in flight: abort it before sending another.');
      }

      const controller = new AbortController();
      inFlight = controller;

      request(controller.signal).then(
        (value) => {
          if (inFlight !== controller) {
            return;
          }

          inFlight = null;
          onValue(value);
        },
        (error: unknown) => {
          if (inFlight !== controller) {
            return;
          }

          inFlight = null;
          onError(error);
        },
      );
    },

    abortRequest() {
      const controller = inFlight;
      inFlight = null;
      controller?.abort();
    },
  };
}
