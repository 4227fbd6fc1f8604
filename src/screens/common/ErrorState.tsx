import { useContext } from 'react';
import { ScreenStackContext } from '../../app/screenStackContext';
import { useI18n } from '../../i18n/useI18n';
import { FocusableButton } from '../../tv/FocusableButton';
import { describeError } from '../describeError';
import './statePanels.css';

/** Focus key of the Retry button of the panel with `focusKeyPrefix`, for `useScreenDefaultFocus`. */
export function errorRetryFocusKey(focusKeyPrefix: string): string {
  return `${focusKeyPrefix}-retry`;
}

/** Focus key of the Back button of the panel with `focusKeyPrefix`. */
export function errorBackFocusKey(focusKeyPrefix: string): string {
  return `${focusKeyPrefix}-back`;
}

export interface ErrorStateProps {
  /**
   * What could not be done, as a sentence with a `{reason}` already filled in by the caller, or
   * without one: then the reason from `error` is shown on a second line.
   */
  message: string;
  /** The failure, described in the member's language under `message`. Omit when `message` says it. */
  error?: unknown;
  onRetry: () => void;
  /** True while the retried request runs: the button reads "Loading…" and presses do nothing. */
  retrying?: boolean;
  /** Prefix of the buttons' focus keys, unique in the app (`shows-error` → `shows-error-retry`). */
  focusKeyPrefix: string;
  /**
   * Back's action. Defaults to popping the screen stack, and the Back button is left out on the
   * first screen (there Back means leaving the app, which the remote's own key does).
   */
  onBack?: () => void;
  testId?: string;
}

/** Renders why something failed, with Retry and, below the first screen, Back. */
export function ErrorState({ message, error, onRetry, retrying = false, focusKeyPrefix, onBack, testId }: ErrorStateProps) {
  const { t } = useI18n();
  const stack = useContext(ScreenStackContext);

  let back: (() => void) | null = onBack ?? null;
  if (!back && stack && stack.depth > 1) {
    back = () => {
      stack.pop();
    };
  }

  return (
    <div className="state-panel state-panel--error" data-testid={testId} role="alert">
      <p className="state-panel__text">{message}</p>
      {error === undefined ? null : <p className="state-panel__reason">{describeError(error, t)}</p>}

      <div className="state-panel__actions">
        <FocusableButton
          focusKey={errorRetryFocusKey(focusKeyPrefix)}
          testId={testId ? `${testId}-retry` : undefined}
          onPress={() => {
            if (!retrying) {
              onRetry();
            }
          }}
        >
          {retrying ? t('common.loading') : t('common.retry')}
        </FocusableButton>

        {back ? (
          <FocusableButton
            focusKey={errorBackFocusKey(focusKeyPrefix)}
            secondary
            className="state-panel__back"
            testId={testId ? `${testId}-back` : undefined}
            onPress={back}
          >
            {t('navigation.back')}
          </FocusableButton>
        ) : null}
      </div>
    </div>
  );
}
