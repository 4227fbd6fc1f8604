import { createContext, useCallback, useRef, useState, type ReactNode } from 'react';
import { revealSection } from './verticalReveal';

/** Brings a section entirely into view; given to sections by `VerticalScroller`. */
export type RevealSection = (section: HTMLElement) => void;

export const VerticalScrollerContext = createContext<RevealSection | null>(null);

/** As quick as a row's sideways move, so a focus change never waits for the scroll. */
const TRACK_TRANSITION = 'transform 150ms ease-out';

/** Room kept above a section scrolled into view, for its title and the focus ring. */
const DEFAULT_MARGIN = 24;

export interface VerticalScrollerProps {
  /** Height of the visible window at 1080p, in CSS px. */
  height: number;
  margin?: number;
  children: ReactNode;
  className?: string;
  testId?: string;
}

/**
 * Renders a window that moves its content up and down with a CSS transform (not `scrollTop`) so
 * the `ScrollSection` holding the focus is entirely visible. Sections report their focus, and the
 * content is measured then, so it may change height freely.
 */
export function VerticalScroller({ height, margin = DEFAULT_MARGIN, children, className, testId }: VerticalScrollerProps) {
  const trackRef = useRef<HTMLDivElement>(null);
  const [offset, setOffset] = useState(0);

  const reveal = useCallback<RevealSection>(
    (section) => {
      const track = trackRef.current;
      if (!track) {
        return;
      }

      setOffset((current) =>
        revealSection({
          sectionTop: section.offsetTop,
          sectionHeight: section.offsetHeight,
          viewportHeight: height,
          contentHeight: track.offsetHeight,
          currentOffset: current,
          margin,
        }),
      );
    },
    [height, margin],
  );

  const classes = className ? `tv-scroller ${className}` : 'tv-scroller';

  return (
    <div
      className={classes}
      style={{ position: 'relative', height, overflow: 'hidden' }}
      data-testid={testId}
      // NOTE: engines without `focus({ preventScroll })` (before Chrome 64) scroll this clipped
      // box to the focused element. Resetting keeps the transform the only thing that moves.
      onScroll={(event) => {
        event.currentTarget.scrollTop = 0;
      }}
    >
      <div ref={trackRef} className="tv-scroller__track" data-offset={offset} style={{ position: 'relative', transform: `translate3d(0, ${-offset}px, 0)`, transition: TRACK_TRANSITION }}>
        <VerticalScrollerContext.Provider value={reveal}>{children}</VerticalScrollerContext.Provider>
      </div>
    </div>
  );
}
