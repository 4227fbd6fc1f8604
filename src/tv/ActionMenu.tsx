import { FocusContext, setFocus, useFocusable } from '@noriginmedia/norigin-spatial-navigation';
import { useEffect } from 'react';
import { FocusableButton } from './FocusableButton';
import { useBackHandler } from './useBackHandler';
import './ActionMenu.css';

export interface ActionMenuItem {
  /** Unique within the menu; part of the button's focus key. */
  id: string;
  label: string;
  onPress: () => void;
  testId?: string;
}

export interface ActionMenuProps {
  /** Focus key of the menu; its buttons get `<focusKey>-<item id>`. */
  focusKey: string;
  /** What the actions apply to, such as a film's title. */
  title: string;
  /** A second line under the title, such as "Already in your shows". */
  subtitle?: string;
  items: readonly ActionMenuItem[];
  /** Called on Back. The menu then gives the focus to `returnFocusKey`. */
  onClose: () => void;
  /** The focusable that opened the menu. */
  returnFocusKey: string;
  testId?: string;
}

/** Focus key of one button of the menu with `menuFocusKey`. */
export function actionMenuItemFocusKey(menuFocusKey: string, itemId: string): string {
  return `${menuFocusKey}-${itemId}`;
}

/**
 * Renders a modal list of actions over the screen, opened by OK on an item: the arrows stay
 * inside it (a focus boundary), Back closes it and returns the focus to the item. Pressing an
 * action does not close the menu; the action's handler closes it and decides where the focus
 * goes, because the item may have left the list.
 */
export function ActionMenu({ focusKey, title, subtitle, items, onClose, returnFocusKey, testId }: ActionMenuProps) {
  const { ref } = useFocusable<object, HTMLDivElement>({ focusKey, isFocusBoundary: true });

  const firstItem = items[0];
  const firstItemFocusKey = firstItem ? actionMenuItemFocusKey(focusKey, firstItem.id) : null;

  useEffect(() => {
    if (firstItemFocusKey) {
      void setFocus(firstItemFocusKey);
    }
  }, [firstItemFocusKey]);

  useBackHandler(() => {
    onClose();
    void setFocus(returnFocusKey);
    return true;
  });

  return (
    <div className="action-menu" role="dialog" aria-modal="true" aria-label={title} data-testid={testId}>
      <FocusContext.Provider value={focusKey}>
        <div ref={ref} className="action-menu__panel">
          <p className="action-menu__title">{title}</p>
          {subtitle ? <p className="action-menu__subtitle">{subtitle}</p> : null}

          {items.map((item) => (
            <FocusableButton
              key={item.id}
              focusKey={actionMenuItemFocusKey(focusKey, item.id)}
              className="action-menu__button"
              testId={item.testId}
              onPress={item.onPress}
            >
              {item.label}
            </FocusableButton>
          ))}
        </div>
      </FocusContext.Provider>
    </div>
  );
}
