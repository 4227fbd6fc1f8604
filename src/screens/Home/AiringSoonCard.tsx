import { useI18n } from '../../i18n/useI18n';
import { PosterImage } from '../common/PosterImage';
import type { NextEpisode } from '../ToWatch/useToWatchList';
import { describeAiringDay, formatShortDay, type AiringDay } from './airingDay';

export const AIRING_POSTER_WIDTH = 200;
export const AIRING_POSTER_HEIGHT = 300;

/** Returns the air day as a card shows it: "tomorrow", "in 3 days", "Mar 5". */
export function airingDayText(day: AiringDay, i18n: Pick<ReturnType<typeof useI18n>, 't' | 'locale'>): string {
  switch (day.kind) {
    case 'today':
      return i18n.t('home.airsToday');
    case 'tomorrow':
      return i18n.t('home.airsTomorrow');
    case 'inDays':
      return i18n.t('home.airsInDays', { days: day.days });
    case 'date':
      return formatShortDay(day.date, i18n.locale);
    case 'unknown':
      return i18n.t('home.airsUnknown');
  }
}

/** Renders one episode of "Airing soon": the show's poster and title, the episode code and its air day. */
export function AiringSoonCard({ item, today }: { item: NextEpisode; today: Date }) {
  const i18n = useI18n();
  const { show, episode } = item;

  return (
    <div className="airing-card">
      <PosterImage
        src={episode.show.poster}
        title={show.title}
        width={AIRING_POSTER_WIDTH}
        height={AIRING_POSTER_HEIGHT}
        className="airing-card__poster"
      />
      <p className="airing-card__show">{show.title}</p>
      <p className="airing-card__episode">
        <span className="airing-card__code">{episode.code}</span> {airingDayText(describeAiringDay(episode.date, today), i18n)}
      </p>
    </div>
  );
}
