import { PendingBadge } from '../../actions/PendingBadge';
import type { EpisodeDetails } from '../../api/types';
import { useI18n } from '../../i18n/useI18n';

export interface EpisodeRowProps {
  episode: EpisodeDetails;
  /** True while a change of its watched state is being sent from this screen. */
  pending: boolean;
}

/**
 * Renders one line of the episode list: watched mark, code, title, a pending badge while a change
 * waits in the action queue, and air date. The card's label gives screen readers the watched state.
 */
export function EpisodeRow({ episode, pending }: EpisodeRowProps) {
  const { formatDate } = useI18n();

  const classes = ['episode-row'];
  if (episode.seen) {
    classes.push('is-watched');
  }
  if (pending) {
    classes.push('is-pending');
  }

  return (
    <div className={classes.join(' ')} data-watched={episode.seen ? 'true' : 'false'}>
      <span className="episode-row__mark" aria-hidden="true">
        {episode.seen ? '\u2713' : ''}
      </span>
      <span className="episode-row__code">{episode.code}</span>
      <span className="episode-row__title">{episode.title}</span>
      <PendingBadge target={{ type: 'episode', id: episode.id }} className="episode-row__pending" />
      <span className="episode-row__date">{episode.date ? formatDate(episode.date) : ''}</span>
    </div>
  );
}
