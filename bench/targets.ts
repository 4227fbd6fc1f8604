/**
 * The performance targets of the TV app, in one place for the benchmark report and the budget
 * test. A kilobyte is 1,000 bytes and a megabyte 1,000,000, the stricter reading of "KB" and "MB".
 */

/** Gzip JavaScript and CSS of the modern build, checked by tests/integration/bundleBudget.test.ts. */
export const BYTE_BUDGETS = {
  /**
   * React 19 with react-dom weighs about 67 kB and norigin about 8.5 kB with its lodash functions
   * replaced (src/vendor/lodashEs.ts) and its debug logs dropped (scripts/dropNoriginDebugLogs.ts).
   * The QR encoder of src/qr adds about 1.9 kB, where qrcode.react took 6 kB. These are estimates
   * from the build's weight with and without each part.
   */
  pairingGzipBytes: 100_000,
  wholeAppGzipBytes: 170_000,
} as const;

export const TARGETS = {
  /** Key press to focus painted, p95 at 4× CPU throttling on My shows with 2,000 shows: one frame at 60 Hz. */
  keyToFocusP95Ms: 1000 / 60,
  /** p50 cost with 2,000 shows over the cost with 100: a virtualized grid must not grow with the list. */
  keyCostRatio2000To100: 1.2,
  /** JS heap growth between 10 and 1,000 scripted key presses, after garbage collection. */
  heapGrowthBytes: 2_000_000,
  /** Time to a code on screen, at most this many times the bare React page, plus one API round trip. */
  codeOnScreenRatio: 1.5,
  /** API requests from a stored token to Home on screen. */
  homeRequests: 3,
} as const;
