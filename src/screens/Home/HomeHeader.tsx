import type { Member } from '../../api/types';
import { PendingSummary } from '../../actions/PendingSummary';
import { useI18n } from '../../i18n/useI18n';
import { FocusableButton } from '../../tv/FocusableButton';
import { LanguageButton } from '../LanguageButton';
import { HomeCounters } from './HomeCounters';

export const SIGN_OUT_FOCUS_KEY = 'to-watch-sign-out';
export const HOME_LANGUAGE_FOCUS_KEY = 'to-watch-language';

export interface HomeHeaderProps {
  /** Null while `members/infos` loads; the login stored at sign-in fills in meanwhile. */
  member: Member | null;
  fallbackLogin: string | null;
  signingOut: boolean;
  onSignOut: () => void;
}

/** Renders the member's avatar (or initial), login and counters, with the language and sign-out buttons. */
export function HomeHeader({ member, fallbackLogin, signingOut, onSignOut }: HomeHeaderProps) {
  const { t } = useI18n();
  const login = member?.login ?? fallbackLogin ?? '';

  return (
    <header className="home-header">
      {member?.avatar ? (
        <img className="home-header__avatar" src={member.avatar} alt={t('toWatch.avatarAlt', { login })} width={96} height={96} />
      ) : (
        <div className={`home-header__avatar home-header__avatar--placeholder${login ? '' : ' skeleton is-loading'}`} aria-hidden="true">
          {login.charAt(0).toUpperCase()}
        </div>
      )}

      <div className="home-header__identity">
        <p className="home-header__login" data-testid="member-login">
          {login}
        </p>
        <HomeCounters stats={member?.stats ?? null} />
        <PendingSummary />
      </div>

      <div className="home-header__actions">
        <LanguageButton focusKey={HOME_LANGUAGE_FOCUS_KEY} />
        <FocusableButton focusKey={SIGN_OUT_FOCUS_KEY} secondary testId="sign-out" className="home-header__sign-out" onPress={onSignOut}>
          {signingOut ? t('toWatch.signingOut') : t('toWatch.signOut')}
        </FocusableButton>
      </div>
    </header>
  );
}
