import type { MemberStats } from '../../api/types';
import { useI18n } from '../../i18n/useI18n';

/**
 * Renders the member's counters from `members/infos`: episodes left to watch and the time they
 * take. Placeholders keep the header's height while the profile loads.
 */
export function HomeCounters({ stats }: { stats: MemberStats | null }) {
  const { t, formatDuration } = useI18n();

  if (!stats) {
    return (
      <div className="home-counters" aria-busy="true">
        <span className="home-counters__placeholder skeleton is-loading" />
        <span className="home-counters__placeholder skeleton is-loading" />
      </div>
    );
  }

  return (
    <div className="home-counters">
      <p className="home-counters__item" data-testid="home-episodes-to-watch">
        <span className="home-counters__value">{t('home.countValue', { count: stats.episodesToWatch })}</span>
        <span className="home-counters__label">{t('home.episodesToWatch')}</span>
      </p>
      <p className="home-counters__item" data-testid="home-time-left">
        <span className="home-counters__value">{formatDuration(stats.timeToSpend)}</span>
        <span className="home-counters__label">{t('home.timeLeft')}</span>
      </p>
    </div>
  );
}
