import { setFocus } from '@noriginmedia/norigin-spatial-navigation';
import { useI18n } from '../../i18n/useI18n';
import { ActionMenu } from '../../tv/ActionMenu';

export interface SignOutMenuProps {
  /** The menu's own focus key. */
  focusKey: string;
  /** Focus key of the Sign out button, which gets the focus back when the menu closes. */
  returnFocusKey: string;
  login: string;
  /** Prefix of the test ids: `{prefix}-menu`, `{prefix}-confirm`, `{prefix}-cancel`. */
  testIdPrefix: string;
  onConfirm: () => void;
  onClose: () => void;
}

/**
 * Renders "Sign out of this TV?" with Sign out and Cancel, so one stray OK cannot sign out: the
 * member would have to pair the TV again with a phone.
 */
export function SignOutMenu({ focusKey, returnFocusKey, login, testIdPrefix, onConfirm, onClose }: SignOutMenuProps) {
  const { t } = useI18n();

  const close = () => {
    onClose();
    void setFocus(returnFocusKey);
  };

  return (
    <ActionMenu
      focusKey={focusKey}
      title={t('profile.signOutConfirm')}
      subtitle={login}
      returnFocusKey={returnFocusKey}
      onClose={onClose}
      testId={`${testIdPrefix}-menu`}
      items={[
        {
          id: 'confirm',
          label: t('profile.signOut'),
          testId: `${testIdPrefix}-confirm`,
          onPress: () => {
            close();
            onConfirm();
          },
        },
        { id: 'cancel', label: t('profile.cancel'), testId: `${testIdPrefix}-cancel`, onPress: close },
      ]}
    />
  );
}
