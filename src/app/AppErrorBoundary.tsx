import { setFocus } from '@noriginmedia/norigin-spatial-navigation';
import { Component, useEffect, type ErrorInfo, type ReactNode } from 'react';
import { useI18n } from '../i18n/useI18n';
import { createLogger } from '../logger';
import { FocusableButton } from '../tv/FocusableButton';

const log = createLogger('app');

const CRASH_RETRY_FOCUS_KEY = 'crash-retry';
const CRASH_BACK_FOCUS_KEY = 'crash-back';

interface AppErrorBoundaryProps {
  children: ReactNode;
  /** Runs before the tree is rendered again, to clear what may have caused the error. */
  onRetry?: () => void;
  /** Shows a Back button that runs this, such as closing the crashed screen. */
  onBack?: () => void;
  /**
   * The screen the boundary wraps, for logs and focus keys. Each screen of the stack has its own
   * boundary, so its buttons get keys such as `crash-retry:show`. Without it the keys are
   * `crash-retry` and `crash-back`.
   */
  screenId?: string;
}

interface AppErrorBoundaryState {
  error: unknown;
  hasError: boolean;
}

/**
 * Replaces a crashed screen tree with an explanation, a Retry button that renders it again and,
 * with `onBack`, a Back button.
 */
export class AppErrorBoundary extends Component<AppErrorBoundaryProps, AppErrorBoundaryState> {
  override state: AppErrorBoundaryState = { error: null, hasError: false };

  static getDerivedStateFromError(error: unknown): AppErrorBoundaryState {
    return { error, hasError: true };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo): void {
    log.error('a screen crashed', {
      screen: this.props.screenId ?? null,
      error: error instanceof Error ? `${error.name}: ${error.message}` : String(error),
      componentStack: info.componentStack?.split('\n').slice(0, 6).join('\n'),
    });
  }

  private retry = (): void => {
    this.props.onRetry?.();
    this.setState({ error: null, hasError: false });
  };

  override render(): ReactNode {
    if (this.state.hasError) {
      return <CrashScreen error={this.state.error} onRetry={this.retry} onBack={this.props.onBack} screenId={this.props.screenId} />;
    }

    return this.props.children;
  }
}

interface CrashScreenProps {
  error: unknown;
  onRetry: () => void;
  onBack?: () => void;
  screenId?: string;
}

function CrashScreen({ error, onRetry, onBack, screenId }: CrashScreenProps) {
  const { t } = useI18n();
  const reason = error instanceof Error && error.message ? error.message : t('error.unknown');
  const retryFocusKey = screenId ? `${CRASH_RETRY_FOCUS_KEY}:${screenId}` : CRASH_RETRY_FOCUS_KEY;
  const backFocusKey = screenId ? `${CRASH_BACK_FOCUS_KEY}:${screenId}` : CRASH_BACK_FOCUS_KEY;

  useEffect(() => {
    void setFocus(retryFocusKey);
  }, [retryFocusKey]);

  return (
    <main className="crash" role="alert">
      <h1 className="crash__title">{t('crash.title')}</h1>
      <p className="crash__body">{t('crash.body', { reason })}</p>
      <FocusableButton focusKey={retryFocusKey} testId="crash-retry" onPress={onRetry}>
        {t('common.retry')}
      </FocusableButton>
      {onBack ? (
        <FocusableButton focusKey={backFocusKey} testId="crash-back" onPress={onBack} secondary>
          {t('navigation.back')}
        </FocusableButton>
      ) : null}
    </main>
  );
}
