import { describe, expect, it } from 'vitest';
import type { Notification } from '../../../src/api/types';
import { en } from '../../../src/i18n/en';
import { formatDate } from '../../../src/i18n/format';
import { translate } from '../../../src/i18n/translate';
import { formatNotificationTime } from '../../../src/screens/Notifications/formatNotificationTime';
import { notificationTarget } from '../../../src/screens/Notifications/notificationTarget';
import { sortUnreadFirst } from '../../../src/screens/Notifications/sortNotifications';

function notification(id: number, date: string | null, seen: boolean, payload: Record<string, unknown> = {}): Notification {
  return { id, type: 'episode', text: `Notification ${id}`, date, seen, seenAt: null, payload };
}

const FORMAT = {
  locale: 'en' as const,
  t: (key: Parameters<typeof translate>[2], params?: Parameters<typeof translate>[3]) => translate(en, 'en', key, params),
  formatDate: (date: Date) => formatDate(date, 'en'),
};

describe('sortUnreadFirst', () => {
  it('puts unread before read, newest first', () => {
    const sorted = sortUnreadFirst([
      notification(1, '2025-03-01T10:00:00', true),
      notification(2, '2025-03-02T10:00:00', false),
      notification(3, '2025-03-03T10:00:00', true),
      notification(4, '2025-02-01T10:00:00', false),
    ]);

    expect(sorted.map((entry) => entry.id)).toEqual([2, 4, 3, 1]);
  });

  it('puts undated ones last in their group', () => {
    const sorted = sortUnreadFirst([notification(1, null, false), notification(2, '2025-03-02T10:00:00', false)]);

    expect(sorted.map((entry) => entry.id)).toEqual([2, 1]);
  });

  it('leaves the input unchanged', () => {
    const input = [notification(1, '2025-03-01T10:00:00', true), notification(2, '2025-03-02T10:00:00', false)];

    sortUnreadFirst(input);

    expect(input.map((entry) => entry.id)).toEqual([1, 2]);
  });
});

describe('formatNotificationTime', () => {
  const now = new Date(2025, 2, 5, 18, 30);

  it('says today with the time', () => {
    expect(formatNotificationTime('2025-03-05T09:05:00', now, FORMAT)).toMatch(/^Today at 09:05\s?AM$/);
  });

  it('says yesterday across a month end', () => {
    const firstOfMonth = new Date(2025, 2, 1, 8, 0);

    expect(formatNotificationTime('2025-02-28T23:10:00', firstOfMonth, FORMAT)).toMatch(/^Yesterday at 11:10\s?PM$/);
  });

  it('gives the full date before yesterday', () => {
    expect(formatNotificationTime('2025-01-20T14:00:00', now, FORMAT)).toMatch(/^January 20, 2025 at 02:00\s?PM$/);
  });

  it('returns nothing for a missing or unreadable date', () => {
    expect(formatNotificationTime(null, now, FORMAT)).toBe('');
    expect(formatNotificationTime('2025-03-05', now, FORMAT)).toBe('');
  });
});

describe('notificationTarget', () => {
  it('opens the episode with its show', () => {
    expect(notificationTarget(notification(1, null, false, { show_id: 101, episode_id: '5001' }))).toEqual({
      name: 'episode',
      episodeId: 5001,
      showId: 101,
    });
  });

  it('opens the show without an episode', () => {
    expect(notificationTarget(notification(1, null, false, { show_id: '103', comment_id: 9 }))).toEqual({ name: 'show', showId: 103 });
  });

  it('opens nothing for badges and invalid ids', () => {
    expect(notificationTarget(notification(1, null, false, { badge_id: 41 }))).toBeNull();
    expect(notificationTarget(notification(2, null, false, { show_id: 'abc', episode_id: -3 }))).toBeNull();
  });
});
