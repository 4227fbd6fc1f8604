import { setFocus } from '@noriginmedia/norigin-spatial-navigation';
import { useCallback, useEffect, useRef, useState } from 'react';
import { isWrongCredentials, signInWithPassword } from '../../api/auth';
import { AbortedError } from '../../api/errors';
import { useI18n } from '../../i18n/useI18n';
import { useSession } from '../../session/useSession';
import { isSecureApiUrl } from '../../signin/isSecureApiUrl';
import { md5Hex } from '../../signin/md5Hex';
import { FocusableButton } from '../../tv/FocusableButton';
import { OnScreenKeyboard } from '../../tv/keyboard/OnScreenKeyboard';
import { useBackHandler } from '../../tv/useBackHandler';
import { useScreen, useScreenDefaultFocus } from '../../tv/useScreen';
import { describeError } from '../describeError';
import './SignInScreens.css';

export const LOGIN_KEYBOARD_FOCUS_KEY = 'sign-in-login-keyboard';
export const PASSWORD_KEYBOARD_FOCUS_KEY = 'sign-in-password-keyboard';

/** BetaSeries logins and e-mail addresses fit well within this; it bounds what a stuck key can type. */
const MAX_LOGIN_LENGTH = 100;
const MAX_PASSWORD_LENGTH = 100;

type Step = 'login' | 'password';

type Status = { kind: 'idle' } | { kind: 'signingIn' } | { kind: 'message'; text: string };

/**
 * Renders sign-in with a login (or e-mail address) and a password, typed on the on-screen
 * keyboard in two steps. The password is hidden unless the member shows it, turned into its MD5
 * as soon as it is submitted, and then dropped: it is never stored, logged or put in an address.
 * When the API address is plain HTTP and not this machine, the screen explains why it refuses
 * and shows no keyboard, because the MD5 works like the password itself.
 */
export function PasswordSignInScreen() {
  const { t } = useI18n();
  const { active } = useScreen();
  const { client, controller } = useSession();
  const [step, setStep] = useState<Step>('login');
  const [login, setLogin] = useState('');
  const [password, setPassword] = useState('');
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const requestRef = useRef<AbortController | null>(null);

  const secure = isSecureApiUrl(client.config.baseUrl);
  const keyboardFocusKey = step === 'login' ? LOGIN_KEYBOARD_FOCUS_KEY : PASSWORD_KEYBOARD_FOCUS_KEY;

  useScreenDefaultFocus(secure ? keyboardFocusKey : null);

  // The other step's keyboard replaces this one, so the focus is placed on it explicitly.
  useEffect(() => {
    if (secure && active) {
      void setFocus(keyboardFocusKey);
    }
  }, [secure, active, keyboardFocusKey]);

  useEffect(() => () => requestRef.current?.abort(), []);

  const backToLogin = useCallback(() => {
    requestRef.current?.abort();
    setPassword('');
    setStatus({ kind: 'idle' });
    setStep('login');
  }, []);

  useBackHandler(() => {
    backToLogin();
    return true;
  }, active && step === 'password');

  const submitLogin = (value: string) => {
    if (value.trim() === '') {
      setStatus({ kind: 'message', text: t('signin.password.emptyLogin') });
      return;
    }

    setStatus({ kind: 'idle' });
    setStep('password');
  };

  const submitPassword = (value: string) => {
    if (status.kind === 'signingIn') {
      return;
    }

    if (value === '') {
      setStatus({ kind: 'message', text: t('signin.password.emptyPassword') });
      return;
    }

    // Only the hash leaves this function; the typed password is cleared at once.
    const passwordMd5 = md5Hex(value);
    setPassword('');

    const request = new AbortController();
    requestRef.current = request;
    setStatus({ kind: 'signingIn' });

    signInWithPassword(client, login, passwordMd5, request.signal).then(
      ({ token, member }) => {
        if (!request.signal.aborted) {
          controller.signIn(token, { id: member.id, login: member.login });
        }
      },
      (error: unknown) => {
        if (request.signal.aborted || error instanceof AbortedError) {
          return;
        }

        const text = isWrongCredentials(error) ? t('signin.password.wrong') : t('signin.password.failed', { reason: describeError(error, t) });
        setStatus({ kind: 'message', text });
      },
    );
  };

  if (!secure) {
    return (
      <main className="sign-in safe-area" data-testid="password-sign-in">
        <h1 className="sign-in__title">{t('signin.password.title')}</h1>
        <p className="notice notice--error" role="alert" data-testid="password-insecure">
          {t('signin.password.insecure', { url: client.config.baseUrl })}
        </p>
      </main>
    );
  }

  const fieldLabel = step === 'login' ? t('signin.password.loginLabel') : t('signin.password.passwordLabel');
  const keyboard =
    step === 'login'
      ? {
          focusKey: LOGIN_KEYBOARD_FOCUS_KEY,
          testId: 'login-keyboard',
          mode: 'text' as const,
          value: login,
          onChange: setLogin,
          onSubmit: submitLogin,
          submitLabel: t('signin.password.next'),
          maxLength: MAX_LOGIN_LENGTH,
        }
      : {
          focusKey: PASSWORD_KEYBOARD_FOCUS_KEY,
          testId: 'password-keyboard',
          mode: 'password' as const,
          value: password,
          onChange: setPassword,
          onSubmit: submitPassword,
          submitLabel: t('signin.password.submit'),
          maxLength: MAX_PASSWORD_LENGTH,
        };

  return (
    <main className="sign-in safe-area" data-testid="password-sign-in">
      <h1 className="sign-in__title">{t('signin.password.title')}</h1>

      <div className="sign-in__body">
        <div className="sign-in__keyboard-column">
          {/* The field's name sits right above the field, where the eye goes while typing. */}
          <p className="sign-in__field-name">{fieldLabel}</p>
          <OnScreenKeyboard key={step} label={fieldLabel} {...keyboard} />
        </div>

        <div className="sign-in__aside">
          {step === 'password' ? (
            <>
              <p className="sign-in__login-line" data-testid="password-login">
                {t('signin.password.loginLine', { login: login.trim() })}
              </p>
              <FocusableButton focusKey="sign-in-change-login" testId="change-login" secondary onPress={backToLogin}>
                {t('signin.password.changeLogin')}
              </FocusableButton>
            </>
          ) : null}

          <p className="sign-in__status" role="status" data-testid="password-status">
            {status.kind === 'signingIn' ? t('signin.password.signingIn') : ''}
            {status.kind === 'message' ? status.text : ''}
          </p>
        </div>
      </div>
    </main>
  );
}
