import { QueryClientProvider } from '@tanstack/react-query';
import { useMemo } from 'react';
import { I18nProvider } from '../i18n/I18nProvider';
import { useI18n } from '../i18n/useI18n';
import type { DeviceFlowProvider } from '../pairing/types';
import { WhoIsWatchingScreen } from '../screens/Members/WhoIsWatchingScreen';
import { SignInRoot } from '../screens/SignIn/SignInRoot';
import { SessionProvider } from '../session/SessionProvider';
import { useSession } from '../session/useSession';
import { BackHandlerProvider } from '../tv/BackHandlerProvider';
import type { AppServices } from './appServices';
import { AppErrorBoundary } from './AppErrorBoundary';
import { ScreenStack } from './ScreenStack';
import { screenForRoute } from './screenForRoute';
import type { ScreenDescriptor } from './screenStackContext';
import { useQueueForSession } from '../actions/useQueueForSession';

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
 * Picks the first screen from the session: sign-in (pairing first) with no member paired,
 * "Who's watching?" to choose among several, the member's home once one is chosen. Each of them
 * starts a new stack (its `key`), so nothing of the previous member remains on screen. With
 * several members paired, Back on the member's first screen returns to "Who's watching?", whose
 * own Back leaves the app. While adding a member, Back on the first sign-in screen returns there.
 */
function AppScreens({ pairingProvider, leaveApp }: AppScreensProps) {
  const { t } = useI18n();

  // Queued actions replay as soon as their member is signed in, whatever screen is open.
  useQueueForSession();
  const { state, controller, members, activeMemberKey } = useSession();

  const notice = state.status === 'signedOut' ? state.notice : null;
  const adding = state.status === 'adding';

  const signInRoot = useMemo<ScreenDescriptor>(
    () => ({
      id: 'pairing',
      render: () => (
        <SignInRoot
          provider={pairingProvider}
          notice={notice}
          onAuthorized={(token) => controller.signIn(token)}
          onCancel={adding ? () => controller.cancelAdding() : undefined}
        />
      ),
    }),
    [pairingProvider, notice, adding, controller],
  );

  const choosing = state.status === 'choosing' ? state : null;
  const membersRoot = useMemo<ScreenDescriptor>(
    () => ({ id: 'members', render: () => <WhoIsWatchingScreen members={choosing?.members ?? []} notice={choosing?.notice ?? null} /> }),
    [choosing],
  );

  const memberRoot = useMemo<ScreenDescriptor>(() => screenForRoute({ name: 'home' }), []);

  if (state.status === 'checking' || state.status === 'completingSignIn') {
    return (
      <div className="splash" role="status">
        {t(state.status === 'checking' ? 'session.checking' : 'signin.completing')}
      </div>
    );
  }

  if (state.status === 'signedOut') {
    return <ScreenStack key="signed-out" root={signInRoot} leaveApp={leaveApp} />;
  }

  if (state.status === 'adding') {
    return <ScreenStack key="adding" root={signInRoot} leaveApp={() => controller.cancelAdding()} />;
  }

  if (state.status === 'choosing') {
    return <ScreenStack key="members" root={membersRoot} leaveApp={leaveApp} />;
  }

  // NOTE: with one member paired, Back leaves the app, so "Who's watching?" (and its "Add a member")
  // cannot be reached until the side menu gets an entry that calls `controller.switchMember()`.
  const leaveMemberScreens = members.length > 1 ? () => controller.switchMember() : leaveApp;
  return <ScreenStack key={`signed-in-${activeMemberKey ?? 'new'}`} root={memberRoot} leaveApp={leaveMemberScreens} />;
}
