/**
 * Streaming services for `platforms.svods` and `platform_links`. Names are labels only: every
 * link and logo the sandbox sends points at the sandbox itself.
 */
export const PLATFORMS = {
  netflix: { id: 1, name: 'Netflix', color: '#e50914' },
  prime: { id: 2, name: 'Prime Video', color: '#00a8e1' },
  disney: { id: 3, name: 'Disney+', color: '#113ccf' },
  canal: { id: 4, name: 'myCANAL', color: '#111111' },
  arte: { id: 5, name: 'ARTE', color: '#fa481c' },
  apple: { id: 6, name: 'Apple TV+', color: '#333333' },
  crunchyroll: { id: 7, name: 'Crunchyroll', color: '#f47521' },
  max: { id: 8, name: 'Max', color: '#002be7' },
} as const;

export type PlatformKey = keyof typeof PLATFORMS;

export const PLATFORM_KEYS = Object.keys(PLATFORMS) as PlatformKey[];
