import { formatDateTime } from '../../core/dates';
import type { ApiHandler } from '../context';
import { requireMember } from '../memberAuth';
import { boolParam, intParam } from '../paramReaders';

const NOTIFICATIONS_PER_CALL_MAX = 100;

/**
 * `GET /members/notifications?number=&all=`: newest first; unseen ones only unless `all=1`.
 * `html` is returned as stored, markup and script attributes included.
 */
export const listNotifications: ApiHandler = (ctx) => {
  const member = requireMember(ctx);
  const number = intParam(ctx, 'number', 10, { min: 1, cap: NOTIFICATIONS_PER_CALL_MAX });
  const all = boolParam(ctx, 'all', false);

  const notifications = member.notifications
    .filter((notification) => all || notification.seenAt === null)
    .slice(0, number)
    .map((notification) => ({
      id: notification.id,
      type: notification.type,
      ref_id: notification.refId === null ? null : String(notification.refId),
      text: notification.text,
      html: notification.html,
      date: formatDateTime(notification.date),
      seen: notification.seenAt === null ? null : formatDateTime(notification.seenAt),
      payload: notification.payload,
    }));

  return { notifications };
};
