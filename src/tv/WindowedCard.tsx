import { memo, useMemo, type ReactElement, type ReactNode } from 'react';
import { useWindowedCardFocus } from './useWindowedCardFocus';
import { WINDOWED_CARD_ATTRIBUTE } from './windowedLayoutAdapter';

export interface WindowedCardProps<T> {
  item: T;
  index: number;
  focusKey: string;
  className: string;
  /** Place and size in the container's track, in CSS px at 1080p. */
  left: number;
  top: number;
  width: number;
  height: number;
  testId: string | undefined;
  /** Keep it stable (`useCallback` or a module function): a new function renders every card again. */
  renderItem: (item: T, focused: boolean, index: number) => ReactNode;
  /** The accessible name; called only when the card renders. Keep it stable, as `renderItem`. */
  getLabel: ((item: T) => string) | undefined;
  /** The container's focus handler: one function for the container's life, as `onPressItem` is. */
  onFocusItem: (item: T, index: number, focusKey: string) => void;
  onPressItem: ((item: T, index: number) => void) | undefined;
}

function WindowedCardView<T>({
  item,
  index,
  focusKey,
  className,
  left,
  top,
  width,
  height,
  testId,
  renderItem,
  getLabel,
  onFocusItem,
  onPressItem,
}: WindowedCardProps<T>) {
  const onPress = onPressItem ? () => onPressItem(item, index) : undefined;
  const { ref, focused, focusSelf } = useWindowedCardFocus<HTMLDivElement>({
    focusKey,
    onFocus: () => onFocusItem(item, index, focusKey),
    onPress,
  });

  // The card renders again when its focus changes, and its label does not change with the focus.
  const label = useMemo(() => getLabel?.(item), [getLabel, item]);

  // The class list stays the same while the focus moves: `useWindowedCardFocus` adds `is-focused` itself.
  return (
    <div
      ref={ref}
      role="button"
      tabIndex={-1}
      className={`tv-card ${className}`}
      style={{ position: 'absolute', left, top, width, height }}
      aria-label={label}
      data-testid={testId}
      data-index={index}
      {...{ [WINDOWED_CARD_ATTRIBUTE]: '' }}
      onClick={onPress}
      onMouseEnter={focusSelf}
    >
      {renderItem(item, focused, index)}
    </div>
  );
}

/**
 * Renders one item of a windowed row, list or grid. The focus look is drawn before the next
 * frame (`useWindowedCardFocus`), and the card renders again after that frame, for content that
 * changes with the focus. It is memoized, so a focus move renders the two cards whose focus
 * changed, not every mounted one.
 */
export const WindowedCard = memo(WindowedCardView) as <T>(props: WindowedCardProps<T>) => ReactElement;
