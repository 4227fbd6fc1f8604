import { useEffect, useRef, useState } from 'react';
import { AbortedError } from '../../api/errors';
import { useI18n } from '../../i18n/useI18n';
import { createLogger } from '../../logger';
import { useSession } from '../../session/useSession';
import { canRedirectToSignIn } from '../../signin/redirectUrls';
import { FocusableButton } from '../../tv/FocusableButton';
import { useScreenDefaultFocus } from '../../tv/useScreen';
import { describeError } from '../describeError';
import { browserRedirectEnvironment } from './browserRedirectEnvironment';
import { startAuthorizationCodeSignIn, startMemberKeySignIn, type RedirectEnvironment } from './startRedirectSignIn';
import { resolveWebBaseUrl } from './webBaseUrl';
import './SignInScreens.css';

const log = createLogger('signin');

export const CHOOSER_CODE_FOCUS_KEY = 'sign-in-code';

export interface SignInChooserScreenProps {
  /** Back to the device code, the default method. */
  onUseCode: () => void;
  onUsePassword: () => void;
  /** The browser around a redirect; the real one by default. */
  environment?: RedirectEnvironment;
}

type RedirectStatus = { kind: 'idle' } | { kind: 'leaving' } | { kind: 'failed'; error: unknown };

/**
 * Renders the sign-in methods besides the device code: login and password, and, when this page
 * can leave for BetaSeries and come back (an http(s) page and a known BetaSeries address), the
 * OAuth 2.0 redirect and the key flow.
 */
export function SignInChooserScreen({ onUseCode, onUsePassword, environment }: SignInChooserScreenProps) {
  const { t } = useI18n();
  const { client } = useSession();
  const [status, setStatus] = useState<RedirectStatus>({ kind: 'idle' });
  const requestRef = useRef<AbortController | null>(null);

  const browser = environment ?? browserRedirectEnvironment();
  const webBaseUrl = resolveWebBaseUrl(client.config, browser.pageUrl);
  const redirectPossible = webBaseUrl !== null && canRedirectToSignIn(browser.pageUrl);

  useScreenDefaultFocus(CHOOSER_CODE_FOCUS_KEY);

  useEffect(() => () => requestRef.current?.abort(), []);

  const startAuthorizationCode = () => {
    if (webBaseUrl === null || status.kind === 'leaving') {
      return;
    }

    try {
      setStatus({ kind: 'leaving' });
      startAuthorizationCodeSignIn(client, webBaseUrl, browser);
    } catch (error) {
      log.warn('the redirect sign-in could not start', { method: 'authorizationCode', error: error instanceof Error ? error.message : String(error) });
      setStatus({ kind: 'failed', error });
    }
  };

  const startMemberKey = () => {
    if (webBaseUrl === null || status.kind === 'leaving') {
      return;
    }

    const request = new AbortController();
    requestRef.current = request;
    setStatus({ kind: 'leaving' });

    startMemberKeySignIn(client, webBaseUrl, browser, request.signal).catch((error: unknown) => {
      if (request.signal.aborted || error instanceof AbortedError) {
        return;
      }

      log.warn('the redirect sign-in could not start', { method: 'memberKey', error: error instanceof Error ? error.name : String(error) });
      setStatus({ kind: 'failed', error });
    });
  };

  return (
    <main className="sign-in safe-area" data-testid="sign-in-chooser">
      <h1 className="sign-in__title">{t('signin.chooser.title')}</h1>

      <div className="sign-in__choices">
        <FocusableButton focusKey={CHOOSER_CODE_FOCUS_KEY} testId="sign-in-with-code" onPress={onUseCode}>
          {t('signin.chooser.code')}
        </FocusableButton>
        <FocusableButton focusKey="sign-in-password" testId="sign-in-with-password" onPress={onUsePassword}>
          {t('signin.chooser.password')}
        </FocusableButton>
        {redirectPossible ? (
          <>
            <FocusableButton focusKey="sign-in-oauth" testId="sign-in-with-oauth" onPress={startAuthorizationCode}>
              {t('signin.chooser.oauth')}
            </FocusableButton>
            <FocusableButton focusKey="sign-in-key" testId="sign-in-with-key" onPress={startMemberKey}>
              {t('signin.chooser.key')}
            </FocusableButton>
          </>
        ) : null}
      </div>

      {redirectPossible ? <p className="sign-in__hint">{t('signin.chooser.redirectHint')}</p> : null}

      <p className="sign-in__status" role="status" data-testid="sign-in-status">
        {status.kind === 'leaving' ? t('signin.chooser.leaving') : ''}
        {status.kind === 'failed' ? t('signin.chooser.redirectFailed', { reason: describeError(status.error, t) }) : ''}
      </p>
    </main>
  );
}
