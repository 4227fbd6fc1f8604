import { FocusContext, useFocusable } from '@noriginmedia/norigin-spatial-navigation';
import { useContext, useEffect, useRef, type ReactNode } from 'react';
import { VerticalScrollerContext } from './VerticalScroller';

export interface ScrollSectionProps {
  focusKey: string;
  children: ReactNode;
  /** Called when the focus enters (true) or leaves (false) the section. */
  onFocusedChange?: (hasFocus: boolean) => void;
  /**
   * False while the section contains nothing focusable (a loading skeleton), because norigin
   * would focus the empty section itself and the focus would vanish from the screen.
   */
  focusable?: boolean;
  className?: string;
  testId?: string;
}

/**
 * Renders a focus container (a header, a row with its title) inside a `VerticalScroller`, which
 * brings it into view when the focus enters it. Coming back to the section lands on the child
 * that had the focus last.
 */
export function ScrollSection({ focusKey, children, onFocusedChange, focusable = true, className, testId }: ScrollSectionProps) {
  const reveal = useContext(VerticalScrollerContext);
  const { ref, hasFocusedChild } = useFocusable<object, HTMLElement>({
    focusKey,
    focusable,
    trackChildren: true,
    saveLastFocusedChild: true,
  });

  // A ref, so a new callback on each render does not count as a focus change.
  const onFocusedChangeRef = useRef(onFocusedChange);
  useEffect(() => {
    onFocusedChangeRef.current = onFocusedChange;
  });

  useEffect(() => {
    if (hasFocusedChild && ref.current) {
      reveal?.(ref.current);
    }

    onFocusedChangeRef.current?.(hasFocusedChild);
  }, [hasFocusedChild, reveal, ref]);

  return (
    <section ref={ref} className={className} data-testid={testId}>
      <FocusContext.Provider value={focusKey}>{children}</FocusContext.Provider>
    </section>
  );
}
