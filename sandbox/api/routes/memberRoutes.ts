import { ApiFailure } from '../apiFailure';
import type { ApiHandler } from '../context';
import { memberJson } from '../json/memberJson';
import { requireMember, targetMember, tokenFrom } from '../memberAuth';

/** `GET /members/infos`: the signed-in member, or the member `id` names. */
export const memberInfos: ApiHandler = (ctx) => {
  const { target, viewer } = targetMember(ctx);
  return { member: memberJson(ctx, target, viewer?.profile.id === target.profile.id) };
};

/** `GET /members/is_active`: an empty success while the token is valid, 2001 otherwise. */
export const memberIsActive: ApiHandler = (ctx) => {
  requireMember(ctx);
  return {};
};

/** `POST /members/destroy`: revokes the token (sign-out). */
export const destroyMemberToken: ApiHandler = (ctx) => {
  const member = requireMember(ctx);
  const token = tokenFrom(ctx);
  if (!token || !ctx.state.tokens.revoke(token)) {
    throw new ApiFailure('invalidToken');
  }

  ctx.log(`member ${member.profile.id}: token revoked (members/destroy)`);
  return {};
};
