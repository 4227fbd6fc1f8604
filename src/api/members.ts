import type { ApiClient } from './client';
import { isSessionOver } from './errors';
import { invalidShape, requireRecord, toInt, toRecord, toText, toTextOrNull, toUrlOrNull } from './parse';
import type { Member, MemberStats } from './types';

function parseStats(value: unknown): MemberStats {
  const raw = toRecord(value);

  return {
    shows: toInt(raw.shows),
    seasons: toInt(raw.seasons),
    episodes: toInt(raw.episodes),
    episodesToWatch: toInt(raw.episodes_to_watch),
    timeOnTv: toInt(raw.time_on_tv),
    timeToSpend: toInt(raw.time_to_spend),
    movies: toInt(raw.movies),
    badges: toInt(raw.badges),
  };
}

/** Fetches the signed-in member (`GET /members/infos`). Throws `InvalidResponseError` without a member id. */
export async function getMemberInfos(client: ApiClient, token: string, signal?: AbortSignal): Promise<Member> {
  const reply = await client.request({ method: 'GET', path: '/members/infos', token, signal });

  const context = 'GET /members/infos';
  const member = requireRecord(reply, 'member', context);

  const id = toInt(member.id);
  if (id <= 0) {
    throw invalidShape(context, 'member.id', 'is missing or not a positive number');
  }

  return {
    id,
    login: toText(member.login),
    xp: toInt(member.xp),
    locale: toTextOrNull(member.locale),
    avatar: toUrlOrNull(member.avatar),
    stats: parseStats(member.stats),
  };
}

/**
 * Checks the token with `GET /members/is_active`. Returns false when the API reports that the session is
 * over (see `isSessionOver`) and throws every other error, so a network failure never signs the
 * member out.
 */
export async function isTokenActive(client: ApiClient, token: string, signal?: AbortSignal): Promise<boolean> {
  try {
    await client.request({
      method: 'GET',
      path: '/members/is_active',
      token,
      signal,
      // 2001 is the normal "session over" reply here, not a fault.
      expectedErrorCodes: [2001],
    });
    return true;
  } catch (error) {
    if (isSessionOver(error)) {
      return false;
    }

    throw error;
  }
}

/**
 * Revokes the token (`POST /members/destroy`). Resolves when the API reports that the session was
 * already over, because the goal of signing out is then reached.
 */
export async function destroyToken(client: ApiClient, token: string, signal?: AbortSignal): Promise<void> {
  try {
    await client.request({ method: 'POST', path: '/members/destroy', token, signal, expectedErrorCodes: [2001] });
  } catch (error) {
    if (isSessionOver(error)) {
      return;
    }

    throw error;
  }
}
