import { afterEach, describe, expect, it } from 'vitest';
import { createApiClient } from '../../../src/api/client';
import { ApiError, InvalidResponseError } from '../../../src/api/errors';
import { exchangeDeviceCode, requestDeviceCode } from '../../../src/api/oauth';
import { OAuthError } from '../../../src/api/oauthError';
import { loopbackConfig, sendJson, startLoopbackServer, type LoopbackHandler, type LoopbackServer } from './loopbackServer';

let server: LoopbackServer | null = null;

afterEach(async () => {
  await server?.close();
  server = null;
});

async function start(handler: LoopbackHandler): Promise<LoopbackServer> {
  server = await startLoopbackServer(handler);
  return server;
}

describe('requestDeviceCode', () => {
  it('reads the BetaSeries reply', async () => {
    const { url, requests } = await start((_request, response) =>
      sendJson(response, 200, {
        device_code: '1c2b3a',
        user_code: '975-820',
        verification_url: 'http://127.0.0.1:9/device',
        expires_in: '1800',
        interval: 5,
      }),
    );

    const code = await requestDeviceCode(createApiClient(loopbackConfig(url)));

    expect(code).toEqual({
      deviceCode: '1c2b3a',
      userCode: '975-820',
      verificationUrl: 'http://127.0.0.1:9/device',
      verificationUrlComplete: null,
      expiresInSeconds: 1800,
      intervalSeconds: 5,
    });
    expect(requests[0]?.method).toBe('POST');
    expect(requests[0]?.url.pathname).toBe('/oauth/device');
    expect(new URLSearchParams(requests[0]?.body).get('client_id')).toBe('unit-test-key');
  });

  it('reads RFC 8628 field names', async () => {
    const { url } = await start((_request, response) =>
      sendJson(response, 200, {
        device_code: 'abc',
        user_code: 'WDJB-MJHT',
        verification_uri: 'http://127.0.0.1:9/activate',
        verification_uri_complete: 'http://127.0.0.1:9/activate?user_code=WDJB-MJHT',
        expires_in: 600,
      }),
    );

    const code = await requestDeviceCode(createApiClient(loopbackConfig(url)));

    expect(code.verificationUrl).toBe('http://127.0.0.1:9/activate');
    expect(code.verificationUrlComplete).toBe('http://127.0.0.1:9/activate?user_code=WDJB-MJHT');
    expect(code.intervalSeconds).toBe(5);
    expect(code.expiresInSeconds).toBe(600);
  });

  it('defaults a zero interval to 5 s', async () => {
    const { url } = await start((_request, response) =>
      sendJson(response, 200, { device_code: 'a', user_code: 'b', verification_url: 'https://x.test/d', interval: 0, expires_in: 'soon' }),
    );

    const code = await requestDeviceCode(createApiClient(loopbackConfig(url)));

    expect(code.intervalSeconds).toBe(5);
    expect(code.expiresInSeconds).toBe(1800);
  });

  it.each([
    ['user_code', { device_code: 'a', verification_url: 'https://x.test/d' }],
    ['device_code', { user_code: '1', verification_url: 'https://x.test/d' }],
    ['verification_url', { device_code: 'a', user_code: '1', verification_url: 'javascript:alert(1)' }],
  ])('rejects a reply without %s', async (field, body) => {
    const { url } = await start((_request, response) => sendJson(response, 200, body));

    const pending = requestDeviceCode(createApiClient(loopbackConfig(url)));

    await expect(pending).rejects.toBeInstanceOf(InvalidResponseError);
    await expect(pending).rejects.toThrow(field);
  });
});

describe('exchangeDeviceCode', () => {
  it('posts key, secret and code without grant_type', async () => {
    const { url, requests } = await start((_request, response) =>
      sendJson(response, 200, { access_token: 'tok-1', token_type: 'bearer' }),
    );

    const token = await exchangeDeviceCode(createApiClient(loopbackConfig(url)), 'device-123');

    expect(token).toBe('tok-1');
    const form = new URLSearchParams(requests[0]?.body);
    expect(requests[0]?.url.pathname).toBe('/oauth/access_token');
    expect(form.get('client_id')).toBe('unit-test-key');
    expect(form.get('client_secret')).toBe('unit-test-secret');
    expect(form.get('code')).toBe('device-123');
    expect(form.has('grant_type')).toBe(false);
  });

  it('omits the secret for a relay', async () => {
    const { url, requests } = await start((_request, response) => sendJson(response, 200, { access_token: 'tok-2' }));
    const config = loopbackConfig(url, { clientSecret: undefined, tokenUrl: `${url}/relay/token` });

    await exchangeDeviceCode(createApiClient(config), 'device-123');

    expect(requests[0]?.url.pathname).toBe('/relay/token');
    expect(new URLSearchParams(requests[0]?.body).has('client_secret')).toBe(false);
    expect(requests[0]?.headers['x-betaseries-key']).toBe('unit-test-key');
  });

  it('accepts a form-encoded token', async () => {
    const { url } = await start((_request, response) => {
      response.writeHead(200, { 'Content-Type': 'application/x-www-form-urlencoded' });
      response.end('access_token=tok%2F3&token_type=bearer');
    });

    await expect(exchangeDeviceCode(createApiClient(loopbackConfig(url)), 'd')).resolves.toBe('tok/3');
  });

  it('throws ApiError 2001 while waiting', async () => {
    const { url } = await start((_request, response) =>
      sendJson(response, 400, { errors: [{ code: 2001, text: "En attente de l'identification." }] }),
    );

    const pending = exchangeDeviceCode(createApiClient(loopbackConfig(url)), 'd');

    await expect(pending).rejects.toBeInstanceOf(ApiError);
    await expect(pending).rejects.toMatchObject({ code: 2001 });
  });

  it('throws OAuthError for slow_down', async () => {
    const { url } = await start((_request, response) => sendJson(response, 400, { error: 'slow_down' }));

    await expect(exchangeDeviceCode(createApiClient(loopbackConfig(url)), 'd')).rejects.toMatchObject({
      name: 'OAuthError',
      errorCode: 'slow_down',
      status: 400,
    });
  });

  it('throws OAuthError for an error sent with 200', async () => {
    const { url } = await start((_request, response) => sendJson(response, 200, { error: 'authorization_pending' }));

    const pending = exchangeDeviceCode(createApiClient(loopbackConfig(url)), 'd');

    await expect(pending).rejects.toBeInstanceOf(OAuthError);
    await expect(pending).rejects.toMatchObject({ errorCode: 'authorization_pending' });
  });

  it('rejects a success without a token', async () => {
    const { url } = await start((_request, response) => sendJson(response, 200, { token_type: 'bearer', errors: [] }));

    const pending = exchangeDeviceCode(createApiClient(loopbackConfig(url)), 'd');

    await expect(pending).rejects.toBeInstanceOf(InvalidResponseError);
    await expect(pending).rejects.toThrow('access_token');
  });
});
