import type { MemberState } from '../data/memberState';
import { ApiFailure } from './apiFailure';
import type { ApiContext } from './context';
import { textParam } from './paramReaders';

/**
 * Reads the member token from any of the three places the API accepts: `Authorization: Bearer`,
 * `X-BetaSeries-Token`, or the `access_token` parameter.
 */
export function tokenFrom(ctx: ApiContext): string | null {
  const authorization = ctx.headers.authorization;
  const bearer = authorization ? /^Bearer\s+(\S+)$/i.exec(authorization)?.[1] : undefined;
  if (bearer) {
    return bearer;
  }

  const header = ctx.headers['x-betaseries-token'];
  const headerToken = Array.isArray(header) ? header[0] : header;
  if (headerToken && headerToken.trim() !== '') {
    return headerToken.trim();
  }

  return textParam(ctx, 'access_token') ?? null;
}

function memberOfToken(ctx: ApiContext, token: string): MemberState {
  const memberId = ctx.rejectTokens ? undefined : ctx.state.tokens.memberIdOf(token);
  const member = memberId === undefined ? undefined : ctx.state.member(memberId);
  if (!member) {
    throw new ApiFailure('invalidToken');
  }

  return member;
}

/** Returns the signed-in member. A missing, unknown or revoked token raises 2001. */
export function requireMember(ctx: ApiContext): MemberState {
  const token = tokenFrom(ctx);
  if (!token) {
    throw new ApiFailure('invalidToken');
  }

  return memberOfToken(ctx, token);
}

/** Returns the signed-in member when a token is sent (a bad one still raises 2001), else null. */
export function optionalMember(ctx: ApiContext): MemberState | null {
  const token = tokenFrom(ctx);
  return token ? memberOfToken(ctx, token) : null;
}

/**
 * Returns the member an endpoint with an `id` parameter reads: that id, or the signed-in
 * member. With neither, it raises code 0 `parameter "id" is missing`, as the live API does.
 */
export function targetMember(ctx: ApiContext): { target: MemberState; viewer: MemberState | null } {
  const viewer = optionalMember(ctx);
  const idText = textParam(ctx, 'id');

  if (idText === undefined) {
    if (!viewer) {
      throw new ApiFailure('memberIdMissing');
    }

    return { target: viewer, viewer };
  }

  const target = /^\d+$/.test(idText) ? ctx.state.member(Number(idText)) : undefined;
  if (!target) {
    throw new ApiFailure('memberNotFound');
  }

  return { target, viewer };
}
