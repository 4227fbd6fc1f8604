import { useCallback } from 'react';
import { useScreenStack } from '../../app/screenStackContext';
import type { DeviceFlowProvider } from '../../pairing/types';
import type { SignedOutNotice } from '../../session/sessionState';
import { PairingScreen } from '../Pairing/PairingScreen';
import { PasswordSignInScreen } from './PasswordSignInScreen';
import { SignInChooserScreen } from './SignInChooserScreen';

export interface SignInRootProps {
  provider: DeviceFlowProvider;
  notice: SignedOutNotice | null;
  onAuthorized: (accessToken: string) => void;
  /** Returns to "Who's watching?" while adding a member. */
  onCancel?: () => void;
}

/**
 * Renders the first sign-in screen: pairing by device code, the default, with a way to the other
 * methods, which open on top of it so Back returns to the code.
 */
export function SignInRoot({ provider, notice, onAuthorized, onCancel }: SignInRootProps) {
  const stack = useScreenStack();

  const openPassword = useCallback(() => {
    stack.push({ id: 'sign-in-password', render: () => <PasswordSignInScreen /> });
  }, [stack]);

  const openChooser = useCallback(() => {
    stack.push({
      id: 'sign-in-methods',
      render: () => <SignInChooserScreen onUseCode={() => stack.pop()} onUsePassword={openPassword} />,
    });
  }, [stack, openPassword]);

  return <PairingScreen provider={provider} notice={notice} onAuthorized={onAuthorized} onOtherMethods={openChooser} onCancel={onCancel} />;
}
