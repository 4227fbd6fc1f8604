import { deviceCodeLabel } from '../../auth/deviceCodes';
import { DEMO_API_KEY, DEMO_CLIENT_SECRET } from '../../demoData';
import { ApiFailure } from '../apiFailure';
import type { ApiContext, ApiHandler } from '../context';
import { requiredText, textParam } from '../paramReaders';

/** `client_id` is optional (the key header is enough), but a different key is a client bug. */
export function checkClientId(ctx: ApiContext): void {
  const clientId = textParam(ctx, 'client_id');
  if (clientId !== undefined && clientId !== DEMO_API_KEY) {
    throw new ApiFailure('invalidParameter', { name: 'client_id' });
  }
}

/** `POST /oauth/device`: a new device code and the user code the TV shows. */
export const requestDeviceCode: ApiHandler = (ctx) => {
  checkClientId(ctx);

  const record = ctx.state.deviceCodes.issue(ctx.settings.codeLifetimeSeconds);
  ctx.log(`device ${deviceCodeLabel(record)}: issued user code ${record.userCode}, expires in ${ctx.settings.codeLifetimeSeconds} s`);

  return {
    device_code: record.deviceCode,
    user_code: record.userCode,
    verification_url: `${ctx.publicUrl}/device`,
    expires_in: ctx.settings.codeLifetimeSeconds,
    interval: ctx.settings.pollIntervalSeconds,
  };
};

/**
 * `POST /oauth/access_token` for a device code: 2001 while the member has not decided, the
 * token once after approval, then 3004. A refusal gives 2002 (a sandbox choice).
 */
export const exchangeDeviceCode: ApiHandler = (ctx) => {
  checkClientId(ctx);

  const secret = requiredText(ctx, 'client_secret');
  if (secret !== DEMO_CLIENT_SECRET) {
    ctx.log('device poll: rejected, wrong client_secret');
    throw new ApiFailure('invalidClientSecret');
  }

  const deviceCode = requiredText(ctx, 'code');
  const record = ctx.state.deviceCodes.findByDeviceCode(deviceCode);
  const label = record ? `device ${deviceCodeLabel(record)}` : 'device (unknown code)';
  const outcome = ctx.state.deviceCodes.redeem(deviceCode);

  switch (outcome.kind) {
    case 'token': {
      const accessToken = ctx.state.tokens.issue(outcome.memberId);
      ctx.log(`${label}: token issued for member ${outcome.memberId}`);
      return { access_token: accessToken, token_type: 'bearer' };
    }
    case 'waiting':
      ctx.log(`${label}: poll, still waiting (2001)`);
      throw new ApiFailure('waitingForMember');
    case 'denied':
      ctx.log(`${label}: poll, refused by the member (2002)`);
      throw new ApiFailure('refusedByMember');
    case 'expired':
      ctx.log(`${label}: poll, code expired (3004)`);
      throw new ApiFailure('expiredDeviceCode');
    case 'redeemed':
      ctx.log(`${label}: poll, code already used (3004)`);
      throw new ApiFailure('redeemedDeviceCode');
    case 'unknown':
      ctx.log(`${label}: poll, unknown code (3004)`);
      throw new ApiFailure('unknownDeviceCode');
  }
};
