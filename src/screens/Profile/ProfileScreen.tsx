import { useState } from 'react';
import { useI18n } from '../../i18n/useI18n';
import { useMemberInfos } from '../../session/useMemberInfos';
import { useSession, useSignedInSession } from '../../session/useSession';
import { FocusableButton } from '../../tv/FocusableButton';
import { useScreenDefaultFocus } from '../../tv/useScreen';
import { ErrorState } from '../common/ErrorState';
import { SignOutMenu } from '../common/SignOutMenu';
import { LoadingSkeleton } from '../common/LoadingSkeleton';
import { MenuEdge } from '../Menu/MenuEdge';
import { LanguageChoice, languageFocusKey } from './LanguageChoice';
import { ProfileStats } from './ProfileStats';
import './ProfileScreen.css';

export const PROFILE_SIGN_OUT_FOCUS_KEY = 'profile-sign-out';
const PROFILE_SWITCH_FOCUS_KEY = 'profile-switch-member';
const PROFILE_ERROR_FOCUS_PREFIX = 'profile-error';
const PROFILE_CONFIRM_FOCUS_KEY = 'profile-sign-out-confirm';
const PROFILE_MENU_EDGE_FOCUS_KEY = 'profile-menu-edge';

/** Renders who is signed in with their stats, the language setting and sign-out. */
export function ProfileScreen() {
  const { t, locale } = useI18n();
  const { controller } = useSession();
  const { member: knownMember, signingOut } = useSignedInSession();
  const infos = useMemberInfos();
  const [confirming, setConfirming] = useState(false);

  // The language buttons work without `members/infos`, so the focus starts there at once.
  useScreenDefaultFocus(languageFocusKey(locale));

  const member = infos.data ?? null;
  const login = member?.login ?? knownMember?.login ?? '';

  return (
    <main className="profile safe-area" data-testid="profile-screen">
      {/* The language buttons are always there, so the edge never takes the first focus. */}
      <MenuEdge focusKey={PROFILE_MENU_EDGE_FOCUS_KEY} enabled />

      <h1 className="profile__title">{t('profile.title')}</h1>

      <header className="profile__identity">
        {member?.avatar ? (
          <img className="profile__avatar" src={member.avatar} alt={t('profile.avatarAlt', { login })} width={144} height={144} />
        ) : (
          <div className="profile__avatar profile__avatar--placeholder" aria-hidden="true">
            {login.charAt(0).toUpperCase()}
          </div>
        )}
        <div>
          <p className="profile__login" data-testid="profile-login">
            {login}
          </p>
          <p className="profile__xp">{member ? t('profile.xp', { xp: member.xp }) : '\u00a0'}</p>
        </div>
      </header>

      <section className="profile__section profile__section--stats">
        <h2 className="profile__heading">{t('profile.statsTitle')}</h2>
        {member ? <ProfileStats stats={member.stats} /> : null}
        {infos.isPending ? <LoadingSkeleton shape="text" count={3} testId="profile-loading" /> : null}
        {infos.isError && !member ? (
          <ErrorState
            message={t('profile.error')}
            error={infos.error}
            retrying={infos.isFetching}
            onRetry={() => void infos.refetch()}
            focusKeyPrefix={PROFILE_ERROR_FOCUS_PREFIX}
            testId="profile-error"
          />
        ) : null}
      </section>

      <div className="profile__settings">
        <section className="profile__section profile__section--language">
          <h2 className="profile__heading">{t('profile.languageTitle')}</h2>
          <LanguageChoice />
        </section>

        <section className="profile__section profile__section--account">
          <h2 className="profile__heading">{t('profile.accountTitle')}</h2>
          {/* "Who's watching?", where another member of the household can be added or chosen. */}
          <FocusableButton
            focusKey={PROFILE_SWITCH_FOCUS_KEY}
            secondary
            testId="profile-switch-member"
            className="profile__switch"
            onPress={() => controller.switchMember(true)}
          >
            {t('profile.switchMember')}
          </FocusableButton>
          <FocusableButton
            focusKey={PROFILE_SIGN_OUT_FOCUS_KEY}
            secondary
            testId="profile-sign-out"
            onPress={() => {
              if (!signingOut) {
                setConfirming(true);
              }
            }}
          >
            {signingOut ? t('profile.signingOut') : t('profile.signOut')}
          </FocusableButton>
          <p className="profile__hint">{t('profile.signOutHint')}</p>
        </section>
      </div>

      {confirming ? (
        <SignOutMenu
          focusKey={PROFILE_CONFIRM_FOCUS_KEY}
          returnFocusKey={PROFILE_SIGN_OUT_FOCUS_KEY}
          login={login}
          testIdPrefix="profile-sign-out"
          onConfirm={() => void controller.signOut()}
          onClose={() => setConfirming(false)}
        />
      ) : null}
    </main>
  );
}
