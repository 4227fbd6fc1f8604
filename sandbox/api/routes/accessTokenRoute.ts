import { DEMO_CLIENT_SECRET } from '../../demoData';
import { ApiFailure } from '../apiFailure';
import type { ApiContext, ApiHandler } from '../context';
import { requiredText, textParam } from '../paramReaders';
import { checkClientId, exchangeDeviceCode } from './oauthRoutes';

/**
 * `POST /oauth/access_token` for an authorization code from the `/authorize` page. The code is
 * exchanged once, for the `redirect_uri` it was issued for. A second exchange is rejected and
 * revokes the token of the first, as RFC 6749 section 4.1.2 advises for a code used twice.
 */
export const exchangeAuthorizationCode: ApiHandler = (ctx) => {
  checkClientId(ctx);

  const secret = requiredText(ctx, 'client_secret');
  if (secret !== DEMO_CLIENT_SECRET) {
    ctx.log('authorization code exchange: rejected, wrong client_secret');
    throw new ApiFailure('invalidClientSecret');
  }

  const code = requiredText(ctx, 'code');
  const redirectUri = requiredText(ctx, 'redirect_uri');
  const store = ctx.state.authorizationCodes;
  const outcome = store.check(code, redirectUri);

  switch (outcome.kind) {
    case 'valid': {
      const accessToken = ctx.state.tokens.issue(outcome.record.memberId);
      store.markRedeemed(outcome.record, accessToken);
      ctx.log(`authorization code #${outcome.record.serial}: token issued for member ${outcome.record.memberId}`);
      return { access_token: accessToken, token_type: 'bearer' };
    }
    case 'redeemed': {
      const revoked = outcome.record.issuedToken !== null && ctx.state.tokens.revoke(outcome.record.issuedToken);
      ctx.log(`authorization code #${outcome.record.serial}: used again, rejected (3004)${revoked ? ', token of the first use revoked' : ''}`);
      throw new ApiFailure('redeemedAuthorizationCode');
    }
    case 'expired':
      ctx.log(`authorization code #${outcome.record.serial}: expired (3004)`);
      throw new ApiFailure('expiredAuthorizationCode');
    case 'redirectMismatch':
      ctx.log(`authorization code #${outcome.record.serial}: rejected, redirect_uri differs from the one authorized (3004)`);
      throw new ApiFailure('invalidParameter', { name: 'redirect_uri' });
    case 'unknown':
      ctx.log('authorization code exchange: unknown code (3004)');
      throw new ApiFailure('unknownAuthorizationCode');
  }
};

/** True for a request that exchanges an authorization code rather than polls a device code. */
function isAuthorizationCodeRequest(ctx: ApiContext): boolean {
  if (textParam(ctx, 'redirect_uri') !== undefined) {
    return true;
  }

  const code = textParam(ctx, 'code');
  return code !== undefined && ctx.state.authorizationCodes.has(code);
}

/**
 * `POST /oauth/access_token`: one endpoint for both grants, as on the live API, which takes no
 * `grant_type`. A request with a `redirect_uri` or with a code the `/authorize` page issued is
 * an authorization-code exchange, and every other request is a device-code poll.
 */
export const exchangeAccessToken: ApiHandler = (ctx) =>
  isAuthorizationCodeRequest(ctx) ? exchangeAuthorizationCode(ctx) : exchangeDeviceCode(ctx);
