import type { ColorKey } from './useColorKeys';
import './ColorKeyHint.css';

export interface ColorKeyHintProps {
  colorKey: ColorKey;
  /** What the key does, in the member's language ("Mark watched"). */
  label: string;
  testId?: string;
}

/** Renders a remote's colour key as a coloured dot beside what it does, so shortcuts are shown on screen. */
export function ColorKeyHint({ colorKey, label, testId }: ColorKeyHintProps) {
  return (
    <span className="color-key-hint" data-testid={testId} data-color-key={colorKey}>
      <span className={`color-key-hint__dot color-key-hint__dot--${colorKey}`} aria-hidden="true" />
      {label}
    </span>
  );
}
