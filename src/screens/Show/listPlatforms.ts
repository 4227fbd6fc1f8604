import type { EpisodeDetails, Show } from '../../api/types';

export interface WatchPlatform {
  name: string;
  logo: string | null;
}

/**
 * Returns where the show can be watched: its subscription services (`platforms.svods`), then
 * the platforms the loaded episodes link to (`platform_links`), each name once.
 */
export function listPlatforms(show: Show, episodes: readonly EpisodeDetails[]): WatchPlatform[] {
  const platforms: WatchPlatform[] = [];
  const names = new Set<string>();

  const add = (name: string, logo: string | null) => {
    const key = name.trim().toLowerCase();
    if (key === '' || names.has(key)) {
      return;
    }

    names.add(key);
    platforms.push({ name: name.trim(), logo });
  };

  for (const service of show.streamingServices) {
    add(service.name, service.logo);
  }

  for (const episode of episodes) {
    for (const link of episode.platformLinks) {
      add(link.platform, link.logo);
    }
  }

  return platforms;
}
