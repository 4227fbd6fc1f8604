import { randomBytes } from 'node:crypto';
import { findDemoCredentials, passwordMatches } from '../../auth/demoCredentials';
import { requestOrigin } from '../../http/requestOrigin';
import { ApiFailure } from '../apiFailure';
import type { ApiHandler } from '../context';
import { requiredText } from '../paramReaders';

/** The form of the `password` parameter: a lowercase hex MD5. */
const MD5_HEX = /^[0-9a-f]{32}$/;

/**
 * `POST /members/auth`: signs a member in with a login (or e-mail address) and the lowercase hex
 * MD5 of their password. The token is in `token`, not `access_token`, as on the live API.
 * An unknown login gives 4002 and a wrong password 4003, the codes of the older documentation.
 */
export const authenticateMember: ApiHandler = (ctx) => {
  const login = requiredText(ctx, 'login');
  const passwordMd5 = requiredText(ctx, 'password');

  // NOTE: the live API's reply to a password that is not an MD5 is unknown. Rejecting it with
  // 3004 is a sandbox choice that catches a client sending the password itself.
  if (!MD5_HEX.test(passwordMd5)) {
    ctx.log('members/auth: rejected, the password parameter is not a lowercase hex MD5');
    throw new ApiFailure('invalidParameter', { name: 'password' });
  }

  const credentials = findDemoCredentials(login);
  const member = credentials ? ctx.state.memberByLogin(credentials.login) : undefined;
  if (!credentials || !member) {
    ctx.log('members/auth: rejected, unknown login (4002)');
    throw new ApiFailure('memberNotFound');
  }

  if (!passwordMatches(credentials, passwordMd5)) {
    ctx.log(`members/auth: rejected, wrong password for member ${member.profile.id} (4003)`);
    throw new ApiFailure('wrongPassword');
  }

  const token = ctx.state.tokens.issue(member.profile.id);
  ctx.log(`members/auth: token issued for member ${member.profile.id}`);

  return {
    user: { id: member.profile.id, login: member.profile.login, xp: member.profile.xp, in_account: false },
    token,
    // NOTE: what the live API's `hash` is for is unknown; the sandbox sends 32 random hex digits.
    hash: randomBytes(16).toString('hex'),
  };
};

/**
 * `POST /members/oauth`: a key for the `/oauth?key=` page. The live API sends the browser back
 * to the callback configured for the API key. The sandbox uses `memberKeyCallbackUrl` when set,
 * else the root of the origin this request came to, which is where `npm start` serves the app.
 */
export const requestMemberKey: ApiHandler = (ctx) => {
  const callbackUrl = ctx.settings.memberKeyCallbackUrl ?? `${requestOrigin(ctx.headers)}/`;
  const record = ctx.state.memberKeys.issue(callbackUrl);
  ctx.log(`member key #${record.serial}: issued`);

  return { oauth: { key: record.key, callback: callbackUrl } };
};
