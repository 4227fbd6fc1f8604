/**
 * Turns what a member types into the `NNN-NNN` form the sandbox issues: spaces and the dash
 * are optional, so `975820`, ` 975 820 ` and `975-820` are the same code.
 * Returns null when the text is not six digits.
 */
export function normalizeUserCode(input: string): string | null {
  const compact = input.replace(/[\s-]+/g, '').toUpperCase();
  if (!/^\d{6}$/.test(compact)) {
    return null;
  }

  return `${compact.slice(0, 3)}-${compact.slice(3)}`;
}
