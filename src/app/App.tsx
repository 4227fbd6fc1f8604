import { QueryClientProvider } from '@tanstack/react-query';
import { useMemo } from 'react';
import { I18nProvider } from '../i18n/I18nProvider';
import { useI18n } from '../i18n/useI18n';
import type { DeviceFlowProvider } from '../pairing/types';
import { PairingScreen } from '../screens/Pairing/PairingScreen';
import { ToWatchScreen } from '../screens/ToWatch/ToWatchScreen';
import { SessionProvider } from '../session/SessionProvider';
import { useSession } from '../session/useSession';
import { BackHandlerProvider } from '../tv/BackHandlerProvider';
import type { AppServices } from './appServices';
import { AppErrorBoundary } from './AppErrorBoundary';
import { ScreenStack } from './ScreenStack';
import type { ScreenDescriptor } from './screenStackContext';

export interface AppProps {
  services: AppServices;
  /** Handler of Back on the first screen; the platform's exit by default. */
  leaveApp?: () => void;
}

/** Renders the providers, in dependency order, around the screens. */
export function App({ services, leaveApp }: AppProps) {
  return (
    <I18nProvider store={services.localeStore}>
      <QueryClientProvider client={services.queryClient}>
        <SessionProvider controller={services.session} client={services.client}>
          <BackHandlerProvider>
            <AppErrorBoundary onRetry={() => services.queryClient.resetQueries()}>
              <AppScreens pairingProvider={services.pairingProvider} leaveApp={leaveApp} />
            </AppErrorBoundary>
          </BackHandlerProvider>
        </SessionProvider>
      </QueryClientProvider>
    </I18nProvider>
  );
}

interface AppScreensProps {
  pairingProvider: DeviceFlowProvider;
  leaveApp?: () => void;
}

/**
 * Picks the first screen from the session: pairing without a token, "To watch" with one. A
 * change of session starts a new stack (its `key`), so nothing of the previous member remains.
 */
function AppScreens({ pairingProvider, leaveApp }: AppScreensProps) {
  const { t } = useI18n();
  const { state, controller } = useSession();

  const notice = state.status === 'signedOut' ? state.notice : null;

  const pairingRoot = useMemo<ScreenDescriptor>(
    () => ({
      id: 'pairing',
      render: () => <PairingScreen provider={pairingProvider} notice={notice} onAuthorized={controller.signIn} />,
    }),
    [pairingProvider, notice, controller],
  );

  const memberRoot = useMemo<ScreenDescriptor>(() => ({ id: 'to-watch', render: () => <ToWatchScreen /> }), []);

  if (state.status === 'checking') {
    return (
      <div className="splash" role="status">
        {t('session.checking')}
      </div>
    );
  }

  if (state.status === 'signedOut') {
    return <ScreenStack key="signed-out" root={pairingRoot} leaveApp={leaveApp} />;
  }

  return <ScreenStack key="signed-in" root={memberRoot} leaveApp={leaveApp} />;
}
