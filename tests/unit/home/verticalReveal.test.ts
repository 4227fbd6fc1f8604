import { describe, expect, it } from 'vitest';
import { revealSection } from '../../../src/tv/verticalReveal';

const BASE = { viewportHeight: 900, contentHeight: 1500, currentOffset: 0, margin: 24 };

describe('revealSection', () => {
  it('keeps the offset while the section is entirely visible', () => {
    expect(revealSection({ ...BASE, sectionTop: 130, sectionHeight: 650 })).toBe(0);
  });

  it('moves up just enough to show a section below', () => {
    // Bottom at 1400: 1400 - 900 + 24.
    expect(revealSection({ ...BASE, sectionTop: 860, sectionHeight: 540 })).toBe(524);
  });

  it('shows the top of a section taller than the window', () => {
    expect(revealSection({ ...BASE, sectionTop: 400, sectionHeight: 1100 })).toBe(376);
  });

  it('moves back down to a section above', () => {
    expect(revealSection({ ...BASE, currentOffset: 524, sectionTop: 130, sectionHeight: 650 })).toBe(106);
  });

  it('never goes above the content', () => {
    expect(revealSection({ ...BASE, currentOffset: 524, sectionTop: 0, sectionHeight: 130 })).toBe(0);
  });

  it('never goes past the content end', () => {
    expect(revealSection({ ...BASE, contentHeight: 1000, sectionTop: 700, sectionHeight: 300 })).toBe(100);
  });

  it('stays at 0 when everything fits', () => {
    expect(revealSection({ ...BASE, contentHeight: 800, sectionTop: 500, sectionHeight: 300 })).toBe(0);
  });
});
