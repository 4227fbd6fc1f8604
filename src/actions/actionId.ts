let counter = 0;

/**
 * Creates an id for a new action: the time in base 36, a counter and a random part. It is
 * unique within a member's queue across reloads without `crypto.randomUUID`, which TV
 * browsers before Chrome 92 lack.
 */
export function createActionId(nowMs: number): string {
  counter = (counter + 1) % 1_000_000;
  const random = Math.floor(Math.random() * 36 ** 6).toString(36);

  return `${nowMs.toString(36)}-${counter.toString(36)}-${random}`;
}
