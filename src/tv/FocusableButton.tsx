import { useFocusable } from '@noriginmedia/norigin-spatial-navigation';
import type { ReactNode } from 'react';

export interface FocusableButtonProps {
  /** A stable key, so a screen can focus the button or get focus back to it after Back. */
  focusKey?: string;
  onPress: () => void;
  children: ReactNode;
  /** Visually secondary (outlined) rather than filled. */
  secondary?: boolean;
  className?: string;
  ariaLabel?: string;
  testId?: string;
}

/**
 * Renders a button driven by the remote: OK presses it, arrows move away from it. A click (LG Magic
 * Remote pointer, mouse) presses it too, and hovering moves the spatial focus onto it.
 */
export function FocusableButton({ focusKey, onPress, children, secondary, className, ariaLabel, testId }: FocusableButtonProps) {
  const { ref, focused, focusSelf } = useFocusable<object, HTMLButtonElement>({ focusKey, onEnterPress: onPress });

  const classes = ['tv-button'];
  if (secondary) {
    classes.push('tv-button--secondary');
  }
  if (focused) {
    classes.push('is-focused');
  }
  if (className) {
    classes.push(className);
  }

  return (
    <button
      ref={ref}
      type="button"
      tabIndex={-1}
      className={classes.join(' ')}
      data-focused={focused ? 'true' : undefined}
      data-testid={testId}
      aria-label={ariaLabel}
      onClick={onPress}
      onMouseEnter={() => focusSelf()}
    >
      {children}
    </button>
  );
}
