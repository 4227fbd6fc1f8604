import { describe, expect, it } from 'vitest';
import {
  buildAuthorizeUrl,
  buildMemberKeyUrl,
  canRedirectToSignIn,
  redirectUriForPage,
  removeCallbackParameters,
} from '../../../src/signin/redirectUrls';

describe('redirect addresses', () => {
  it('builds the authorize address without state', () => {
    const url = new URL(buildAuthorizeUrl('http://127.0.0.1:8080/', 'sandbox-demo-key', 'http://127.0.0.1:8080/tv/'));

    expect(url.origin + url.pathname).toBe('http://127.0.0.1:8080/authorize');
    expect(url.searchParams.get('client_id')).toBe('sandbox-demo-key');
    expect(url.searchParams.get('redirect_uri')).toBe('http://127.0.0.1:8080/tv/');
    expect([...url.searchParams.keys()]).toEqual(['client_id', 'redirect_uri']);
  });

  it('encodes the redirect address', () => {
    const built = buildAuthorizeUrl('https://web.test', 'key', 'https://tv.test/app?x=1&y=2');

    expect(built).toBe('https://web.test/authorize?client_id=key&redirect_uri=https%3A%2F%2Ftv.test%2Fapp%3Fx%3D1%26y%3D2');
  });

  it('builds the key-flow address', () => {
    expect(buildMemberKeyUrl('http://127.0.0.1:8080', 'a1b2&c')).toBe('http://127.0.0.1:8080/oauth?key=a1b2%26c');
  });

  it.each(['', 'www.betaseries.com', 'javascript:alert(1)', 'file:///tmp'])('rejects the web address %j', (base) => {
    expect(() => buildMemberKeyUrl(base, 'key')).toThrow(/web address is invalid/);
    expect(() => buildAuthorizeUrl(base, 'key', 'http://127.0.0.1/')).toThrow(/web address is invalid/);
  });

  it('derives the redirect address from the page without query or fragment', () => {
    expect(redirectUriForPage('http://127.0.0.1:8080/?code=old&lang=fr#top')).toBe('http://127.0.0.1:8080/');
    expect(redirectUriForPage('https://tv.test/app/index.html')).toBe('https://tv.test/app/index.html');
  });

  it('offers no redirect to a packaged app', () => {
    expect(canRedirectToSignIn('file:///media/developer/apps/usr/palm/applications/tv/index.html')).toBe(false);
    expect(redirectUriForPage('file:///index.html')).toBeNull();
    expect(canRedirectToSignIn('http://127.0.0.1:8080/')).toBe(true);
  });

  it('removes only the callback parameters', () => {
    const cleaned = removeCallbackParameters('http://127.0.0.1:8080/?lang=fr&code=abc&state=s&token=t&error=e&error_description=d#top');

    expect(cleaned).toBe('http://127.0.0.1:8080/?lang=fr#top');
  });

  it('drops the question mark when nothing is left', () => {
    expect(removeCallbackParameters('http://127.0.0.1:8080/?token=secret-token')).toBe('http://127.0.0.1:8080/');
  });
});
