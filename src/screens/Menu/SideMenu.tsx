import { FocusContext, setFocus, useFocusable } from '@noriginmedia/norigin-spatial-navigation';
import { useOpenScreen } from '../../app/useOpenScreen';
import { useI18n } from '../../i18n/useI18n';
import { useBackHandler } from '../../tv/useBackHandler';
import { useScreen } from '../../tv/useScreen';
import { MenuIcon } from './MenuIcon';
import { MENU_ENTRIES, type MenuEntry, type MenuEntryName } from './menuEntries';
import './SideMenu.css';

export const SIDE_MENU_FOCUS_KEY = 'side-menu';

export function menuEntryFocusKey(name: MenuEntryName): string {
  return `${SIDE_MENU_FOCUS_KEY}-${name}`;
}

export interface SideMenuProps {
  /** The screen showing the menu: its entry is marked, and choosing it only closes the menu. */
  current: MenuEntryName;
  /**
   * The focus container of the screen's content, with `saveLastFocusedChild`: Right and Back
   * close the menu by focusing it, which lands on the item the member left.
   */
  contentFocusKey: string;
}

/**
 * Renders the side menu: a rail of icons along the left edge, reached with Left from the
 * screen's leftmost items, which opens with labels over the content while it has the focus.
 * Entering it lands on the current screen's entry. Right or Back closes it.
 * NOTE: the focus keys are fixed, so only one screen of the stack (Home) can show the menu.
 */
export function SideMenu({ current, contentFocusKey }: SideMenuProps) {
  const { t } = useI18n();
  const { active } = useScreen();
  const openScreen = useOpenScreen();

  const { ref, hasFocusedChild } = useFocusable<object, HTMLElement>({
    focusKey: SIDE_MENU_FOCUS_KEY,
    trackChildren: true,
    preferredChildFocusKey: menuEntryFocusKey(current),
  });
  const open = hasFocusedChild;

  const close = () => {
    void setFocus(contentFocusKey);
  };

  useBackHandler(() => {
    close();
    return true;
  }, open && active);

  const choose = (entry: MenuEntry) => {
    if (entry.name === current) {
      close();
      return;
    }

    openScreen(entry.route);
  };

  return (
    <nav
      ref={ref}
      className={open ? 'side-menu is-open' : 'side-menu'}
      aria-label={t('home.menuLabel')}
      data-testid="side-menu"
      data-open={open ? 'true' : 'false'}
    >
      <FocusContext.Provider value={SIDE_MENU_FOCUS_KEY}>
        <ul className="side-menu__list">
          {MENU_ENTRIES.map((entry) => (
            <SideMenuItem
              key={entry.name}
              entry={entry}
              label={t(entry.label)}
              isCurrent={entry.name === current}
              onPress={() => choose(entry)}
              onRight={close}
            />
          ))}
        </ul>
      </FocusContext.Provider>
    </nav>
  );
}

interface SideMenuItemProps {
  entry: MenuEntry;
  label: string;
  isCurrent: boolean;
  onPress: () => void;
  onRight: () => void;
}

function SideMenuItem({ entry, label, isCurrent, onPress, onRight }: SideMenuItemProps) {
  const { ref, focused, focusSelf } = useFocusable<object, HTMLLIElement>({
    focusKey: menuEntryFocusKey(entry.name),
    onEnterPress: onPress,
    onArrowPress: (direction) => {
      // Right leaves to the item the member came from, not to whatever sits nearest the menu.
      if (direction === 'right') {
        onRight();
        return false;
      }

      return true;
    },
  });

  const classes = ['side-menu__item'];
  if (isCurrent) {
    classes.push('is-current');
  }
  if (focused) {
    classes.push('is-focused');
  }

  return (
    <li
      ref={ref}
      role="link"
      tabIndex={-1}
      className={classes.join(' ')}
      aria-label={label}
      aria-current={isCurrent ? 'page' : undefined}
      data-testid={`menu-${entry.name}`}
      data-focused={focused ? 'true' : undefined}
      onClick={onPress}
      onMouseEnter={() => focusSelf()}
    >
      <MenuIcon name={entry.name} />
      <span className="side-menu__label">{label}</span>
    </li>
  );
}
