import { FocusContext, SpatialNavigation } from '@noriginmedia/norigin-spatial-navigation';
import { useCallback, useContext, useEffect, useRef, useState, type RefObject } from 'react';
import { runAfterNextPaint } from './afterNextPaint';

/** The class that draws a focused card (scale, ring, shadow in the screens' style sheets). */
export const FOCUSED_CLASS = 'is-focused';

export interface WindowedCardFocusOptions {
  focusKey: string;
  /** Called in the key press's own task once the card has the focus, before the next frame. */
  onFocus: () => void;
  onPress: (() => void) | undefined;
}

export interface WindowedCardFocus<E extends HTMLElement> {
  ref: RefObject<E | null>;
  /** Follows norigin's focus one frame late: for content that changes with the focus, not for the focus look. */
  focused: boolean;
  focusSelf: () => void;
}

function noop(): void {}

function keepDefaultNavigation(): boolean {
  return true;
}

/** Draws or removes the focus look on the card's own element, outside React. */
function showFocusLook(node: HTMLElement, focused: boolean): void {
  if (focused) {
    node.classList.add(FOCUSED_CLASS);
    node.setAttribute('data-focused', 'true');
    return;
  }

  node.classList.remove(FOCUSED_CLASS);
  node.removeAttribute('data-focused');
}

/**
 * Registers a card of a windowed row, list or grid with norigin, as `useFocusable` does. It draws
 * the focus look (`is-focused`, `data-focused`) on the element in norigin's own focus callback, so
 * the frame after a key press shows the new focus. The card's React state follows after that
 * frame (`runAfterNextPaint`), so React's render of the two cards waits too.
 *
 * React never renders the look: the card's `className` must not change with `focused`, or a
 * render with a stale `focused` would undo what the callback drew.
 */
export function useWindowedCardFocus<E extends HTMLElement>(options: WindowedCardFocusOptions): WindowedCardFocus<E> {
  const { focusKey } = options;
  const ref = useRef<E>(null);
  const [focused, setFocused] = useState(false);
  const parentFocusKey = useContext(FocusContext);

  // norigin keeps the callbacks given at registration, and these read the latest options.
  const latestRef = useRef(options);
  useEffect(() => {
    latestRef.current = options;
  });

  useEffect(() => {
    const node = ref.current;
    if (!node) {
      return undefined;
    }

    let focusedNow = false;

    SpatialNavigation.addFocusable({
      focusKey,
      node,
      parentFocusKey,
      onEnterPress: () => latestRef.current.onPress?.(),
      onEnterRelease: noop,
      onArrowPress: keepDefaultNavigation,
      onArrowRelease: noop,
      onFocus: () => latestRef.current.onFocus(),
      onBlur: noop,
      onUpdateFocus: (isFocused = false) => {
        focusedNow = isFocused;
        showFocusLook(node, isFocused);

        // Reads the state at the time of the flush, so a card focused and left within one frame renders once, or not at all.
        runAfterNextPaint(() => setFocused(focusedNow));
      },
      onUpdateHasFocusedChild: noop,
      saveLastFocusedChild: true,
      trackChildren: false,
      autoRestoreFocus: true,
      forceFocus: false,
      focusable: true,
      isFocusBoundary: false,
    });

    return () => {
      SpatialNavigation.removeFocusable({ focusKey });
    };
  }, [focusKey, parentFocusKey]);

  const focusSelf = useCallback(() => {
    SpatialNavigation.setFocus(focusKey);
  }, [focusKey]);

  return { ref, focused, focusSelf };
}
