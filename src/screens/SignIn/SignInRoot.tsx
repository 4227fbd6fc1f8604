import { lazy, Suspense, useCallback, useMemo } from 'react';
import { ScreenLoading } from '../../app/ScreenLoading';
import { useScreenStack } from '../../app/screenStackContext';
import { loadSignInMethodTexts } from '../../i18n/loadTexts';
import type { DeviceFlowProvider } from '../../pairing/types';
import type { SignedOutNotice } from '../../session/sessionState';
import { PairingScreen } from '../Pairing/PairingScreen';

// The other methods are rarely used, so their code (js-md5, the on-screen keyboard) and their
// texts stay out of the pairing screen's first load. A screen renders once both are there.
const PasswordSignInScreen = lazy(async () => {
  const [module] = await Promise.all([import('./PasswordSignInScreen'), loadSignInMethodTexts()]);
  return { default: module.PasswordSignInScreen };
});
const SignInChooserScreen = lazy(async () => {
  const [module] = await Promise.all([import('./SignInChooserScreen'), loadSignInMethodTexts()]);
  return { default: module.SignInChooserScreen };
});

export interface SignInRootProps {
  provider: DeviceFlowProvider;
  notice: SignedOutNotice | null;
  onAuthorized: (accessToken: string) => void;
  /** Returns to "Who's watching?" while adding a member. */
  onCancel?: () => void;
  /** Called each time the provider returns a code, which the screen then shows. */
  onCodeShown?: () => void;
}

/** Returns `provider` with `onCode` called after each code it returns. */
function notifyingProvider(provider: DeviceFlowProvider, onCode: () => void): DeviceFlowProvider {
  return {
    name: provider.name,
    poll: (deviceCode, signal) => provider.poll(deviceCode, signal),

    async requestCode(signal) {
      const code = await provider.requestCode(signal);
      onCode();
      return code;
    },

    takeReadyCode() {
      const ready = provider.takeReadyCode?.() ?? null;
      if (ready) {
        onCode();
      }

      return ready;
    },
  };
}

/**
 * Renders the first sign-in screen: pairing by device code, the default, with a way to the other
 * methods, which open on top of it so Back returns to the code.
 */
export function SignInRoot({ provider, notice, onAuthorized, onCancel, onCodeShown }: SignInRootProps) {
  const stack = useScreenStack();

  // PairingScreen needs a stable provider: a new one would restart the pairing.
  const pairingProvider = useMemo(() => (onCodeShown ? notifyingProvider(provider, onCodeShown) : provider), [provider, onCodeShown]);

  const openPassword = useCallback(() => {
    stack.push({
      id: 'sign-in-password',
      render: () => (
        <Suspense fallback={<ScreenLoading screenId="sign-in-password" />}>
          <PasswordSignInScreen />
        </Suspense>
      ),
    });
  }, [stack]);

  const openChooser = useCallback(() => {
    stack.push({
      id: 'sign-in-methods',
      render: () => (
        <Suspense fallback={<ScreenLoading screenId="sign-in-methods" />}>
          <SignInChooserScreen onUseCode={() => stack.pop()} onUsePassword={openPassword} />
        </Suspense>
      ),
    });
  }, [stack, openPassword]);

  return <PairingScreen provider={pairingProvider} notice={notice} onAuthorized={onAuthorized} onOtherMethods={openChooser} onCancel={onCancel} />;
}
