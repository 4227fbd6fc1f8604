import { useFocusable } from '@noriginmedia/norigin-spatial-navigation';
import type { KeyboardKey as KeyboardKeyModel } from './keyboardLayout';

export interface KeyboardKeyProps {
  keyModel: KeyboardKeyModel;
  focusKey: string;
  row: number;
  /** The key's visible text. */
  label: string;
  /** The accessible name, for keys that show a symbol (⇧, ⌫). */
  ariaLabel?: string;
  /** On or off, for the toggles (Shift, Show); undefined for other keys. */
  pressed?: boolean;
  onPress: () => void;
}

/**
 * Renders one key, driven by the remote like `FocusableButton`: OK presses it, a click (LG Magic
 * Remote pointer, mouse) presses it too. Its grid place is exposed as `data-row`, `data-column`
 * and `data-span` for the stylesheet and for layouts in tests.
 */
export function KeyboardKey({ keyModel, focusKey, row, label, ariaLabel, pressed, onPress }: KeyboardKeyProps) {
  const { ref, focused, focusSelf } = useFocusable<object, HTMLButtonElement>({ focusKey, onEnterPress: onPress });

  const classes = ['tv-keyboard__key', `tv-keyboard__key--span-${keyModel.span}`];
  if (keyModel.action.type !== 'character') {
    classes.push('tv-keyboard__key--control');
  }
  if (pressed) {
    classes.push('is-on');
  }
  if (focused) {
    classes.push('is-focused');
  }

  return (
    <button
      ref={ref}
      type="button"
      tabIndex={-1}
      className={classes.join(' ')}
      aria-label={ariaLabel}
      aria-pressed={pressed}
      data-focused={focused ? 'true' : undefined}
      data-testid="keyboard-key"
      data-key-id={keyModel.id}
      data-row={row}
      data-column={keyModel.column}
      data-span={keyModel.span}
      onClick={onPress}
      onMouseEnter={() => focusSelf()}
    >
      {label}
    </button>
  );
}
