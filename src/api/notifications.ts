import type { ApiClient } from './client';
import { isRecord, requireArray, toBool, toDateTimeOrNull, toInt, toRecord, toText } from './parse';
import type { Notification } from './types';

export interface NotificationsParams {
  /** How many notifications to fetch (`number`). */
  count?: number;
  /** Include the ones already seen (`all`). */
  includeSeen?: boolean;
}

function parseNotification(value: unknown): Notification {
  const raw = toRecord(value);

  // `seen` may be a flag or the date the member saw the notification.
  const seenAt = toDateTimeOrNull(raw.seen);

  // `html` is left out on purpose: it contains markup written by other members.
  return {
    id: toInt(raw.id),
    type: toText(raw.type),
    text: toText(raw.text),
    date: toDateTimeOrNull(raw.date),
    seen: seenAt !== null || toBool(raw.seen),
    seenAt,
    payload: toRecord(raw.payload),
  };
}

/** Lists the member's notifications (`GET /members/notifications`). */
export async function listNotifications(
  client: ApiClient,
  token: string,
  params: NotificationsParams = {},
  signal?: AbortSignal,
): Promise<Notification[]> {
  const reply = await client.request({
    method: 'GET',
    path: '/members/notifications',
    token,
    signal,
    params: { number: params.count, all: params.includeSeen },
  });

  return requireArray(reply, 'notifications', 'GET /members/notifications')
    .filter(isRecord)
    .map(parseNotification)
    .filter((notification) => notification.id > 0);
}
