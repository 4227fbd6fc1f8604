/**
 * The performance targets of the TV app, in one place for the benchmark report and the budget
 * test. A kilobyte is 1,000 bytes and a megabyte 1,000,000, the stricter reading of "KB" and "MB".
 */

/** Gzip JavaScript and CSS of the modern build, checked by tests/integration/bundleBudget.test.ts. */
export const BYTE_BUDGETS = {
  /**
   * React 19 with react-dom weighs about 67 kB and norigin with qrcode.react brings it to about
   * 89 kB (measured on this build's versions), which leaves about 11 kB for the app's own code.
   * Norigin without lodash-es (src/vendor/lodashEs.ts) is about 7 kB lighter, an estimate from
   * the build's weight before and after.
   */
  pairingGzipBytes: 100_000,
  wholeAppGzipBytes: 170_000,
} as const;

/**
 * A ceiling a little above the last measurement of the pairing screen (103.6 kB on 2026-12-05,
 * with norigin's lodash functions replaced, the texts of later screens and the reading of a
 * sign-in callback loaded later). The test fails above it until the budget is met, so a change
 * can only keep or shrink the weight. The whole app meets its budget, so its test compares with
 * the budget itself.
 * TODO: the pairing screen still misses its budget (see BENCHMARKS.md). Lower this as the weight comes down.
 */
export const BYTE_CEILINGS = {
  pairingGzipBytes: 104_100,
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
