import { useI18n } from '../../i18n/useI18n';
import { useOpenScreen } from '../../app/useOpenScreen';
import type { Notification } from '../../api/types';
import { VerticalList } from '../../tv/VerticalList';
import { useScreenDefaultFocus } from '../../tv/useScreen';
import { EmptyState } from '../common/EmptyState';
import { ErrorState, errorRetryFocusKey } from '../common/ErrorState';
import { LoadingSkeleton } from '../common/LoadingSkeleton';
import { MenuEdge } from '../Menu/MenuEdge';
import { NotificationItem } from './NotificationItem';
import { notificationPlainText } from './notificationPlainText';
import { notificationTarget } from './notificationTarget';
import { useNotifications } from './useNotifications';
import './NotificationsScreen.css';

export const NOTIFICATIONS_LIST_FOCUS_KEY = 'notifications-list';
const NOTIFICATIONS_ERROR_FOCUS_PREFIX = 'notifications-error';
const NOTIFICATIONS_MENU_EDGE_FOCUS_KEY = 'notifications-menu-edge';

/** Item size at 1080p: the line of kind and time, then two lines of text at most. */
const ITEM_HEIGHT = 156;
const ITEM_GAP = 24;
/** The safe area's width, and its height under the header. */
const LIST_WIDTH = 1728;
const LIST_HEIGHT = 840;

export function notificationFocusKey(notification: Notification): string {
  return `notification-${notification.id}`;
}

/** Renders the member's notifications, unread first. OK on one about an episode or a show opens it. */
export function NotificationsScreen() {
  const { t } = useI18n();
  const openScreen = useOpenScreen();
  const list = useNotifications();

  const items = list.data ?? [];
  const unreadCount = items.filter((notification) => !notification.seen).length;
  // "Today" and "Yesterday" are judged from when the list was fetched, so they refresh with it.
  const now = new Date(list.dataUpdatedAt);

  let defaultFocusKey: string | null = null;
  if (items[0]) {
    defaultFocusKey = notificationFocusKey(items[0]);
  } else if (list.isError) {
    defaultFocusKey = errorRetryFocusKey(NOTIFICATIONS_ERROR_FOCUS_PREFIX);
  }
  useScreenDefaultFocus(defaultFocusKey);

  const openHint = (notification: Notification): string | null => {
    const target = notificationTarget(notification);
    if (!target) {
      return null;
    }

    return target.name === 'episode' ? t('notifications.openEpisode') : t('notifications.openShow');
  };

  return (
    <main className="notifications safe-area" data-testid="notifications-screen">
      {/* The empty state has no button, so Back is the only way out of it. */}
      <MenuEdge focusKey={NOTIFICATIONS_MENU_EDGE_FOCUS_KEY} enabled={items.length > 0 || list.isError} />

      <header className="notifications__header">
        <h1 className="notifications__title">{t('notifications.title')}</h1>
        {list.isSuccess ? (
          <p className="notifications__count" data-testid="notifications-unread-count">
            {t('notifications.unreadCount', { count: unreadCount })}
          </p>
        ) : null}
      </header>

      {list.isPending ? <LoadingSkeleton shape="text" count={8} testId="notifications-loading" /> : null}

      {list.isError && items.length === 0 ? (
        <ErrorState
          message={t('notifications.error')}
          error={list.error}
          retrying={list.isFetching}
          onRetry={() => void list.refetch()}
          focusKeyPrefix={NOTIFICATIONS_ERROR_FOCUS_PREFIX}
          testId="notifications-error"
        />
      ) : null}

      {list.isSuccess && items.length === 0 ? <EmptyState message={t('notifications.empty')} testId="notifications-empty" /> : null}

      {items.length > 0 ? (
        <VerticalList
          focusKey={NOTIFICATIONS_LIST_FOCUS_KEY}
          items={items}
          getItemFocusKey={notificationFocusKey}
          getItemLabel={(notification) => notificationPlainText(notification.text)}
          itemHeight={ITEM_HEIGHT}
          gap={ITEM_GAP}
          viewportHeight={LIST_HEIGHT}
          width={LIST_WIDTH}
          itemTestId="notification"
          ariaLabel={t('notifications.title')}
          onItemPress={(notification) => {
            const target = notificationTarget(notification);
            if (target) {
              openScreen(target);
            }
          }}
          renderItem={(notification, focused) => (
            <NotificationItem notification={notification} focused={focused} openHint={openHint(notification)} now={now} />
          )}
        />
      ) : null}
    </main>
  );
}
