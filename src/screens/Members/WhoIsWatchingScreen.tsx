import { setFocus } from '@noriginmedia/norigin-spatial-navigation';
import { useState } from 'react';
import { useI18n } from '../../i18n/useI18n';
import type { PairedMember, SignedOutNotice } from '../../session/sessionState';
import { useSession } from '../../session/useSession';
import { ActionMenu } from '../../tv/ActionMenu';
import { FocusableButton } from '../../tv/FocusableButton';
import { FocusableCard } from '../../tv/FocusableCard';
import { useScreenDefaultFocus } from '../../tv/useScreen';
import { MemberTile } from './MemberTile';
import './WhoIsWatchingScreen.css';

export const ADD_MEMBER_FOCUS_KEY = 'members-add';
const REMOVE_MENU_FOCUS_KEY = 'members-remove-menu';

export function memberTileFocusKey(member: PairedMember): string {
  return `member-${member.key}`;
}

function removeButtonFocusKey(member: PairedMember): string {
  return `member-remove-${member.key}`;
}

const NOTICE_TEXT_KEYS = {
  sessionEnded: 'members.sessionEnded',
  signInRefused: 'signin.notice.refused',
  signInRejected: 'signin.notice.rejected',
  signInFailed: 'signin.notice.failed',
} as const;

export interface WhoIsWatchingScreenProps {
  members: PairedMember[];
  notice: SignedOutNotice | null;
  /** True when Back returns to the member who opened this screen, rather than leaving the app. */
  canReturn?: boolean;
}

/**
 * Renders "Who's watching?": one tile per member paired on this TV, to open their session, a
 * Remove button under each (after a confirmation, their token is revoked with
 * `members/destroy`), and a tile to add a member with any sign-in method.
 */
export function WhoIsWatchingScreen({ members, notice, canReturn = false }: WhoIsWatchingScreenProps) {
  const { t } = useI18n();
  const { controller } = useSession();
  const [confirming, setConfirming] = useState<PairedMember | null>(null);
  const [removing, setRemoving] = useState<PairedMember | null>(null);

  const first = members[0];
  useScreenDefaultFocus(first ? memberTileFocusKey(first) : ADD_MEMBER_FOCUS_KEY);

  const loginOf = (member: PairedMember) => member.login ?? t('members.unknownLogin');

  const remove = (member: PairedMember) => {
    setConfirming(null);
    setRemoving(member);
    void setFocus(ADD_MEMBER_FOCUS_KEY);
    void controller.removeMember(member.key).finally(() => setRemoving(null));
  };

  return (
    <main className="members safe-area" data-testid="who-is-watching">
      <h1 className="members__title">{t('members.title')}</h1>

      {notice ? (
        <p className="notice notice--warning" role="alert" data-testid="members-notice">
          {t(NOTICE_TEXT_KEYS[notice])}
        </p>
      ) : null}

      <ul className="members__list">
        {members.map((member) => (
          <li key={member.key} className="members__item">
            <MemberTile member={member} focusKey={memberTileFocusKey(member)} onChoose={() => void controller.chooseMember(member.key)} />
            <FocusableButton
              focusKey={removeButtonFocusKey(member)}
              testId="member-remove"
              secondary
              className="members__remove"
              ariaLabel={t('members.removeLabel', { login: loginOf(member) })}
              onPress={() => setConfirming(member)}
            >
              {t('members.remove')}
            </FocusableButton>
          </li>
        ))}

        <li className="members__item">
          <FocusableCard focusKey={ADD_MEMBER_FOCUS_KEY} className="member-tile member-tile--add" testId="member-add" onPress={() => controller.addMember()}>
            {() => (
              <>
                <span className="member-tile__avatar member-tile__avatar--add" aria-hidden="true">
                  +
                </span>
                <span className="member-tile__login">{t('members.add')}</span>
              </>
            )}
          </FocusableCard>
        </li>
      </ul>

      <p className="members__status" role="status" data-testid="members-status">
        {removing ? t('members.removing', { login: loginOf(removing) }) : ''}
      </p>

      <p className="members__hint">{t(canReturn ? 'members.backHintReturn' : 'members.backHint')}</p>

      {confirming ? (
        <ActionMenu
          focusKey={REMOVE_MENU_FOCUS_KEY}
          testId="member-remove-menu"
          title={t('members.removeConfirm', { login: loginOf(confirming) })}
          subtitle={t('members.removeDetail')}
          items={[
            { id: 'confirm', label: t('members.remove'), testId: 'member-remove-confirm', onPress: () => remove(confirming) },
            {
              id: 'cancel',
              label: t('members.cancel'),
              testId: 'member-remove-cancel',
              onPress: () => {
                setConfirming(null);
                void setFocus(removeButtonFocusKey(confirming));
              },
            },
          ]}
          onClose={() => setConfirming(null)}
          returnFocusKey={removeButtonFocusKey(confirming)}
        />
      ) : null}
    </main>
  );
}
