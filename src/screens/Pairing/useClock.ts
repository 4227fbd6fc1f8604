import { useEffect, useState } from 'react';

/** Returns the wall clock (ms since the epoch), read again every `intervalMs` while `running`. */
export function useClock(intervalMs: number, running: boolean): number {
  const [now, setNow] = useState(() => Date.now());

  useEffect(() => {
    if (!running) {
      return undefined;
    }

    const tick = () => setNow(Date.now());

    // Catch up at once: the clock was last read when it stopped, maybe minutes ago.
    const catchUp = setTimeout(tick, 0);
    const timer = setInterval(tick, intervalMs);

    return () => {
      clearTimeout(catchUp);
      clearInterval(timer);
    };
  }, [intervalMs, running]);

  return now;
}
