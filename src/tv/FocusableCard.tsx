import { useFocusable, type FocusableComponentLayout } from '@noriginmedia/norigin-spatial-navigation';
import type { CSSProperties, ReactNode } from 'react';

export interface FocusableCardProps {
  focusKey: string;
  /** Content; receives whether the card has the focus, for content that changes with it. */
  children: (focused: boolean) => ReactNode;
  onPress?: () => void;
  /** Called once the card has the focus, with its measured box. */
  onFocus?: (layout: FocusableComponentLayout) => void;
  className?: string;
  style?: CSSProperties;
  ariaLabel?: string;
  testId?: string;
  /** Position in its row or grid, exposed as `data-index` for layouts and tests. */
  index?: number;
}

/** Renders a focusable tile (a poster, a show). The focused card scales up and gets the focus outline from CSS. */
export function FocusableCard({ focusKey, children, onPress, onFocus, className, style, ariaLabel, testId, index }: FocusableCardProps) {
  const { ref, focused, focusSelf } = useFocusable<object, HTMLDivElement>({
    focusKey,
    onEnterPress: onPress,
    onFocus: onFocus ? (layout) => onFocus(layout) : undefined,
  });

  const classes = ['tv-card'];
  if (focused) {
    classes.push('is-focused');
  }
  if (className) {
    classes.push(className);
  }

  return (
    <div
      ref={ref}
      role="button"
      tabIndex={-1}
      className={classes.join(' ')}
      style={style}
      aria-label={ariaLabel}
      data-focused={focused ? 'true' : undefined}
      data-testid={testId}
      data-index={index}
      onClick={onPress}
      onMouseEnter={() => focusSelf()}
    >
      {children(focused)}
    </div>
  );
}
