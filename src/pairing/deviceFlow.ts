import type { DeviceCode } from '../api/types';
import { AbortedError, isTransient } from '../api/errors';
import { readRetryAfterSeconds } from './httpStatusError';
import { describeError, logPollOutcome, pairingLog as log, toLogSeconds } from './pairingLog';
import { createPollScheduler } from './pollScheduler';
import { retryCauseOf, type RetryNotice } from './retryCause';
import { computeRetryDelayMs } from './retryDelay';
import type { DeviceFlowProvider, PairingState, PollOutcome, ReadyCode } from './types';

/** RFC 8628 section 3.2: a client MUST use 5 s when the server sends no `interval`. */
const DEFAULT_INTERVAL_SECONDS = 5;

/** RFC 8628 section 3.5: each `slow_down` adds 5 s to the interval for the rest of the code's life. */
const SLOW_DOWN_STEP_SECONDS = 5;

const DEFAULT_MAX_BACKOFF_MS = 60_000;

export interface DeviceFlowOptions {
  provider: DeviceFlowProvider;
  /** Wall clock in ms since the epoch, default `Date.now`. Expiry is judged by it. */
  now?: () => number;
  /** Maximum wait after repeated network failures, default 60 000 ms. */
  maxBackoffMs?: number;
}

export interface DeviceFlow {
  getState(): PairingState;
  /** Registers a listener called after every state change and returns a function that removes it. */
  subscribe(listener: (state: PairingState) => void): () => void;
  /** Requests a code and polls. Does nothing while running or once authorized. */
  start(): void;
  /** Drops the current code and requests a new one (the screen's "New code" button). */
  renew(): void;
  /** Records a remote key press, which allows the next expiry to renew the code by itself. */
  noteActivity(): void;
  /** Judges expiry now, for when the TV wakes up or the page becomes visible again. */
  checkDeadline(): void;
  /** Aborts the request in flight and clears the timer, so nothing is sent after it. */
  stop(): void;
}

/** The code on screen and what the engine tracks about it. */
interface LiveCode {
  code: DeviceCode;
  /** 1 for the first code of this flow: an id for logs that reveals nothing of the code. */
  number: number;
  /** Wall-clock time (ms) when the code reply arrived. */
  receivedAt: number;
  expiresAt: number;
  /** The code's interval plus every `slow_down` step received so far. */
  intervalSeconds: number;
  polls: number;
  /** Whether a remote key was pressed while this code was on screen. */
  sawActivity: boolean;
}

function waitingState(current: LiveCode): PairingState {
  return { status: 'waiting', code: current.code, expiresAt: current.expiresAt, offline: false, retry: null };
}

/**
 * Creates the device-flow engine: it requests a code, polls the token endpoint one request at a
 * time, and decides when a code is dead, all by the rules of RFC 8628 and the wall clock.
 */
export function createDeviceFlow(options: DeviceFlowOptions): DeviceFlow {
  const { provider } = options;
  const now = options.now ?? Date.now;
  const maxBackoffMs = options.maxBackoffMs ?? DEFAULT_MAX_BACKOFF_MS;

  const listeners = new Set<(state: PairingState) => void>();

  const scheduler = createPollScheduler();

  /** True between `start()` and `stop()`. Timer callbacks and poll outcomes check it before acting. */
  let running = false;
  let live: LiveCode | null = null;
  let codesReceived = 0;
  let codeRequestAttempts = 0;
  let failuresInRow = 0;
  /** The fault behind the current run of failures, shown until a request succeeds. */
  let lastRetry: RetryNotice | null = null;

  // A code that arrived before the screen did (`withHeadStart`) shows from the first render.
  const ready: ReadyCode | null = provider.takeReadyCode?.() ?? null;
  let state: PairingState = ready ? waitingState(acceptCode(ready.code, ready.receivedAt)) : { status: 'requesting', attempt: 0, offline: false, retry: null };

  function setState(next: PairingState): void {
    state = next;

    for (const listener of [...listeners]) {
      listener(next);
    }
  }

  function setTimer(callback: () => void, delayMs: number): void {
    scheduler.setTimer(() => {
      if (running) {
        callback();
      }
    }, delayMs);
  }

  // Requesting a code

  function requestCode(): void {
    scheduler.clearTimer();
    live = null;
    codeRequestAttempts += 1;

    scheduler.send((signal) => provider.requestCode(signal), onCodeReceived, onCodeRequestFailed);

    const retrying = failuresInRow > 0;
    setState({ status: 'requesting', attempt: codeRequestAttempts, offline: retrying, retry: retrying ? lastRetry : null });
  }

  /** Records the fault behind a retry the engine just scheduled `waitMs` from now. */
  function noteRetry(error: unknown, waitMs: number): RetryNotice {
    lastRetry = { cause: retryCauseOf(error), nextTryAt: now() + waitMs };
    return lastRetry;
  }

  /** Makes `code` the live one, dated from `receivedAt`, and returns it. */
  function acceptCode(code: DeviceCode, receivedAt: number): LiveCode {
    const intervalSeconds = code.intervalSeconds > 0 ? code.intervalSeconds : DEFAULT_INTERVAL_SECONDS;

    codesReceived += 1;
    codeRequestAttempts = 0;
    failuresInRow = 0;
    lastRetry = null;
    live = {
      code,
      number: codesReceived,
      receivedAt,
      expiresAt: receivedAt + code.expiresInSeconds * 1000,
      intervalSeconds,
      polls: 0,
      sawActivity: false,
    };

    log.info('device code received', {
      provider: provider.name,
      codeNumber: live.number,
      expiresInSeconds: code.expiresInSeconds,
      intervalSeconds,
    });

    return live;
  }

  function onCodeReceived(code: DeviceCode): void {
    const current = acceptCode(code, now());

    setState(waitingState(current));
    scheduleNextPoll(current, current.intervalSeconds * 1000);
  }

  function onCodeRequestFailed(error: unknown): void {
    // An AbortedError that the engine did not cause is treated as a network failure, so the
    // flow retries instead of hanging with nothing scheduled.
    if (isTransient(error) || error instanceof AbortedError) {
      failuresInRow += 1;
      const waitMs = computeRetryDelayMs(DEFAULT_INTERVAL_SECONDS, failuresInRow, maxBackoffMs, readRetryAfterSeconds(error));

      log.warn('device code request failed, will retry', {
        provider: provider.name,
        attempt: codeRequestAttempts,
        nextWaitSeconds: toLogSeconds(waitMs),
        error: describeError(error),
      });

      // NOTE: with no network at all, an idle TV retries here every maxBackoffMs for as long
      // as the screen stays open, because the idle rule only stops polling for a code shown.
      setState({ status: 'requesting', attempt: codeRequestAttempts, offline: true, retry: noteRetry(error, waitMs) });
      setTimer(requestCode, waitMs);
      return;
    }

    log.error('device code request failed', {
      provider: provider.name,
      attempt: codeRequestAttempts,
      error: describeError(error),
    });

    setState({ status: 'failed', reason: 'error', error });
  }

  // Polling

  /**
   * Arms the timer for the next poll of `current`. When the deadline comes first, the timer is
   * cut to the deadline and expires the code without a poll. A past deadline expires it at once.
   */
  function scheduleNextPoll(current: LiveCode, waitMs: number): void {
    if (!running || live !== current) {
      return;
    }

    const untilDeadlineMs = current.expiresAt - now();
    if (untilDeadlineMs <= 0) {
      onCodeExpired(current, 'deadline');
      return;
    }

    // Node and browsers may fire a timer a millisecond early, so the deadline timer expires the
    // code itself instead of leaving that judgement to a clock reading that could fall short.
    if (waitMs >= untilDeadlineMs) {
      setTimer(() => onCodeExpired(current, 'deadline'), untilDeadlineMs);
      return;
    }

    setTimer(() => onPollTimer(current), waitMs);
  }

  function onPollTimer(current: LiveCode): void {
    if (live !== current) {
      return;
    }

    // A timer can fire hours late when the TV slept. Expiry is judged first, so a dead code
    // is never polled and a waking TV sends no burst of polls.
    if (now() >= current.expiresAt) {
      onCodeExpired(current, 'deadline');
      return;
    }

    sendPoll(current);
  }

  function sendPoll(current: LiveCode): void {
    current.polls += 1;

    scheduler.send(
      (signal) => provider.poll(current.code.deviceCode, signal),
      (outcome) => onPollOutcome(current, outcome),
      (error) => onPollOutcome(current, outcomeOfThrownError(error)),
    );
  }

  /** Maps an error a provider threw (instead of returning an outcome) to an outcome. */
  function outcomeOfThrownError(error: unknown): PollOutcome {
    if (isTransient(error) || error instanceof AbortedError) {
      return { kind: 'transient', retryAfterSeconds: readRetryAfterSeconds(error), error };
    }

    return { kind: 'failed', error };
  }

  function logOutcome(current: LiveCode, outcome: PollOutcome, nextWaitMs: number | null): void {
    logPollOutcome(outcome, {
      provider: provider.name,
      codeNumber: current.number,
      poll: current.polls,
      sinceCodeMs: now() - current.receivedAt,
      nextWaitMs,
      intervalSeconds: current.intervalSeconds,
    });
  }

  function onPollOutcome(current: LiveCode, outcome: PollOutcome): void {
    if (!running || live !== current) {
      return;
    }

    switch (outcome.kind) {
      case 'authorized':
        logOutcome(current, outcome, null);
        live = null;
        setState({ status: 'authorized', accessToken: outcome.accessToken });
        return;

      case 'expired':
        logOutcome(current, outcome, null);
        onCodeExpired(current, 'server');
        return;

      case 'denied':
        logOutcome(current, outcome, null);
        live = null;
        setState({ status: 'failed', reason: 'denied', error: null });
        return;

      case 'failed':
        logOutcome(current, outcome, null);
        live = null;
        setState({ status: 'failed', reason: 'error', error: outcome.error });
        return;

      case 'pending':
      case 'slowDown':
      case 'transient':
        keepPolling(current, outcome);
        return;
    }
  }

  function keepPolling(current: LiveCode, outcome: Extract<PollOutcome, { kind: 'pending' | 'slowDown' | 'transient' }>): void {
    let waitMs: number;
    let retry: RetryNotice | null = null;

    if (outcome.kind === 'transient') {
      failuresInRow += 1;
      waitMs = computeRetryDelayMs(current.intervalSeconds, failuresInRow, maxBackoffMs, outcome.retryAfterSeconds);
      retry = noteRetry(outcome.error, waitMs);
    } else {
      if (outcome.kind === 'slowDown') {
        current.intervalSeconds += SLOW_DOWN_STEP_SECONDS;
      }

      failuresInRow = 0;
      lastRetry = null;
      waitMs = current.intervalSeconds * 1000;
    }

    const untilDeadlineMs = current.expiresAt - now();
    logOutcome(current, outcome, untilDeadlineMs > 0 ? Math.min(waitMs, untilDeadlineMs) : null);

    // Every failure moves the next try, so the state changes, while a pending poll changes nothing on screen.
    const offline = retry !== null;
    if (offline || state.status !== 'waiting' || state.offline) {
      setState({ status: 'waiting', code: current.code, expiresAt: current.expiresAt, offline, retry });
    }

    scheduleNextPoll(current, waitMs);
  }

  // Expiry and renewal

  function onCodeExpired(current: LiveCode, cause: 'deadline' | 'server'): void {
    scheduler.clearTimer();
    live = null;

    const data = {
      provider: provider.name,
      codeNumber: current.number,
      cause,
      polls: current.polls,
      sinceCodeSeconds: toLogSeconds(now() - current.receivedAt),
    };

    // Someone used the remote while this code was shown, so someone is likely at the TV and
    // the code is replaced without a key press. An idle TV stops here instead of polling forever.
    if (current.sawActivity) {
      log.info('device code expired, requesting a new one', data);
      failuresInRow = 0;
      codeRequestAttempts = 0;
      requestCode();
      return;
    }

    log.info('device code expired with no remote activity, waiting for renew()', data);
    setState({ status: 'expired', code: current.code, cause });
  }

  function renew(): void {
    if (!running || state.status === 'authorized') {
      return;
    }

    // A code request is already in flight, and a second one would break the one-request rule.
    if (state.status === 'requesting' && scheduler.isBusy()) {
      return;
    }

    log.info('device code renewal requested', { provider: provider.name, from: state.status });

    scheduler.abortRequest();
    scheduler.clearTimer();
    failuresInRow = 0;
    lastRetry = null;
    codeRequestAttempts = 0;
    requestCode();
  }

  function checkDeadline(): void {
    // A poll in flight is judged when its reply arrives, because the reply may carry the token.
    if (!running || live === null || scheduler.isBusy()) {
      return;
    }

    if (now() >= live.expiresAt) {
      onCodeExpired(live, 'deadline');
    }
  }

  function start(): void {
    if (running || state.status === 'authorized') {
      return;
    }

    running = true;
    failuresInRow = 0;
    codeRequestAttempts = 0;
    log.info('pairing started', { provider: provider.name });

    // A code handed over at creation is already on screen: its polls start now.
    if (live !== null) {
      scheduleNextPoll(live, live.intervalSeconds * 1000);
      return;
    }

    requestCode();
  }

  function stop(): void {
    if (!running) {
      return;
    }

    running = false;
    scheduler.abortRequest();
    scheduler.clearTimer();
    live = null;
    log.info('pairing stopped', { provider: provider.name, status: state.status });
  }

  return {
    getState: () => state,
    subscribe(listener) {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
    start,
    renew,
    noteActivity() {
      if (live !== null) {
        live.sawActivity = true;
      }
    },
    checkDeadline,
    stop,
  };
}
