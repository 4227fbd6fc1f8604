import { setFocus } from '@noriginmedia/norigin-spatial-navigation';
import { Component, useEffect, type ErrorInfo, type ReactNode } from 'react';
import { useI18n } from '../i18n/useI18n';
import { createLogger } from '../logger';
import { FocusableButton } from '../tv/FocusableButton';

const log = createLogger('app');

const CRASH_RETRY_FOCUS_KEY = 'crash-retry';

interface AppErrorBoundaryProps {
  children: ReactNode;
  /** Runs before the tree is rendered again, to clear what may have caused the error. */
  onRetry?: () => void;
}

interface AppErrorBoundaryState {
  error: unknown;
  hasError: boolean;
}

/** Replaces a crashed screen tree with an explanation and a Retry button that renders it again. */
export class AppErrorBoundary extends Component<AppErrorBoundaryProps, AppErrorBoundaryState> {
  override state: AppErrorBoundaryState = { error: null, hasError: false };

  static getDerivedStateFromError(error: unknown): AppErrorBoundaryState {
    return { error, hasError: true };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo): void {
    log.error('a screen crashed', {
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
      return <CrashScreen error={this.state.error} onRetry={this.retry} />;
    }

    return this.props.children;
  }
}

function CrashScreen({ error, onRetry }: { error: unknown; onRetry: () => void }) {
  const { t } = useI18n();
  const reason = error instanceof Error && error.message ? error.message : t('error.unknown');

  useEffect(() => {
    void setFocus(CRASH_RETRY_FOCUS_KEY);
  }, []);

  return (
    <main className="crash" role="alert">
      <h1 className="crash__title">{t('crash.title')}</h1>
      <p className="crash__body">{t('crash.body', { reason })}</p>
      <FocusableButton focusKey={CRASH_RETRY_FOCUS_KEY} testId="crash-retry" onPress={onRetry}>
        {t('common.retry')}
      </FocusableButton>
    </main>
  );
}
