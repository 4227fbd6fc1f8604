import { describe, expect, it } from 'vitest';
import { ApiError, InvalidResponseError, isTransient } from '../../../src/api/errors';
import { OAuthError } from '../../../src/api/oauthError';
import { parseReply, type RawReply } from '../../../src/api/parseReply';

const JSON_TYPE = 'application/json';
const label = 'GET /episodes/list';

function reply(status: number, body: string, contentType = JSON_TYPE): RawReply {
  return { status, body, contentType };
}

function caught(run: () => unknown): unknown {
  try {
    run();
  } catch (error) {
    return error;
  }
  throw new Error('expected a throw');
}

describe('parseReply', () => {
  it('returns the object of a success', () => {
    expect(parseReply(reply(200, '{"shows":[],"errors":[]}'), { label })).toEqual({ shows: [], errors: [] });
  });

  it('accepts a success without errors field', () => {
    expect(parseReply(reply(200, '{"ok":1}'), { label })).toEqual({ ok: 1 });
  });

  it('turns an errors list into ApiError', () => {
    const error = caught(() =>
      parseReply(reply(400, '{"errors":[{"code":2001,"text":"Token invalide."},{"code":3001,"text":"x"}]}'), { label }),
    );

    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).code).toBe(2001);
    expect((error as ApiError).text).toBe('Token invalide.');
    expect((error as ApiError).status).toBe(400);
  });

  it('converts string error codes', () => {
    const error = caught(() => parseReply(reply(400, '{"errors":[{"code":"4001","text":"Série introuvable."}]}'), { label }));

    expect((error as ApiError).code).toBe(4001);
  });

  it('raises ApiError even on HTTP 200', () => {
    const error = caught(() => parseReply(reply(200, '{"errors":[{"code":0,"text":"parameter \\"id\\" is missing"}]}'), { label }));

    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).status).toBe(200);
  });

  it('reads a bare string error entry', () => {
    const error = caught(() => parseReply(reply(400, '{"errors":["Erreur inconnue"]}'), { label }));

    expect((error as ApiError).code).toBe(0);
    expect((error as ApiError).text).toBe('Erreur inconnue');
  });

  it('accepts 4xx with an empty errors list', () => {
    expect(parseReply(reply(404, '{"errors":[]}'), { label })).toEqual({ errors: [] });
  });

  it('turns an RFC 8628 error into OAuthError', () => {
    const error = caught(() =>
      parseReply(reply(400, '{"error":"slow_down","error_description":"Poll less often"}'), { label: 'POST /token' }),
    );

    expect(error).toBeInstanceOf(OAuthError);
    expect(error).toBeInstanceOf(InvalidResponseError);
    expect((error as OAuthError).errorCode).toBe('slow_down');
    expect((error as OAuthError).errorDescription).toBe('Poll less often');
    expect(isTransient(error)).toBe(false);
  });

  it('keeps a 503 OAuth error transient', () => {
    const error = caught(() => parseReply(reply(503, '{"error":"temporarily_unavailable"}'), { label }));

    expect(error).toBeInstanceOf(OAuthError);
    expect(isTransient(error)).toBe(true);
  });

  it('rejects 4xx JSON with neither errors nor error', () => {
    const error = caught(() => parseReply(reply(404, '{"message":"Not Found"}'), { label }));

    expect(error).toBeInstanceOf(InvalidResponseError);
    expect(error).not.toBeInstanceOf(OAuthError);
    expect((error as InvalidResponseError).status).toBe(404);
  });

  it('rejects a 5xx JSON without errors as transient', () => {
    const error = caught(() => parseReply(reply(500, '{"message":"oops"}'), { label }));

    expect(error).toBeInstanceOf(InvalidResponseError);
    expect(isTransient(error)).toBe(true);
  });

  it('rejects an HTML 502 page as transient', () => {
    const error = caught(() => parseReply(reply(502, '<html><body>Bad Gateway</body></html>', 'text/html'), { label }));

    expect(error).toBeInstanceOf(InvalidResponseError);
    expect((error as InvalidResponseError).status).toBe(502);
    expect((error as Error).message).toContain('text/html');
    expect((error as Error).message).not.toContain('Bad Gateway');
    expect(isTransient(error)).toBe(true);
  });

  it('rejects an HTML page with status 200', () => {
    const error = caught(() => parseReply(reply(200, '<!doctype html><p>Maintenance</p>', 'text/html'), { label }));

    expect(error).toBeInstanceOf(InvalidResponseError);
    expect(isTransient(error)).toBe(false);
  });

  it('rejects malformed JSON', () => {
    const error = caught(() => parseReply(reply(200, '{"shows":[{"id":1,'), { label }));

    expect(error).toBeInstanceOf(InvalidResponseError);
    expect((error as Error).message).toMatch(/Malformed JSON/);
  });

  it('rejects malformed JSON announced by its content type', () => {
    const error = caught(() => parseReply(reply(200, 'shows: []'), { label }));

    expect((error as Error).message).toMatch(/Malformed JSON/);
  });

  it('rejects JSON that is not an object', () => {
    for (const body of ['[]', 'null', '"text"', '42']) {
      const error = caught(() => parseReply(reply(200, body), { label }));
      expect(error).toBeInstanceOf(InvalidResponseError);
    }
  });

  it('rejects an empty body', () => {
    const error = caught(() => parseReply(reply(200, '  \n'), { label }));

    expect((error as Error).message).toMatch(/Empty reply/);
  });

  it('skips a byte order mark', () => {
    expect(parseReply(reply(200, '\uFEFF{"errors":[]}'), { label })).toEqual({ errors: [] });
  });

  it('reads a form-encoded token when allowed', () => {
    const parsed = parseReply(reply(200, 'access_token=abc%2B1&token_type=bearer', 'text/plain'), {
      label,
      acceptFormEncodedToken: true,
    });

    expect(parsed).toEqual({ access_token: 'abc+1', token_type: 'bearer' });
  });

  it('rejects a form-encoded token elsewhere', () => {
    const error = caught(() => parseReply(reply(200, 'access_token=abc', 'text/plain'), { label }));

    expect(error).toBeInstanceOf(InvalidResponseError);
    expect((error as Error).message).not.toContain('abc');
  });

  it('rejects a form-encoded token on an error status', () => {
    const error = caught(() =>
      parseReply(reply(500, 'access_token=abc', 'text/plain'), { label, acceptFormEncodedToken: true }),
    );

    expect(error).toBeInstanceOf(InvalidResponseError);
  });
});
