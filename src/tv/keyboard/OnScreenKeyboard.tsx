import { FocusContext, useFocusable } from '@noriginmedia/norigin-spatial-navigation';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { I18n } from '../../i18n/I18nProvider';
import { useI18n } from '../../i18n/useI18n';
import { KeyboardKey } from './KeyboardKey';
import { keyboardRows, type KeyAction, type KeyboardKey as KeyboardKeyModel, type KeyboardMode } from './keyboardLayout';
import { applyKey, displayedText, INITIAL_MODIFIERS, typedCharacter, type KeyboardModifiers } from './keyboardState';
import './OnScreenKeyboard.css';

export interface OnScreenKeyboardProps {
  value: string;
  onChange: (value: string) => void;
  /** Called with the value when the member presses the submit key. */
  onSubmit: (value: string) => void;
  /** `password` hides the text behind masks and adds a Show/Hide key. Default `text`. */
  mode?: KeyboardMode;
  /** The keyboard's focus key; each key's is `<focusKey>-<key id>`, such as `login-keyboard-char:a`. */
  focusKey: string;
  /** The field's accessible name, such as "E-mail or login". */
  label?: string;
  /** The submit key's text; default "Valider" / "OK". */
  submitLabel?: string;
  /** Keys that would make the value longer than this many characters do nothing. */
  maxLength?: number;
  testId?: string;
}

interface KeyFace {
  label: string;
  ariaLabel?: string;
  pressed?: boolean;
}

function keyFace(key: KeyboardKeyModel, modifiers: KeyboardModifiers, t: I18n['t'], submitLabel: string | undefined): KeyFace {
  switch (key.action.type) {
    case 'character':
      return { label: typedCharacter(key.action.character, modifiers.shifted) };
    case 'space':
      return { label: t('keyboard.space') };
    case 'backspace':
      return { label: '\u232b', ariaLabel: t('keyboard.backspaceLabel') };
    case 'shift':
      return { label: '\u21e7', ariaLabel: t('keyboard.shiftLabel'), pressed: modifiers.shifted };
    case 'layer':
      return modifiers.layer === 'letters'
        ? { label: t('keyboard.symbolsKey'), ariaLabel: t('keyboard.symbolsLabel') }
        : { label: t('keyboard.lettersKey'), ariaLabel: t('keyboard.lettersLabel') };
    case 'reveal':
      return { label: modifiers.revealed ? t('keyboard.hide') : t('keyboard.show'), pressed: modifiers.revealed };
    case 'submit':
      return { label: submitLabel ?? t('keyboard.submit') };
  }
}

/**
 * Renders an on-screen keyboard for the remote, with the field on top. The keys are letters
 * (with the accented letters of French and the characters of e-mail addresses), digits, and a
 * control row: Shift, a symbols layer, Space, Delete, Show/Hide for passwords, and Submit.
 * The parent owns the text (`value`, `onChange`), as with a controlled `<input>`. A hidden
 * password is never put in the DOM, only its masks.
 */
export function OnScreenKeyboard({ value, onChange, onSubmit, mode = 'text', focusKey, label, submitLabel, maxLength, testId }: OnScreenKeyboardProps) {
  const { t } = useI18n();
  const [modifiers, setModifiers] = useState<KeyboardModifiers>(INITIAL_MODIFIERS);

  const rows = keyboardRows(modifiers.layer, mode);
  const firstKeyFocusKey = `${focusKey}-${rows[0]?.[0]?.id ?? ''}`;

  const { ref, focused, hasFocusedChild } = useFocusable<object, HTMLDivElement>({
    focusKey,
    trackChildren: true,
    saveLastFocusedChild: true,
    preferredChildFocusKey: firstKeyFocusKey,
  });

  // Presses can come faster than the parent re-renders (a held OK key repeats), so each press
  // starts from the latest value and modifiers, not from the last render's.
  const valueRef = useRef(value);
  const modifiersRef = useRef(modifiers);

  useEffect(() => {
    valueRef.current = value;
  }, [value]);

  const press = useCallback(
    (action: KeyAction) => {
      const result = applyKey(valueRef.current, modifiersRef.current, action, maxLength);

      if (result.modifiers !== modifiersRef.current) {
        modifiersRef.current = result.modifiers;
        setModifiers(result.modifiers);
      }

      if (result.value !== valueRef.current) {
        valueRef.current = result.value;
        onChange(result.value);
      }

      if (result.submitted) {
        onSubmit(result.value);
      }
    },
    [maxLength, onChange, onSubmit],
  );

  const classes = ['tv-keyboard'];
  if (focused || hasFocusedChild) {
    classes.push('is-active');
  }

  const fieldText = displayedText(value, mode, modifiers.revealed);

  return (
    <FocusContext.Provider value={focusKey}>
      <div ref={ref} className={classes.join(' ')} data-testid={testId} data-mode={mode} data-layer={modifiers.layer}>
        <div className="tv-keyboard__field" role="textbox" aria-readonly="true" aria-label={label} data-testid="keyboard-field">
          <span className="tv-keyboard__text">{fieldText}</span>
          <span className="tv-keyboard__caret" aria-hidden="true" />
        </div>

        {rows.map((row, rowIndex) => (
          // The control row keeps its React key across layers, so its keys stay mounted and the
          // focused layer key is not unregistered from norigin and registered again.
          <div key={rowIndex === rows.length - 1 ? 'controls' : `${modifiers.layer}-${rowIndex}`} className="tv-keyboard__row">
            {row.map((key) => {
              const face = keyFace(key, modifiers, t, submitLabel);

              return (
                <KeyboardKey
                  key={key.id}
                  keyModel={key}
                  focusKey={`${focusKey}-${key.id}`}
                  row={rowIndex}
                  label={face.label}
                  ariaLabel={face.ariaLabel}
                  pressed={face.pressed}
                  onPress={() => press(key.action)}
                />
              );
            })}
          </div>
        ))}
      </div>
    </FocusContext.Provider>
  );
}
