import { getDateTimeFormat } from '../../i18n/format';
import type { MessageKey, MessageParams } from '../../i18n/catalog';
import type { Locale } from '../../i18n/locale';

const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})$/;

/**
 * Reads the API's `YYYY-MM-DDTHH:MM:SS` as a time on the TV's clock.
 * NOTE: the API sends no time zone. BetaSeries is a French service and its times are taken to be
 * the TV's local time, which is right for members in France only.
 */
function parseLocalDateTime(text: string): Date | null {
  const match = DATE_TIME.exec(text);
  if (!match) {
    return null;
  }

  const [year, month, day, hours, minutes, seconds] = match.slice(1).map(Number) as [number, number, number, number, number, number];
  return new Date(year, month - 1, day, hours, minutes, seconds);
}

function isSameDay(a: Date, b: Date): boolean {
  return a.getFullYear() === b.getFullYear() && a.getMonth() === b.getMonth() && a.getDate() === b.getDate();
}

export interface NotificationTimeFormat {
  locale: Locale;
  t: (key: MessageKey, params?: MessageParams) => string;
  formatDate: (date: Date) => string;
}

/**
 * Formats when a notification arrived: "Today at 14:05", "Yesterday at 09:12", or the full date
 * with the time. Returns '' for a missing or unreadable date.
 */
export function formatNotificationTime(date: string | null, now: Date, format: NotificationTimeFormat): string {
  const value = date === null ? null : parseLocalDateTime(date);
  if (!value) {
    return '';
  }

  const time = getDateTimeFormat(format.locale, { hour: '2-digit', minute: '2-digit' }).format(value);

  if (isSameDay(value, now)) {
    return format.t('notifications.today', { time });
  }

  const yesterday = new Date(now.getFullYear(), now.getMonth(), now.getDate() - 1);
  if (isSameDay(value, yesterday)) {
    return format.t('notifications.yesterday', { time });
  }

  return format.t('notifications.dateTime', { date: format.formatDate(value), time });
}
