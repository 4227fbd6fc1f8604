import { DAY_MS } from '../core/dates';
import { DEMO_MEMBER, type DemoMemberProfile } from '../demoData';
import type { Catalog, EpisodeRecord } from './catalog';
import { GENERATED_FIRST_ID } from './generatedShows';
import { episodeCode } from './progress';

/**
 * Notifications as `members/notifications` lists them. Some `html` fields carry markup that
 * other members could have written, script-like attributes included, so the app's sanitizing
 * has something real to chew on.
 */

export interface NotificationRecord {
  id: number;
  type: 'episode' | 'badge' | 'friend' | 'comment' | 'site';
  refId: number | null;
  text: string;
  html: string;
  /** Milliseconds since the epoch. */
  date: number;
  seenAt: number | null;
  payload: Record<string, unknown>;
}

const HOUR_MS = 3_600_000;

function latestAired(catalog: Catalog, showId: number): EpisodeRecord | undefined {
  const aired = catalog.episodes(showId).filter((episode) => episode.airDay <= catalog.anchorDay);
  return aired[aired.length - 1];
}

function episodeNotification(catalog: Catalog, id: number, showId: number, date: number, seenAt: number | null, french: boolean): NotificationRecord | null {
  const show = catalog.show(showId);
  const episode = latestAired(catalog, showId);
  if (!show || !episode) {
    return null;
  }

  const code = episodeCode(episode);
  const text = french ? `Nouvel épisode de ${show.title} : ${code}` : `New episode of ${show.title}: ${code}`;
  const html = french ? `Nouvel épisode de <b>${show.title}</b> : ${code}` : `New episode of <b>${show.title}</b>: ${code}`;

  return {
    id,
    type: 'episode',
    refId: episode.id,
    text,
    html,
    date,
    seenAt,
    payload: { show_id: show.id, episode_id: episode.id, code },
  };
}

function demoNotifications(catalog: Catalog, nowMs: number): NotificationRecord[] {
  const at = (hoursAgo: number): number => nowMs - hoursAgo * HOUR_MS;
  const notifications: Array<NotificationRecord | null> = [
    episodeNotification(catalog, 9012, 101, at(3), null, true),
    episodeNotification(catalog, 9011, 129, at(20), null, true),
    {
      id: 9010,
      type: 'comment',
      refId: 77_120,
      text: 'mehdi92 a répondu à votre commentaire sur Hollow Creek : « Ce final ! »',
      html: 'mehdi92 a répondu à votre commentaire sur <i>Hollow Creek</i> : « Ce final ! <img src=x onerror="alert(document.cookie)"> »',
      date: at(26),
      seenAt: null,
      payload: { show_id: 103, comment_id: 77_120, login: 'mehdi92' },
    },
    {
      id: 9009,
      type: 'badge',
      refId: 41,
      text: 'Vous avez débloqué le badge Marathonien.',
      html: 'Vous avez débloqué le badge <b>Marathonien</b>.',
      date: at(30),
      seenAt: null,
      payload: { badge_id: 41, name: 'Marathonien' },
    },
    {
      id: 9008,
      type: 'friend',
      refId: 5_521,
      text: 'lucie_r vous suit désormais.',
      html: '<b>lucie_r</b> vous suit désormais.',
      date: at(50),
      seenAt: null,
      payload: { member_id: 5_521, login: 'lucie_r' },
    },
    episodeNotification(catalog, 9007, 120, at(70), at(60), true),
    {
      id: 9006,
      type: 'comment',
      refId: 77_051,
      text: 'tom_b a commenté Orbit Station : « Vivement la suite »',
      html: 'tom_b a commenté <i>Orbit Station</i> : « Vivement la suite<script>alert("xss")</script> »',
      date: at(96),
      seenAt: at(90),
      payload: { show_id: 108, comment_id: 77_051, login: 'tom_b' },
    },
    {
      id: 9005,
      type: 'badge',
      refId: 12,
      text: 'Vous avez débloqué le badge Lève-tôt.',
      html: 'Vous avez débloqué le badge <b>Lève-tôt</b>.',
      date: at(140),
      seenAt: at(139),
      payload: { badge_id: 12, name: 'Lève-tôt' },
    },
    episodeNotification(catalog, 9004, 102, at(170), at(160), true),
    {
      id: 9003,
      type: 'site',
      refId: null,
      text: 'Bienvenue sur BetaSeries ! Ajoutez vos séries pour commencer.',
      html: '<b onmouseover="alert(1)">Bienvenue sur BetaSeries</b> ! <a href="javascript:alert(1)">Ajoutez vos séries</a> pour commencer.',
      date: nowMs - 30 * DAY_MS,
      seenAt: nowMs - 29 * DAY_MS,
      payload: {},
    },
  ];

  return notifications.filter((notification): notification is NotificationRecord => notification !== null);
}

function marathonNotifications(catalog: Catalog, nowMs: number): NotificationRecord[] {
  const notifications: NotificationRecord[] = [];

  for (let index = 0; index < 60; index += 1) {
    const date = nowMs - (index * 7 + 1) * HOUR_MS;
    const seenAt = index < 20 ? null : date + HOUR_MS;
    const notification = episodeNotification(catalog, 20_000 + index, GENERATED_FIRST_ID + index * 33, date, seenAt, false);
    if (notification) {
      notifications.push(notification);
    }
  }

  return notifications;
}

/** Newest first, as the API lists them. */
export function initialNotifications(profile: DemoMemberProfile, catalog: Catalog, nowMs: number): NotificationRecord[] {
  return profile.id === DEMO_MEMBER.id ? demoNotifications(catalog, nowMs) : marathonNotifications(catalog, nowMs);
}
