import { memo, type ReactElement, type ReactNode } from 'react';
import { FocusableCard } from './FocusableCard';

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
  return (
    <FocusableCard
      focusKey={focusKey}
      index={index}
      className={className}
      style={{ position: 'absolute', left, top, width, height }}
      ariaLabel={getLabel?.(item)}
      testId={testId}
      windowed
      onFocus={() => onFocusItem(item, index, focusKey)}
      onPress={onPressItem ? () => onPressItem(item, index) : undefined}
    >
      {(focused) => renderItem(item, focused, index)}
    </FocusableCard>
  );
}

/**
 * Renders one item of a windowed row, list or grid. It is memoized, so a focus move renders
 * only the two cards whose focus changed (each from norigin's state), not every mounted one.
 */
export const WindowedCard = memo(WindowedCardView) as <T>(props: WindowedCardProps<T>) => ReactElement;
