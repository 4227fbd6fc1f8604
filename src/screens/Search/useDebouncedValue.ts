import { useEffect, useState } from 'react';

/**
 * Returns `value` once it has stopped changing for `delayMs`, so typing "dark" on the keyboard sends
 * one search instead of four. The first value is returned at once.
 */
export function useDebouncedValue<T>(value: T, delayMs: number): T {
  const [settled, setSettled] = useState(value);

  useEffect(() => {
    const timer = window.setTimeout(() => setSettled(value), delayMs);
    return () => window.clearTimeout(timer);
  }, [value, delayMs]);

  return settled;
}
