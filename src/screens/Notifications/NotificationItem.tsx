import type { Notification } from '../../api/types';
import { useI18n } from '../../i18n/useI18n';
import type { MessageKey } from '../../i18n/catalog';
import { formatNotificationTime } from './formatNotificationTime';
import { notificationPlainText } from './notificationPlainText';

const TYPE_LABELS: Record<string, MessageKey> = {
  episode: 'notifications.type.episode',
  badge: 'notifications.type.badge',
  friend: 'notifications.type.friend',
  comment: 'notifications.type.comment',
  site: 'notifications.type.site',
};

export interface NotificationItemProps {
  notification: Notification;
  focused: boolean;
  /** The hint shown while focused when OK opens something, or null. */
  openHint: string | null;
  now: Date;
}

/**
 * Renders one notification as text only: its kind, when it came, whether it is unread, and its
 * text with any markup removed (never as HTML).
 */
export function NotificationItem({ notification, focused, openHint, now }: NotificationItemProps) {
  const { t, locale, formatDate } = useI18n();

  const typeLabel = t(TYPE_LABELS[notification.type] ?? 'notifications.type.other');
  const time = formatNotificationTime(notification.date, now, { locale, t, formatDate });

  return (
    <div className={notification.seen ? 'notification' : 'notification notification--unread'} data-unread={notification.seen ? 'false' : 'true'}>
      <p className="notification__meta">
        {notification.seen ? null : <span className="notification__badge">{t('notifications.unread')}</span>}
        <span className="notification__type">{typeLabel}</span>
        {time ? <span className="notification__time">{time}</span> : null}
        {focused && openHint ? <span className="notification__hint">{openHint}</span> : null}
      </p>
      <p className="notification__text" data-testid="notification-text">
        {notificationPlainText(notification.text)}
      </p>
    </div>
  );
}
