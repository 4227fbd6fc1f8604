import type { MemberStats } from '../../api/types';
import { getNumberFormat } from '../../i18n/translate';
import { useI18n } from '../../i18n/useI18n';

interface StatTile {
  id: string;
  value: string;
  label: string;
}

/** Renders the member's counters from `members/infos` as tiles; times are minutes, shown as days and hours. */
export function ProfileStats({ stats }: { stats: MemberStats }) {
  const { t, locale, formatDuration } = useI18n();
  const formatCount = (count: number) => getNumberFormat(locale).format(count);

  const tiles: StatTile[] = [
    { id: 'shows', value: formatCount(stats.shows), label: t('profile.stats.shows') },
    { id: 'episodes', value: formatCount(stats.episodes), label: t('profile.stats.episodes') },
    { id: 'episodes-to-watch', value: formatCount(stats.episodesToWatch), label: t('profile.stats.episodesToWatch') },
    { id: 'time-on-tv', value: formatDuration(stats.timeOnTv), label: t('profile.stats.timeOnTv') },
    { id: 'time-to-spend', value: formatDuration(stats.timeToSpend), label: t('profile.stats.timeToSpend') },
    { id: 'movies', value: formatCount(stats.movies), label: t('profile.stats.movies') },
  ];

  return (
    <ul className="profile-stats" aria-label={t('profile.statsTitle')}>
      {tiles.map((tile) => (
        <li key={tile.id} className="profile-stats__tile" data-testid={`profile-stat-${tile.id}`}>
          <span className="profile-stats__value">{tile.value}</span>
          <span className="profile-stats__label">{tile.label}</span>
        </li>
      ))}
    </ul>
  );
}
