import { ApiError, InvalidResponseError } from './errors';
import { OAuthError } from './oauthError';
import { isRecord, toInt, toText, toTextOrNull, type JsonRecord } from './parse';

export interface RawReply {
  status: number;
  /** The `Content-Type` header, or an empty string. Used only in error messages. */
  contentType: string;
  body: string;
  /**
   * The `Retry-After` header in whole seconds from when the reply arrived, or null when it is
   * missing or unreadable. `fetchWithDeadline` always sets it, but a reply built by hand may
   * leave it out.
   */
  retryAfterSeconds?: number | null;
}

export interface ParseReplyOptions {
  /** `METHOD /path`, for error messages. */
  label: string;
  /** Accept a form-encoded `access_token=…` body, which older BetaSeries documentation shows. */
  acceptFormEncodedToken?: boolean;
}

function isSuccessStatus(status: number): boolean {
  return status >= 200 && status < 300;
}

function isClientErrorStatus(status: number): boolean {
  return status >= 400 && status < 500;
}

/**
 * Returns the reply's `Retry-After` delay for a 429 or 503, the two statuses whose
 * `Retry-After` means "try again after this delay" (RFC 9110 section 10.2.3, RFC 6585 section 4).
 */
function retryAfterOf(reply: RawReply): number | null {
  if (reply.status !== 429 && reply.status !== 503) {
    return null;
  }

  return reply.retryAfterSeconds ?? null;
}

/** `{"errors":[{code,text}]}` to `ApiError`. Codes can arrive as strings, and entries as bare strings. */
function toApiError(firstError: unknown, status: number, retryAfterSeconds: number | null): ApiError {
  if (!isRecord(firstError)) {
    return new ApiError(0, toText(firstError), status, retryAfterSeconds);
  }

  return new ApiError(toInt(firstError.code), toText(firstError.text), status, retryAfterSeconds);
}

function parseFormEncoded(body: string): JsonRecord {
  const record: JsonRecord = {};
  new URLSearchParams(body).forEach((value, key) => {
    record[key] = value;
  });

  return record;
}

function parseJson(body: string, status: number, label: string, retryAfterSeconds: number | null): unknown {
  try {
    return JSON.parse(body);
  } catch {
    throw new InvalidResponseError(`Malformed JSON in the reply to ${label} (HTTP ${status})`, status, retryAfterSeconds);
  }
}

function looksLikeJson(text: string, contentType: string): boolean {
  const first = text.charAt(0);

  return first === '{' || first === '[' || /\bjson\b/i.test(contentType);
}

/**
 * Turns a raw HTTP reply into the JSON object of a success, or throws the matching error.
 * A non-empty `errors` array gives `ApiError`, and a standard OAuth `error` field on a non-2xx
 * reply gives `OAuthError`. HTML pages, malformed JSON and JSON that is not an object give
 * `InvalidResponseError`. A 4xx reply counts as a success only when it carries an empty
 * `errors` array, the BetaSeries sign that nothing failed. An `InvalidResponseError` for a 429
 * or 503 carries the reply's `Retry-After` delay in `retryAfterSeconds`.
 */
export function parseReply(reply: RawReply, options: ParseReplyOptions): JsonRecord {
  const { status, contentType } = reply;
  const label = options.label;
  const retryAfterSeconds = retryAfterOf(reply);

  // A UTF-8 byte order mark before the JSON would make JSON.parse fail.
  const text = reply.body.replace(/^\uFEFF/, '').trim();

  if (text === '') {
    throw new InvalidResponseError(`Empty reply to ${label} (HTTP ${status})`, status, retryAfterSeconds);
  }

  if (!looksLikeJson(text, contentType)) {
    if (options.acceptFormEncodedToken && isSuccessStatus(status) && text.indexOf('access_token=') !== -1) {
      return parseFormEncoded(text);
    }

    // The body itself is left out of the message because a CDN page is noise and a token reply is a secret.
    throw new InvalidResponseError(
      `Expected JSON in the reply to ${label} but got HTTP ${status} ${contentType || 'with no content type'}`,
      status,
      retryAfterSeconds,
    );
  }

  const json = parseJson(text, status, label, retryAfterSeconds);
  if (!isRecord(json)) {
    throw new InvalidResponseError(`The JSON reply to ${label} is not an object (HTTP ${status})`, status, retryAfterSeconds);
  }

  const errors = json.errors;
  if (Array.isArray(errors) && errors.length > 0) {
    throw toApiError(errors[0], status, retryAfterSeconds);
  }

  if (isSuccessStatus(status)) {
    return json;
  }

  if (isClientErrorStatus(status) && Array.isArray(errors)) {
    return json;
  }

  if (typeof json.error === 'string' && json.error !== '') {
    throw new OAuthError(json.error, toTextOrNull(json.error_description), status, retryAfterSeconds);
  }

  throw new InvalidResponseError(`Unexpected HTTP ${status} reply to ${label} without an "errors" list`, status, retryAfterSeconds);
}
