import { useI18n } from '../../i18n/useI18n';
import './ShortcutHints.css';

/** A key as drawn in the hints: a colour key's dot, or a key cap with a label (`OK`, `←`). */
export type HintKey = 'red' | 'green' | 'yellow' | 'blue' | 'ok' | 'left';

export interface ShortcutHint {
  key: HintKey;
  label: string;
}

const KEY_CAPS: Partial<Record<HintKey, string>> = { ok: 'OK', left: '\u2190' };

/** Renders the remote shortcuts that act on the focused item, at the bottom of the screen. */
export function ShortcutHints({ hints }: { hints: readonly ShortcutHint[] }) {
  const { t } = useI18n();

  return (
    <ul className="shortcut-hints" aria-label={t('watched.hintsLabel')} data-testid="shortcut-hints">
      {hints.map((hint) => {
        const cap = KEY_CAPS[hint.key];

        return (
          <li key={hint.key} className="shortcut-hints__item" data-key={hint.key}>
            {cap ? (
              <span className="shortcut-hints__cap" aria-hidden="true">
                {cap}
              </span>
            ) : (
              <span className={`shortcut-dot shortcut-dot--${hint.key}`} aria-hidden="true" />
            )}
            {hint.label}
          </li>
        );
      })}
    </ul>
  );
}
