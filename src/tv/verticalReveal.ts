/**
 * The maths of a vertically scrolling screen whose sections (a header, rows of cards) do not all
 * fit: how far to move the content so the section that gets the focus is entirely in view.
 */

export interface VerticalRevealInput {
  /** The section's top and height inside the content, in CSS px. */
  sectionTop: number;
  sectionHeight: number;
  /** Height of the visible window. */
  viewportHeight: number;
  /** Height of all the content. */
  contentHeight: number;
  /** The current offset (how far the content is moved up). */
  currentOffset: number;
  /** Space kept above a section brought in from below, so its title does not touch the edge. */
  margin: number;
}

/**
 * Returns the new offset: unchanged while the section is entirely visible, else moved just
 * enough to show it (its top `margin` below the window's top when it is taller than what is
 * left), and never past the content's ends.
 */
export function revealSection(input: VerticalRevealInput): number {
  const { sectionTop, sectionHeight, viewportHeight, contentHeight, currentOffset, margin } = input;
  const maxOffset = Math.max(0, contentHeight - viewportHeight);

  let offset = currentOffset;
  const sectionBottom = sectionTop + sectionHeight;

  if (sectionTop < offset) {
    offset = sectionTop - margin;
  } else if (sectionBottom > offset + viewportHeight) {
    // Align the bottom, unless the section is taller than the window: then show its top.
    offset = Math.min(sectionBottom - viewportHeight + margin, sectionTop - margin);
  }

  return Math.min(Math.max(0, offset), maxOffset);
}
