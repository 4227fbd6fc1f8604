import { describe, expect, it } from 'vitest';
import { judgeFailure } from '../../../src/actions/judgeFailure';
import type { MemberActionInput } from '../../../src/actions/memberAction';
import { AbortedError, ApiError, InvalidResponseError, NetworkError, TimeoutError } from '../../../src/api/errors';
import { OAuthError } from '../../../src/api/oauthError';

const mark: MemberActionInput = { kind: 'markWatched', episodeId: 1 };
const unmark: MemberActionInput = { kind: 'unmarkWatched', episodeId: 1 };
const add: MemberActionInput = { kind: 'addShow', showId: 1 };
const remove: MemberActionInput = { kind: 'removeShow', showId: 1 };
const archive: MemberActionInput = { kind: 'archiveShow', showId: 1 };

describe('judgeFailure', () => {
  it.each([
    ['2003 on addShow', add, 2003],
    ['2004 on removeShow', remove, 2004],
    ['2005 on unmarkWatched', unmark, 2005],
  ])('counts %s as already applied', (_name, action, code) => {
    expect(judgeFailure(action, new ApiError(code, 'déjà fait', 400))).toEqual({ kind: 'alreadyApplied' });
  });

  it.each([
    ['2003 on removeShow', remove, 2003],
    ['2004 on archiveShow', archive, 2004],
    ['2005 on markWatched', mark, 2005],
    ['3004 on markWatched', mark, 3004],
    ['4001 on addShow', add, 4001],
  ])('rejects %s', (_name, action, code) => {
    expect(judgeFailure(action, new ApiError(code, 'non', 400))).toEqual({ kind: 'rejected' });
  });

  it('pauses on a rejected token', () => {
    expect(judgeFailure(mark, new ApiError(2001, 'Token invalide.', 400))).toEqual({ kind: 'sessionOver' });
  });

  it('pauses on the missing id reply', () => {
    expect(judgeFailure(add, new ApiError(0, 'parameter "id" is missing', 400))).toEqual({ kind: 'sessionOver' });
  });

  it.each([
    ['a network failure', new NetworkError('ECONNRESET')],
    ['a timeout', new TimeoutError(15_000)],
    ['an HTML 502', new InvalidResponseError('Expected JSON', 502)],
  ])('retries after %s', (_name, error) => {
    expect(judgeFailure(mark, error)).toEqual({ kind: 'retry', retryAfterSeconds: null, unreadable: false });
  });

  it('keeps the Retry-After of a 503', () => {
    expect(judgeFailure(mark, new InvalidResponseError('Expected JSON', 503, 30))).toEqual({ kind: 'retry', retryAfterSeconds: 30, unreadable: false });
  });

  it('retries an unreadable 200 reply as unreadable', () => {
    expect(judgeFailure(mark, new InvalidResponseError('Malformed JSON', 200))).toEqual({ kind: 'retry', retryAfterSeconds: null, unreadable: true });
  });

  it('rejects an OAuth error on a data call', () => {
    expect(judgeFailure(mark, new OAuthError('invalid_request', null, 400))).toEqual({ kind: 'rejected' });
  });

  it('rejects a programming error', () => {
    expect(judgeFailure(mark, new RangeError('Invalid episodeId: 0'))).toEqual({ kind: 'rejected' });
  });

  it('reports an abort as aborted', () => {
    expect(judgeFailure(mark, new AbortedError())).toEqual({ kind: 'aborted' });
  });
});
