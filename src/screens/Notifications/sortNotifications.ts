import type { Notification } from '../../api/types';

/** Orders newest first; `YYYY-MM-DDTHH:MM:SS` strings sort as text, and undated ones go last. */
function compareNewestFirst(a: Notification, b: Notification): number {
  if (a.date === b.date) {
    return b.id - a.id;
  }

  if (a.date === null) {
    return 1;
  }

  if (b.date === null) {
    return -1;
  }

  return a.date < b.date ? 1 : -1;
}

/** Returns the notifications unread first, then read, each group newest first. The input is not changed. */
export function sortUnreadFirst(notifications: readonly Notification[]): Notification[] {
  const unread = notifications.filter((notification) => !notification.seen).sort(compareNewestFirst);
  const read = notifications.filter((notification) => notification.seen).sort(compareNewestFirst);

  return unread.concat(read);
}
