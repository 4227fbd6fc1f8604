import { describe, expect, it } from 'vitest';
import { isLoopbackHost, isSecureApiUrl } from '../../../src/signin/isSecureApiUrl';

describe('isSecureApiUrl', () => {
  it.each([
    'https://api.betaseries.com',
    'https://192.168.1.20:8443/api',
    'http://127.0.0.1:8080/api',
    'http://127.45.0.3/api',
    'http://localhost:8081',
    'http://LOCALHOST./api',
    'http://[::1]:8080/api',
    'http://[0:0:0:0:0:0:0:1]/api',
    'http://[::ffff:127.0.0.1]/api',
    'http://0x7f.1/api',
    'http://2130706433/api',
  ])('accepts %s', (url) => {
    expect(isSecureApiUrl(url)).toBe(true);
  });

  it.each([
    'http://api.betaseries.com',
    'http://192.168.1.20:8080/api',
    'http://10.0.0.2/api',
    'http://127.0.0.1.nip.io/api',
    'http://localhost.example.org/api',
    'http://tv.localhost/api',
    'http://[::2]/api',
    'http://[::ffff:192.168.1.20]/api',
    'ftp://127.0.0.1/api',
    'file:///api',
    'api',
    '/api',
    '',
  ])('rejects %j', (url) => {
    expect(isSecureApiUrl(url)).toBe(false);
  });
});

describe('isLoopbackHost', () => {
  it('reads the whole 127.0.0.0/8 block as loopback', () => {
    expect(isLoopbackHost('127.0.0.1')).toBe(true);
    expect(isLoopbackHost('127.255.255.254')).toBe(true);
    expect(isLoopbackHost('128.0.0.1')).toBe(false);
  });
});
