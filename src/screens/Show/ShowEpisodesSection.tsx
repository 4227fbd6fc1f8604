import type { UseQueryResult } from '@tanstack/react-query';
import type { EpisodeDetails, Season } from '../../api/types';
import { useI18n } from '../../i18n/useI18n';
import { ErrorState } from '../common/ErrorState';
import { LoadingSkeleton } from '../common/LoadingSkeleton';
import { EpisodeList } from './EpisodeList';
import { SeasonRow } from './SeasonRow';

export interface ShowEpisodesSectionProps {
  showId: number;
  seasons: UseQueryResult<Season[]>;
  episodes: UseQueryResult<EpisodeDetails[]>;
  /** The season listed, or null while the seasons load. */
  season: number | null;
  /** The episode the list starts on (see `pickStartEpisode`). */
  startIndex: number;
  onChooseSeason: (season: number) => void;
  isPending: (episodeId: number) => boolean;
  onOpenEpisode: (episode: EpisodeDetails) => void;
}

/** Renders the row of seasons and the listed season's episodes, each with its loading, error and empty state. */
export function ShowEpisodesSection({ showId, seasons, episodes, season, startIndex, onChooseSeason, isPending, onOpenEpisode }: ShowEpisodesSectionProps) {
  const { t } = useI18n();
  const seasonList = seasons.data ?? [];

  if (seasons.isPending) {
    return (
      <div className="show-screen__seasons">
        <LoadingSkeleton shape="posters" count={8} itemWidth={200} itemHeight={72} itemSpacing={28} testId="show-seasons-loading" />
      </div>
    );
  }

  if (seasons.isError) {
    return (
      <div className="show-screen__seasons">
        <ErrorState
          message={t('show.seasonsError')}
          error={seasons.error}
          onRetry={() => void seasons.refetch()}
          retrying={seasons.isFetching}
          focusKeyPrefix={`show-${showId}-seasons-error`}
          testId="show-seasons-error"
        />
      </div>
    );
  }

  if (seasonList.length === 0) {
    return (
      <p className="show-screen__empty" data-testid="show-no-episodes">
        {t('show.noEpisodes')}
      </p>
    );
  }

  let list = null;
  if (episodes.isPending) {
    list = <LoadingSkeleton shape="text" count={5} testId="show-episodes-loading" />;
  } else if (episodes.isError) {
    list = (
      <ErrorState
        message={t('show.episodesError')}
        error={episodes.error}
        onRetry={() => void episodes.refetch()}
        retrying={episodes.isFetching}
        focusKeyPrefix={`show-${showId}-episodes-error`}
        testId="show-episodes-error"
      />
    );
  } else if ((episodes.data ?? []).length === 0) {
    list = (
      <p className="show-screen__empty" data-testid="show-no-episodes">
        {t('show.noEpisodes')}
      </p>
    );
  } else {
    // A new season is a new list: it starts again at its first episode.
    list = (
      <EpisodeList
        key={season ?? 0}
        showId={showId}
        episodes={episodes.data ?? []}
        startIndex={Math.max(0, startIndex)}
        isPending={isPending}
        onOpen={onOpenEpisode}
      />
    );
  }

  return (
    <>
      <div className="show-screen__seasons">
        <SeasonRow showId={showId} seasons={seasonList} selected={season} onChoose={onChooseSeason} />
      </div>
      <div className="show-screen__episodes">{list}</div>
    </>
  );
}
