import { useOpenScreen } from '../../app/useOpenScreen';
import type { EpisodeDetails } from '../../api/types';
import { useI18n } from '../../i18n/useI18n';
import { FocusableButton } from '../../tv/FocusableButton';
import { useScreenDefaultFocus } from '../../tv/useScreen';
import { useShortcutKey } from '../../tv/useShortcutKey';
import { errorRetryFocusKey, ErrorState } from '../common/ErrorState';
import { LoadingSkeleton } from '../common/LoadingSkeleton';
import { ShortcutHints } from '../common/ShortcutHints';
import { useMarkWatched, type MarkWatchedController } from '../common/useMarkWatched';
import { WatchedToast } from '../common/WatchedToast';
import type { WatchedEpisode } from '../common/watchedMutations';
import { EpisodeDetailsView } from './EpisodeDetailsView';
import { useEpisode } from './useEpisode';
import './EpisodeScreen.css';

/** Focus keys carry the episode id, because several Episode screens can be on the stack at once. */
export function episodeFocusKeys(episodeId: number) {
  const prefix = `episode-${episodeId}`;

  return {
    toggle: `${prefix}-toggle`,
    season: `${prefix}-season`,
    show: `${prefix}-show`,
    undo: `${prefix}-undo`,
    errorPrefix: `${prefix}-error`,
  };
}

function toWatchedEpisode(episode: EpisodeDetails): WatchedEpisode {
  return { id: episode.id, showId: episode.show.id, showTitle: episode.show.title, season: episode.season, code: episode.code };
}

export interface EpisodeScreenProps {
  episodeId: number;
}

/**
 * Renders one episode: its details, and buttons to mark it watched or unwatched, mark its whole
 * season watched, and open its show. Green marks it watched too, with Undo on Yellow.
 */
export function EpisodeScreen({ episodeId }: EpisodeScreenProps) {
  const { t } = useI18n();
  const query = useEpisode(episodeId);
  const watched = useMarkWatched();
  const keys = episodeFocusKeys(episodeId);
  const episode = query.data;

  let defaultFocusKey: string | null = null;
  if (episode) {
    defaultFocusKey = keys.toggle;
  } else if (query.isError) {
    defaultFocusKey = errorRetryFocusKey(keys.errorPrefix);
  }
  useScreenDefaultFocus(defaultFocusKey);

  useShortcutKey('green', () => {
    if (episode && !episode.seen && !watched.isPending(episode.id)) {
      watched.markWatched(toWatchedEpisode(episode));
    }
  });

  return (
    <main className="episode-screen safe-area" data-testid="episode-screen">
      {query.isPending ? <LoadingSkeleton shape="text" count={6} testId="episode-loading" /> : null}

      {query.isError && !episode ? (
        <ErrorState
          message={t('episode.loadFailed')}
          error={query.error}
          retrying={query.isFetching}
          focusKeyPrefix={keys.errorPrefix}
          testId="episode-error"
          onRetry={() => void query.refetch()}
        />
      ) : null}

      {episode ? (
        <>
          <EpisodeDetailsView episode={episode} />
          <EpisodeActions episode={episode} watched={watched} focusKeys={keys} />
        </>
      ) : null}

      <WatchedToast watched={watched} undoFocusKey={keys.undo} />
      {episode && !episode.seen ? <ShortcutHints hints={[{ key: 'green', label: t('watched.hintMark') }]} /> : null}
    </main>
  );
}

interface EpisodeActionsProps {
  episode: EpisodeDetails;
  watched: MarkWatchedController;
  focusKeys: ReturnType<typeof episodeFocusKeys>;
}

function EpisodeActions({ episode, watched, focusKeys }: EpisodeActionsProps) {
  const { t } = useI18n();
  const openScreen = useOpenScreen();
  const pending = watched.isPending(episode.id);

  const toggle = () => {
    if (pending) {
      return;
    }

    if (episode.seen) {
      watched.unmarkWatched(toWatchedEpisode(episode));
    } else {
      watched.markWatched(toWatchedEpisode(episode));
    }
  };

  return (
    <div className="episode-actions">
      <FocusableButton focusKey={focusKeys.toggle} testId="episode-toggle-watched" onPress={toggle}>
        {episode.seen ? t('episode.markUnwatched') : t('episode.markWatched')}
      </FocusableButton>
      <FocusableButton
        focusKey={focusKeys.season}
        secondary
        className="episode-actions__more"
        testId="episode-mark-season"
        onPress={() => watched.markSeasonWatched({ showId: episode.show.id, showTitle: episode.show.title, season: episode.season })}
      >
        {t('episode.markSeason', { season: String(episode.season) })}
      </FocusableButton>
      <FocusableButton
        focusKey={focusKeys.show}
        secondary
        className="episode-actions__more"
        testId="episode-open-show"
        onPress={() => openScreen({ name: 'show', showId: episode.show.id, title: episode.show.title })}
      >
        {t('episode.openShow')}
      </FocusableButton>
    </div>
  );
}
