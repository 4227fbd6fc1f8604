import type { Route } from '../../app/routes';
import type { Notification } from '../../api/types';

/** Reads a positive id from a payload value, which the API sends as a number or a string. */
function readId(value: unknown): number | null {
  const id = typeof value === 'string' ? Number(value) : value;
  return typeof id === 'number' && Number.isInteger(id) && id > 0 ? id : null;
}

/**
 * Returns the screen a notification leads to: its episode (`payload.episode_id`), else its show
 * (`payload.show_id`), else null (badges, friends, site news).
 */
export function notificationTarget(notification: Notification): Route | null {
  const episodeId = readId(notification.payload.episode_id);
  const showId = readId(notification.payload.show_id);

  if (episodeId !== null) {
    return showId === null ? { name: 'episode', episodeId } : { name: 'episode', episodeId, showId };
  }

  if (showId !== null) {
    return { name: 'show', showId };
  }

  return null;
}
