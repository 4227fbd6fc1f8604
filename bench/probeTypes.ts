/** The values bench/pageProbe.js stores in the measured page (`window.__bench`). */

export interface ProbeKeySample {
  keyCode: number;
  /** From the keydown event to the paint of the frame with the new focus. */
  ms: number;
}

export interface PageProbe {
  /** Ms since navigation start, or null until the code is painted. */
  codePaintedAt: number | null;
  keySamples: ProbeKeySample[];
  /** Every keydown the page received, measured or not. */
  keyEvents: number;
}

declare global {
  interface Window {
    __bench: PageProbe;
  }
}
