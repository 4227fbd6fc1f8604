import type { Member } from '../../api/types';
import { useI18n } from '../../i18n/useI18n';
import { FocusableButton } from '../../tv/FocusableButton';
import { LanguageButton } from '../LanguageButton';

export const SIGN_OUT_FOCUS_KEY = 'to-watch-sign-out';
export const TO_WATCH_LANGUAGE_FOCUS_KEY = 'to-watch-language';

export interface MemberHeaderProps {
  /** Null while `members/infos` loads; the login stored at sign-in fills in meanwhile. */
  member: Member | null;
  fallbackLogin: string | null;
  signingOut: boolean;
  onSignOut: () => void;
}

/** Renders the member's avatar (or initial), login and totals, with the language and sign-out buttons. */
export function MemberHeader({ member, fallbackLogin, signingOut, onSignOut }: MemberHeaderProps) {
  const { t, formatDuration } = useI18n();
  const login = member?.login ?? fallbackLogin ?? '';

  return (
    <header className="member-header">
      {member?.avatar ? (
        <img className="member-header__avatar" src={member.avatar} alt={t('toWatch.avatarAlt', { login })} width={96} height={96} />
      ) : (
        <div className={`member-header__avatar member-header__avatar--placeholder${login ? '' : ' skeleton is-loading'}`} aria-hidden="true">
          {login.charAt(0).toUpperCase()}
        </div>
      )}

      <div className="member-header__identity">
        <p className="member-header__login" data-testid="member-login">
          {login}
        </p>
        <p className="member-header__summary">
          {member
            ? t('toWatch.summary', { count: member.stats.episodesToWatch, time: formatDuration(member.stats.timeToSpend) })
            : '\u00a0'}
        </p>
      </div>

      <div className="member-header__actions">
        <LanguageButton focusKey={TO_WATCH_LANGUAGE_FOCUS_KEY} />
        <FocusableButton focusKey={SIGN_OUT_FOCUS_KEY} secondary testId="sign-out" className="member-header__sign-out" onPress={onSignOut}>
          {signingOut ? t('toWatch.signingOut') : t('toWatch.signOut')}
        </FocusableButton>
      </div>
    </header>
  );
}
