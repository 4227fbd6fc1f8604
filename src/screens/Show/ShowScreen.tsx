import { FocusContext, getCurrentFocusKey, useFocusable } from '@noriginmedia/norigin-spatial-navigation';
import { useState } from 'react';
import type { EpisodeDetails, Show } from '../../api/types';
import { useOpenScreen } from '../../app/useOpenScreen';
import { useI18n } from '../../i18n/useI18n';
import { useScreenDefaultFocus } from '../../tv/useScreen';
import { useShortcutKey } from '../../tv/useShortcutKey';
import { ErrorState, errorRetryFocusKey } from '../common/ErrorState';
import { LoadingSkeleton } from '../common/LoadingSkeleton';
import { ShortcutHints, type ShortcutHint } from '../common/ShortcutHints';
import { useMarkWatched } from '../common/useMarkWatched';
import { WatchedToast } from '../common/WatchedToast';
import { episodeFocusKey, episodeIdOfFocusKey } from './EpisodeList';
import { listPlatforms } from './listPlatforms';
import { pickDefaultSeason } from './pickDefaultSeason';
import { pickStartEpisode } from './pickStartEpisode';
import { seasonOfFocusKey } from './SeasonRow';
import { ShowActions, followFocusKey } from './ShowActions';
import { ShowEpisodesSection } from './ShowEpisodesSection';
import { ShowHeader } from './ShowHeader';
import { useSeasonEpisodes } from './useSeasonEpisodes';
import { useShowActions } from './useShowActions';
import { useShowDetails } from './useShowDetails';
import { useShowSeasons } from './useShowSeasons';
import './ShowScreen.css';

export interface ShowScreenProps {
  showId: number;
  /** The title the opening screen already has, shown while the show loads. */
  title?: string;
}

/** Returns the key the screen focuses first: the episode the list starts on in a followed show, else Follow. */
function pickDefaultFocus(showId: number, show: Show | undefined, episodes: readonly EpisodeDetails[], startIndex: number, episodesSettled: boolean): string | null {
  if (!show) {
    return null;
  }

  if (!show.inAccount) {
    return followFocusKey(showId);
  }

  if (!episodesSettled) {
    return null;
  }

  const start = episodes[startIndex];
  return start ? episodeFocusKey(showId, start.id) : followFocusKey(showId);
}

/**
 * Renders one show: poster, backdrop, facts, description and where to watch it, Follow,
 * Unfollow and Archive, then its seasons and the listed season's episodes. OK on an episode
 * opens it; Green marks the focused episode watched or unwatched, or the focused season watched.
 */
export function ShowScreen({ showId, title }: ShowScreenProps) {
  const { t } = useI18n();
  const openScreen = useOpenScreen();

  const details = useShowDetails(showId);
  const seasons = useShowSeasons(showId);
  const show = details.data;

  const [chosenSeason, setChosenSeason] = useState<number | null>(null);
  const season = chosenSeason ?? pickDefaultSeason(seasons.data ?? [], show);
  const episodes = useSeasonEpisodes(showId, season);
  const episodeList = episodes.data ?? [];
  const startIndex = pickStartEpisode(show, episodeList);

  const watched = useMarkWatched();
  const actions = useShowActions(show);

  // What has the focus, read from norigin whenever the DOM focus moves inside the screen (norigin
  // moves it with `shouldFocusDOMNode`), for the hints and the Green key.
  const [focusedKey, setFocusedKey] = useState<string | null>(null);
  const focusedEpisodeId = episodeIdOfFocusKey(showId, focusedKey);
  const focusedEpisode = focusedEpisodeId === null ? undefined : episodeList.find((episode) => episode.id === focusedEpisodeId);
  const focusedSeason = seasonOfFocusKey(showId, focusedKey);
  const canMark = Boolean(show?.inAccount);

  useShortcutKey('green', () => {
    if (!show || !canMark) {
      return;
    }

    if (focusedEpisode && !watched.isPending(focusedEpisode.id)) {
      const target = { id: focusedEpisode.id, showId, showTitle: show.title, season: focusedEpisode.season, code: focusedEpisode.code };
      if (focusedEpisode.seen) {
        watched.unmarkWatched(target);
      } else {
        watched.markWatched(target);
      }
      return;
    }

    if (focusedSeason !== null) {
      watched.markSeasonWatched({ showId, showTitle: show.title, season: focusedSeason });
    }
  });

  const episodesSettled = episodes.isSuccess || episodes.isError || seasons.isError || seasons.data?.length === 0;
  let defaultFocusKey = pickDefaultFocus(showId, show, episodeList, startIndex, episodesSettled);
  if (details.isError) {
    defaultFocusKey = errorRetryFocusKey(`show-${showId}-error`);
  }
  useScreenDefaultFocus(defaultFocusKey);

  // As on My shows: a container whose preferred child is known when it registers, so the screen
  // frame's first focus and the default one agree when the data is already cached.
  const contentFocusKey = `show-${showId}-content`;
  const { ref } = useFocusable<object, HTMLElement>({
    focusKey: contentFocusKey,
    saveLastFocusedChild: true,
    preferredChildFocusKey: defaultFocusKey ?? undefined,
  });

  const hints: ShortcutHint[] = [];
  if (focusedEpisode) {
    hints.push({ key: 'ok', label: t('watched.hintOpen') });
    if (canMark) {
      hints.push({ key: 'green', label: focusedEpisode.seen ? t('show.hint.markUnwatched') : t('watched.hintMark') });
    }
  } else if (focusedSeason !== null) {
    hints.push({ key: 'ok', label: t('show.hint.chooseSeason') });
    if (canMark) {
      hints.push({ key: 'green', label: t('show.hint.markSeason') });
    }
  }
  if (watched.notice?.kind === 'marked') {
    hints.push({ key: 'yellow', label: t('watched.hintUndo') });
  }

  const backdrop = show?.images.show ?? show?.images.banner ?? null;

  return (
    <main ref={ref} className="show-screen safe-area" data-testid="show-screen" onFocus={() => setFocusedKey(getCurrentFocusKey() || null)}>
      <FocusContext.Provider value={contentFocusKey}>
        {backdrop ? <img className="show-screen__backdrop" src={backdrop} alt="" decoding="async" /> : null}

        {details.isPending ? (
          <div className="show-screen__loading">
            <h1 className="show-header__title">{title ?? '\u00a0'}</h1>
            <LoadingSkeleton shape="text" count={4} testId="show-loading" />
          </div>
        ) : null}

        {details.isError ? (
          <div className="show-screen__loading">
            <h1 className="show-header__title">{title ?? '\u00a0'}</h1>
            <ErrorState
              message={t('show.error')}
              error={details.error}
              onRetry={() => void details.refetch()}
              retrying={details.isFetching}
              focusKeyPrefix={`show-${showId}-error`}
              testId="show-error"
            />
          </div>
        ) : null}

        {show ? (
          <>
            <ShowHeader show={show} platforms={listPlatforms(show, episodeList)} />
            <ShowActions show={show} onAction={actions.run} pendingAction={actions.pendingAction} error={actions.error} />
            <ShowEpisodesSection
              showId={showId}
              seasons={seasons}
              episodes={episodes}
              season={season}
              startIndex={startIndex}
              onChooseSeason={setChosenSeason}
              isPending={watched.isPending}
              onOpenEpisode={(episode) => openScreen({ name: 'episode', episodeId: episode.id, showId })}
            />
          </>
        ) : null}

        <ShortcutHints hints={hints} />
        <WatchedToast watched={watched} undoFocusKey={`show-${showId}-undo`} />
      </FocusContext.Provider>
    </main>
  );
}
