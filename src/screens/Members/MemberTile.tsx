import { useI18n } from '../../i18n/useI18n';
import type { PairedMember } from '../../session/sessionState';
import { FocusableCard } from '../../tv/FocusableCard';

export interface MemberTileProps {
  member: PairedMember;
  focusKey: string;
  onChoose: () => void;
}

/** Renders one member of "Who's watching?": their avatar (or initial) and login. OK opens their session. */
export function MemberTile({ member, focusKey, onChoose }: MemberTileProps) {
  const { t } = useI18n();
  const login = member.login ?? t('members.unknownLogin');
  const initial = Array.from(login)[0]?.toUpperCase() ?? '?';

  return (
    <FocusableCard focusKey={focusKey} className="member-tile" testId="member-tile" ariaLabel={login} onPress={onChoose}>
      {() => (
        <>
          {member.avatar ? (
            <img className="member-tile__avatar" src={member.avatar} alt={t('members.avatarAlt', { login })} />
          ) : (
            <span className="member-tile__avatar member-tile__avatar--initial" aria-hidden="true">
              {initial}
            </span>
          )}
          <span className="member-tile__login" data-testid="member-tile-login">
            {login}
          </span>
        </>
      )}
    </FocusableCard>
  );
}
