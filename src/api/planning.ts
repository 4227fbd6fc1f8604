import type { ApiClient } from './client';
import { requireArray } from './parse';
import { parseEpisodeList } from './parseEpisode';
import type { EpisodeDetails } from './types';

export interface PlanningParams {
  /** `YYYY-MM`. */
  month?: string;
  /** Only episodes the member has not seen. */
  unseen?: boolean;
}

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

/**
 * Lists the episodes of the member's shows by air date (`GET /planning/member`). The reply is
 * heavy; `listUnwatched` with `released: 2` is a lighter source of upcoming episodes.
 */
export async function listPlanning(
  client: ApiClient,
  token: string,
  params: PlanningParams = {},
  signal?: AbortSignal,
): Promise<EpisodeDetails[]> {
  if (params.month !== undefined && !MONTH.test(params.month)) {
    throw new RangeError(`Invalid month: "${params.month}". Pass it as YYYY-MM, for example 2024-03.`);
  }

  const reply = await client.request({
    method: 'GET',
    path: '/planning/member',
    token,
    signal,
    params: { month: params.month, unseen: params.unseen },
  });

  return parseEpisodeList(requireArray(reply, 'episodes', 'GET /planning/member'));
}
