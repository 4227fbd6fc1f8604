/** Returns the season number of an episode code (`S02E05` → 2), or null when the code has none. */
export function seasonOfCode(code: string | null | undefined): number | null {
  const match = /^S(\d+)E\d+/i.exec((code ?? '').trim());

  return match ? Number(match[1]) : null;
}
