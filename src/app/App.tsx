import { lazy, Suspense, useEffect, useMemo, useState, type ComponentType, type LazyExoticComponent } from 'react';
import { I18nProvider } from '../i18n/I18nProvider';
import { loadWhoIsWatchingTexts } from '../i18n/loadTexts';
import { useI18n } from '../i18n/useI18n';
import { SignInRoot } from '../screens/SignIn/SignInRoot';
import { useSession } from '../session/useSession';
import { BackHandlerProvider } from '../tv/BackHandlerProvider';
import type { AppServices, StartServices } from './appServices';
import { AppErrorBoundary } from './AppErrorBoundary';
import { ScreenLoading } from './ScreenLoading';
import { ScreenStack } from './ScreenStack';
import type { ScreenDescriptor } from './screenStackContext';
import { SessionProvider } from '../session/SessionProvider';
import { loadSignedInApp, prefetchSignedInAppWhenIdle } from './signedInAppLoader';

type SignedInAppComponent = LazyExoticComponent<ComponentType<{ services: StartServices | AppServices; leaveApp?: () => void }>>;

const signedInAppByAttempt = new Map<number, SignedInAppComponent>();

/**
 * Returns the signed-in part for one load attempt. A `lazy()` component keeps a failed import
 * for good, so each Retry of the error boundary gets a new one, and a download that failed (Wi-Fi
 * lost, a deploy that removed the old files) starts again. The same attempt always gets the same
 * component, so a render never remounts it.
 */
function signedInAppFor(attempt: number): SignedInAppComponent {
  let component = signedInAppByAttempt.get(attempt);
  if (!component) {
    component = lazy(() => loadSignedInApp().then((module) => ({ default: module.SignedInApp })));
    signedInAppByAttempt.set(attempt, component);
  }

  return component;
}

// The screen renders once its texts are there too, so it never shows a text key.
const WhoIsWatchingScreen = lazy(async () => {
  const [module] = await Promise.all([import('../screens/Members/WhoIsWatchingScreen'), loadWhoIsWatchingTexts()]);

  return { default: module.WhoIsWatchingScreen };
});

export interface AppProps {
  /** The app's services. A test may add its own query client (`AppServices`), else the signed-in part creates one. */
  services: StartServices | AppServices;
  /** Handler of Back on the first screen; the platform's exit by default. */
  leaveApp?: () => void;
}

/** Renders the providers, in dependency order, around the screens. */
export function App({ services, leaveApp }: AppProps) {
  const [loadAttempt, setLoadAttempt] = useState(0);

  return (
    <I18nProvider store={services.localeStore}>
      <SessionProvider controller={services.session} client={services.client}>
        <BackHandlerProvider>
          <AppErrorBoundary onRetry={() => setLoadAttempt((attempt) => attempt + 1)}>
            <AppScreens services={services} leaveApp={leaveApp} loadAttempt={loadAttempt} />
          </AppErrorBoundary>
        </BackHandlerProvider>
      </SessionProvider>
    </I18nProvider>
  );
}

interface AppScreensProps {
  services: StartServices | AppServices;
  leaveApp?: () => void;
  /** Counts the error boundary's Retry presses; each one loads the member screens again. */
  loadAttempt: number;
}

/** Renders a full-screen status line, for the moments when no screen can show yet. */
function Splash({ text }: { text: string }) {
  return (
    <div className="splash" role="status">
      {text}
    </div>
  );
}

/**
 * Picks the first screen from the session: sign-in (pairing first) with no member paired,
 * "Who's watching?" to choose among several, the member's home once one is chosen. Each of them
 * starts a new stack (its `key`), so nothing of the previous member remains on screen. While
 * adding a member, Back on the first sign-in screen returns to "Who's watching?".
 */
function AppScreens({ services, leaveApp, loadAttempt }: AppScreensProps) {
  const { t } = useI18n();
  const { state, controller, members } = useSession();

  const SignedInApp = signedInAppFor(loadAttempt);

  const notice = state.status === 'signedOut' ? state.notice : null;
  const adding = state.status === 'adding';
  const memberScreensDue = state.status === 'signedIn' || state.status === 'signingOut';

  // Home comes next after a session check of a stored member or a redirect sign-in, so its code
  // downloads at once. On "Who's watching?" the download waits for the page to be idle.
  const expectingMember = memberScreensDue || state.status === 'completingSignIn' || (state.status === 'checking' && members.length > 0);
  useEffect(() => {
    if (expectingMember) {
      void loadSignedInApp().catch(() => undefined);
    } else if (state.status === 'choosing') {
      prefetchSignedInAppWhenIdle();
    }
  }, [expectingMember, state.status]);

  const signInRoot = useMemo<ScreenDescriptor>(
    () => ({
      id: 'pairing',
      render: () => (
        <SignInRoot
          provider={services.pairingProvider}
          notice={notice}
          onAuthorized={(token) => controller.signIn(token)}
          onCancel={adding ? () => controller.cancelAdding() : undefined}
          onCodeShown={prefetchSignedInAppWhenIdle}
        />
      ),
    }),
    [services.pairingProvider, notice, adding, controller],
  );

  const choosing = state.status === 'choosing' ? state : null;
  const membersRoot = useMemo<ScreenDescriptor>(
    () => ({
      id: 'members',
      render: () => (
        <Suspense fallback={<ScreenLoading screenId="members" />}>
          <WhoIsWatchingScreen members={choosing?.members ?? []} notice={choosing?.notice ?? null} canReturn={Boolean(choosing?.returnKey)} />
        </Suspense>
      ),
    }),
    [choosing],
  );

  if (state.status === 'checking' || state.status === 'completingSignIn') {
    return <Splash text={t(state.status === 'checking' ? 'session.checking' : 'signin.completing')} />;
  }

  if (state.status === 'signedOut') {
    return <ScreenStack key="signed-out" root={signInRoot} leaveApp={leaveApp} />;
  }

  if (state.status === 'adding') {
    return <ScreenStack key="adding" root={signInRoot} leaveApp={() => controller.cancelAdding()} />;
  }

  if (state.status === 'choosing') {
    // Opened from Profile, Back returns to the member who opened it; otherwise it leaves the app.
    const returnKey = state.returnKey;
    const leaveChooser = returnKey ? () => void controller.chooseMember(returnKey) : leaveApp;
    return <ScreenStack key="members" root={membersRoot} leaveApp={leaveChooser} />;
  }

  // The splash shows until the signed-in part's code has arrived, so no frame between pairing and
  // Home is blank. Home's own chunk comes with it (see `loadSignedInApp`).
  return (
    <Suspense fallback={<Splash text={t('common.loading')} />}>
      {/* eslint-disable-next-line react-hooks/static-components -- one cached component per attempt (signedInAppFor), not one per render */}
      <SignedInApp services={services} leaveApp={leaveApp} />
    </Suspense>
  );
}
