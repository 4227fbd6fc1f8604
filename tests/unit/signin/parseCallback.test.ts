import { describe, expect, it } from 'vitest';
import { parseCallback } from '../../../src/signin/parseCallback';

const APP = 'http://127.0.0.1:8080/';

describe('parseCallback', () => {
  it('reads an ordinary start as none', () => {
    expect(parseCallback(APP)).toEqual({ kind: 'none' });
    expect(parseCallback(`${APP}?lang=fr#top`)).toEqual({ kind: 'none' });
  });

  it('reads an authorization code', () => {
    expect(parseCallback(`${APP}?code=4f1c0a9b`)).toEqual({ kind: 'code', code: '4f1c0a9b' });
  });

  it('ignores state beside a code', () => {
    expect(parseCallback(`${APP}?code=4f1c0a9b&state=xyz`)).toEqual({ kind: 'code', code: '4f1c0a9b' });
    expect(parseCallback(`${APP}?state=xyz`)).toEqual({ kind: 'none' });
  });

  it('reads a key-flow token', () => {
    expect(parseCallback(`${APP}?token=0a1b2c3d4e5f`)).toEqual({ kind: 'token', token: '0a1b2c3d4e5f' });
  });

  it('decodes percent-encoded values', () => {
    expect(parseCallback(`${APP}?code=a%2Fb%3Dc`)).toEqual({ kind: 'code', code: 'a/b=c' });
  });

  it('reads an error with its description', () => {
    expect(parseCallback(`${APP}?error=access_denied&error_description=The+member+refused`)).toEqual({
      kind: 'error',
      error: 'access_denied',
      description: 'The member refused',
    });
    expect(parseCallback(`${APP}?error=access_denied`)).toEqual({ kind: 'error', error: 'access_denied', description: null });
  });

  it('accepts a URL object', () => {
    expect(parseCallback(new URL(`${APP}?code=abc`))).toEqual({ kind: 'code', code: 'abc' });
  });

  it('keeps a code that sits after other parameters', () => {
    expect(parseCallback(`${APP}index.html?lang=en&code=abc`)).toEqual({ kind: 'code', code: 'abc' });
  });

  it('ignores parameters in the fragment', () => {
    expect(parseCallback(`${APP}#code=abc`)).toEqual({ kind: 'none' });
  });

  it.each([
    ['code and token', '?code=abc&token=def'],
    ['code and error', '?code=abc&error=access_denied'],
    ['token and error', '?token=abc&error=access_denied'],
  ])('rejects %s together as conflicting', (_case, query) => {
    expect(parseCallback(`${APP}${query}`)).toEqual({ kind: 'invalid', reason: 'conflicting' });
  });

  it.each([
    ['code', '?code=abc&code=def'],
    ['token', '?token=abc&token=abc'],
    ['error', '?error=a&error=b'],
    ['error_description', '?error=a&error_description=x&error_description=y'],
  ])('rejects a repeated %s', (_name, query) => {
    expect(parseCallback(`${APP}${query}`)).toEqual({ kind: 'invalid', reason: 'repeated' });
  });

  it.each([
    ['an empty code', '?code='],
    ['an empty token', '?token='],
    ['a code with a space', '?code=ab%20cd'],
    ['a code with a control character', '?code=ab%0Acd'],
    ['a non-ASCII token', '?token=t%C3%A9'],
    ['a code longer than 512 characters', `?code=${'a'.repeat(513)}`],
    ['an error with a quote', '?error=a%22b'],
    ['a description with a backslash', '?error=access_denied&error_description=a%5Cb'],
    ['an empty error', '?error='],
  ])('rejects %s as malformed', (_case, query) => {
    expect(parseCallback(`${APP}${query}`)).toEqual({ kind: 'invalid', reason: 'malformed' });
  });

  it('accepts a 512-character code', () => {
    const code = 'a'.repeat(512);

    expect(parseCallback(`${APP}?code=${code}`)).toEqual({ kind: 'code', code });
  });

  it('reads an unparsable address as none', () => {
    expect(parseCallback('not a url')).toEqual({ kind: 'none' });
  });
});
