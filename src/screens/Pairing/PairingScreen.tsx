import { setFocus } from '@noriginmedia/norigin-spatial-navigation';
import { useEffect, useRef } from 'react';
import { useI18n } from '../../i18n/useI18n';
import type { DeviceFlowProvider } from '../../pairing/types';
import { useDevicePairing } from '../../pairing/useDevicePairing';
import type { SignedOutNotice } from '../../session/sessionState';
import { FocusableButton } from '../../tv/FocusableButton';
import { useScreen, useScreenDefaultFocus } from '../../tv/useScreen';
import { LanguageButton } from '../LanguageButton';
import { describePairingStatus } from './describePairingStatus';
import { PairingCodePanel } from './PairingCodePanel';
import { describePairingState, spellCode } from './pairingView';
import { useClock } from './useClock';
import './PairingScreen.css';

export const NEW_CODE_FOCUS_KEY = 'pairing-new-code';
export const PAIRING_LANGUAGE_FOCUS_KEY = 'pairing-language';
export const OTHER_METHODS_FOCUS_KEY = 'pairing-other-methods';
export const CANCEL_ADDING_FOCUS_KEY = 'pairing-cancel-adding';

export interface PairingScreenProps {
  /** The device-flow server: BetaSeries in the app, a scripted fake in tests. Keep it stable. */
  provider: DeviceFlowProvider;
  /** Receives the token once the member has confirmed on their phone. */
  onAuthorized: (accessToken: string) => void;
  /** Reason the member is here again, when it was not their choice. */
  notice?: SignedOutNotice | null;
  /** Opens the other sign-in methods; without it, the button is not shown. */
  onOtherMethods?: () => void;
  /** Returns to "Who's watching?" while adding a member; without it, the button is not shown. */
  onCancel?: () => void;
}

const NOTICE_TEXT_KEYS = {
  sessionEnded: 'pairing.sessionEnded',
  signInRefused: 'signin.notice.refused',
  signInRejected: 'signin.notice.rejected',
  signInFailed: 'signin.notice.failed',
} as const;

/**
 * Renders sign-in by device code, readable from the couch: the address and a QR code to open on a
 * phone, the code to type there, its countdown, and a status line describing what is happening.
 */
export function PairingScreen({ provider, onAuthorized, notice = null, onOtherMethods, onCancel }: PairingScreenProps) {
  const { t } = useI18n();
  const { active } = useScreen();
  const { state, renew, noteActivity } = useDevicePairing(provider);

  const view = describePairingState(state);
  // The clock drives both the code's countdown and the countdown to the next try after a fault.
  const now = useClock(1000, view.expiresAt !== null || view.retry !== null);

  // Any remote key means someone is at the TV, which lets the engine renew an expired code by itself.
  useEffect(() => {
    if (!active) {
      return undefined;
    }

    const onKeyDown = () => noteActivity();
    window.addEventListener('keydown', onKeyDown, true);
    return () => window.removeEventListener('keydown', onKeyDown, true);
  }, [active, noteActivity]);

  const accessToken = state.status === 'authorized' ? state.accessToken : null;
  const handedTokenRef = useRef<string | null>(null);

  useEffect(() => {
    if (!accessToken || handedTokenRef.current === accessToken) {
      return;
    }

    handedTokenRef.current = accessToken;
    onAuthorized(accessToken);
  }, [accessToken, onAuthorized]);

  // "New code" takes the focus whenever it appears, even if the member had moved it elsewhere.
  useEffect(() => {
    if (view.offerNewCode && active) {
      void setFocus(NEW_CODE_FOCUS_KEY);
    }
  }, [view.offerNewCode, active]);

  // "Other ways to sign in" is the one action on the TV itself while the member uses their phone.
  let defaultFocusKey = onOtherMethods ? OTHER_METHODS_FOCUS_KEY : PAIRING_LANGUAGE_FOCUS_KEY;
  if (view.offerNewCode) {
    defaultFocusKey = NEW_CODE_FOCUS_KEY;
  }

  useScreenDefaultFocus(defaultFocusKey);

  const liveCode = view.status === 'waiting' ? view.code : null;
  const announcement = liveCode
    ? t('pairing.announce', { code: spellCode(liveCode.userCode), url: liveCode.verificationUrl })
    : '';

  return (
    <main className="pairing safe-area">
      <header className="pairing__header">
        <h1 className="pairing__title">{t('pairing.title')}</h1>
        <LanguageButton focusKey={PAIRING_LANGUAGE_FOCUS_KEY} />
      </header>

      {notice ? (
        <p className="notice notice--warning" role="alert" data-testid="sign-in-notice">
          {t(NOTICE_TEXT_KEYS[notice])}
        </p>
      ) : null}

      <PairingCodePanel view={view} now={now}>
        <p className={`pairing__status pairing__status--${view.status}`} role="status" data-testid="pairing-status">
          {describePairingStatus(view, now, t)}
        </p>

        <div className="pairing__actions">
          {view.offerNewCode ? (
            <FocusableButton focusKey={NEW_CODE_FOCUS_KEY} testId="new-code" onPress={renew}>
              {t('pairing.newCode')}
            </FocusableButton>
          ) : null}
          {onOtherMethods ? (
            <FocusableButton focusKey={OTHER_METHODS_FOCUS_KEY} testId="other-sign-in-methods" secondary onPress={onOtherMethods}>
              {t('signin.otherMethods')}
            </FocusableButton>
          ) : null}
          {onCancel ? (
            <FocusableButton focusKey={CANCEL_ADDING_FOCUS_KEY} testId="cancel-adding" secondary onPress={onCancel}>
              {t('signin.cancelAdding')}
            </FocusableButton>
          ) : null}
        </div>
      </PairingCodePanel>

      <div className="visually-hidden" aria-live="polite" aria-atomic="true" data-testid="pairing-announcement">
        {announcement}
      </div>
    </main>
  );
}
