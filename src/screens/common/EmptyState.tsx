import { FocusableButton } from '../../tv/FocusableButton';
import './statePanels.css';

export interface EmptyStateAction {
  label: string;
  onPress: () => void;
  /** Give the screen's `useScreenDefaultFocus` this key, so OK does the suggested step at once. */
  focusKey: string;
  testId?: string;
}

export interface EmptyStateProps {
  /** What is empty and what to do about it: "No show yet. Open Search to add one." */
  message: string;
  /** The button that does the suggested step, when the app can do it. */
  action?: EmptyStateAction;
  testId?: string;
}

/** Renders an empty list's explanation and, when there is one, the button that fixes it. */
export function EmptyState({ message, action, testId }: EmptyStateProps) {
  return (
    <div className="state-panel" data-testid={testId} role="status">
      <p className="state-panel__text">{message}</p>

      {action ? (
        <FocusableButton focusKey={action.focusKey} testId={action.testId} onPress={action.onPress}>
          {action.label}
        </FocusableButton>
      ) : null}
    </div>
  );
}
