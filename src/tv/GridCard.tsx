import { memo, type ReactElement, type ReactNode } from 'react';
import { FocusableCard } from './FocusableCard';

export interface GridCardProps<T> {
  item: T;
  index: number;
  focusKey: string;
  left: number;
  top: number;
  width: number;
  height: number;
  label: string | undefined;
  testId: string | undefined;
  /** Keep it stable (`useCallback`): a new function re-renders every card. */
  renderItem: (item: T, focused: boolean, index: number) => ReactNode;
  /** The grid's focus handler: one function for the grid's life, as `onPressItem` is. */
  onFocusItem: (item: T, index: number, focusKey: string) => void;
  onPressItem: ((item: T, index: number) => void) | undefined;
}

function GridCardView<T>({ item, index, focusKey, left, top, width, height, label, testId, renderItem, onFocusItem, onPressItem }: GridCardProps<T>) {
  return (
    <FocusableCard
      focusKey={focusKey}
      index={index}
      className="tv-grid__item"
      style={{ left, top, width, height }}
      ariaLabel={label}
      testId={testId}
      onFocus={() => onFocusItem(item, index, focusKey)}
      onPress={onPressItem ? () => onPressItem(item, index) : undefined}
    >
      {(focused) => renderItem(item, focused, index)}
    </FocusableCard>
  );
}

/**
 * Renders one item of `VirtualGrid`. It is memoized, so a focus move re-renders only the two
 * cards whose focus changed (each re-renders itself from norigin's state), not every mounted one.
 */
export const GridCard = memo(GridCardView) as <T>(props: GridCardProps<T>) => ReactElement;
