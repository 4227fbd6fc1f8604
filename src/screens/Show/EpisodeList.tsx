import { useCallback } from 'react';
import type { EpisodeDetails } from '../../api/types';
import { useI18n } from '../../i18n/useI18n';
import type { GridGeometry } from '../../tv/gridWindow';
import { VirtualGrid } from '../../tv/VirtualGrid';
import { EpisodeRow } from './EpisodeRow';

/** One column as wide as the safe area, five rows of 60 px 8 px apart (see ShowScreen.css). */
const LIST_GEOMETRY: GridGeometry = { columns: 1, itemWidth: 1728, itemHeight: 60, columnGap: 0, rowGap: 8, viewportHeight: 332 };

/** A focused row keeps its size (see ShowScreen.css), so its 4 px ring is all the room it needs; no more than the gap. */
const FOCUS_ROOM = 8;

export function episodesFocusKey(showId: number): string {
  return `show-${showId}-episodes`;
}

export function episodeFocusKey(showId: number, episodeId: number): string {
  return `show-${showId}-episode-${episodeId}`;
}

/** Returns the episode id in an episode's focus key of this show, or null for any other key. */
export function episodeIdOfFocusKey(showId: number, focusKey: string | null): number | null {
  const prefix = `show-${showId}-episode-`;
  if (!focusKey || !focusKey.startsWith(prefix)) {
    return null;
  }

  const id = Number(focusKey.slice(prefix.length));
  return Number.isInteger(id) && id > 0 ? id : null;
}

export interface EpisodeListProps {
  showId: number;
  episodes: readonly EpisodeDetails[];
  /** The episode the list starts on, scrolled into view. */
  startIndex: number;
  isPending: (episodeId: number) => boolean;
  onOpen: (episode: EpisodeDetails) => void;
}

/**
 * Renders a season's episodes as a list that scrolls itself to the focused one. A season of
 * hundreds of episodes (a daily soap) mounts only the rows in view and a few more.
 */
export function EpisodeList({ showId, episodes, startIndex, isPending, onOpen }: EpisodeListProps) {
  const { t } = useI18n();
  const getFocusKey = useCallback((episode: EpisodeDetails) => episodeFocusKey(showId, episode.id), [showId]);
  const renderRow = useCallback((episode: EpisodeDetails) => <EpisodeRow episode={episode} pending={isPending(episode.id)} />, [isPending]);

  return (
    <VirtualGrid
      focusKey={episodesFocusKey(showId)}
      items={episodes}
      getItemFocusKey={getFocusKey}
      geometry={LIST_GEOMETRY}
      focusRoom={FOCUS_ROOM}
      initialIndex={startIndex}
      itemTestId="show-episode"
      ariaLabel={t('show.episodes')}
      getItemLabel={(episode) =>
        t('show.episodeLabel', {
          code: episode.code,
          title: episode.title,
          state: episode.seen ? t('show.episodeWatched') : t('show.episodeToWatch'),
        })
      }
      onItemPress={onOpen}
      renderItem={renderRow}
    />
  );
}
