import { useFocusable, type FocusDetails } from '@noriginmedia/norigin-spatial-navigation';
import { useContext } from 'react';
import { ScreenStackContext } from '../../app/screenStackContext';
import { toRemoteKey } from '../../tv/keys';
import './MenuEdge.css';

export interface MenuEdgeProps {
  /** Unique per screen, e.g. `movies-menu-edge`. */
  focusKey: string;
  /**
   * Off while the screen has nothing else to focus (loading, an empty list without a button), so
   * the screen's first focus never lands here.
   */
  enabled: boolean;
}

/** True when norigin moved the focus because of a Left key press, not a `setFocus` call. */
function cameFromLeftKey(details: FocusDetails): boolean {
  const event = details.event;
  if (!(event instanceof KeyboardEvent)) {
    return false;
  }

  return toRemoteKey(event) === 'left';
}

/**
 * Renders an invisible focus target along the left edge of a screen that the side menu opens.
 * Left from the screen's leftmost items reaches it, because norigin moves the focus to the
 * nearest focusable in the pressed direction. It then closes the screen, so the member lands in
 * Home's side menu on the entry that opened it, as Back does. Only Home draws the side menu
 * itself, because its focus keys are fixed.
 */
export function MenuEdge({ focusKey, enabled }: MenuEdgeProps) {
  const stack = useContext(ScreenStackContext);

  const { ref } = useFocusable<object, HTMLDivElement>({
    focusKey,
    focusable: enabled,
    onFocus: (_layout, _props, details) => {
      // NOTE: a focus that reaches the edge another way (no Left press) stays here until the next arrow key.
      if (cameFromLeftKey(details)) {
        stack?.pop();
      }
    },
  });

  return <div ref={ref} className="menu-edge" aria-hidden="true" data-testid="menu-edge" />;
}
