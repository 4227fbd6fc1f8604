import { describe, expect, it } from 'vitest';
import { en } from '../../../src/i18n/en';
import { fr } from '../../../src/i18n/fr';
import { listPlaceholders } from '../../../src/i18n/translate';

/** Every difference between two catalogs: keys only one has, and keys whose placeholders differ. */
function diffCatalogs(left: Record<string, string>, right: Record<string, string>): string[] {
  const problems: string[] = [];

  for (const key of Object.keys(left)) {
    if (!(key in right)) {
      problems.push(`${key}: missing on the right`);
    }
  }

  for (const key of Object.keys(right)) {
    const rightText = right[key] as string;
    const leftText = left[key];

    if (leftText === undefined) {
      problems.push(`${key}: missing on the left`);
      continue;
    }

    const leftNames = listPlaceholders(leftText).join(',');
    const rightNames = listPlaceholders(rightText).join(',');
    if (leftNames !== rightNames) {
      problems.push(`${key}: placeholders {${leftNames}} vs {${rightNames}}`);
    }
  }

  return problems;
}

describe('message catalogs', () => {
  it('have the same keys and placeholders in French and English', () => {
    expect(diffCatalogs(fr, en)).toEqual([]);
  });

  it('have no empty text', () => {
    for (const [key, text] of [...Object.entries(fr), ...Object.entries(en)]) {
      expect(text.trim(), key).not.toBe('');
    }
  });

  it('report a key missing from one catalog', () => {
    const { 'pairing.newCode': _removed, ...withoutKey } = en;

    expect(diffCatalogs(fr, withoutKey)).toEqual(['pairing.newCode: missing on the right']);
  });

  it('report a placeholder that differs', () => {
    const renamed = { ...en, 'pairing.status.failed': 'Something went wrong: {error}' };

    expect(diffCatalogs(fr, renamed)).toEqual(['pairing.status.failed: placeholders {reason} vs {error}']);
  });
});
