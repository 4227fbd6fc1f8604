import type { IncomingMessage } from 'node:http';

/**
 * Request parameters merged from the query string and the body, as the BetaSeries API reads
 * them: a form-encoded body and a JSON body are both accepted, and body values win.
 */

export type Params = Map<string, string>;

/** Larger bodies are rejected. No sandbox call needs more than a few hundred bytes. */
const MAX_BODY_BYTES = 1_000_000;

export class BodyError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'BodyError';
  }
}

export async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;

  for await (const chunk of req) {
    const buffer = chunk as Buffer;
    size += buffer.length;
    if (size > MAX_BODY_BYTES) {
      throw new BodyError(`request body larger than ${MAX_BODY_BYTES} bytes`);
    }

    chunks.push(buffer);
  }

  return Buffer.concat(chunks).toString('utf8');
}

/** JSON values become the strings a form would carry: `true` → `"true"`, `[1,2]` → `"1,2"`. */
function jsonValueToParam(value: unknown): string | null {
  if (value === null || value === undefined) {
    return null;
  }

  if (Array.isArray(value)) {
    return value.map((item) => String(item)).join(',');
  }

  if (typeof value === 'object') {
    return JSON.stringify(value);
  }

  return String(value);
}

function parseJsonBody(body: string, into: Params): void {
  let parsed: unknown;
  try {
    parsed = JSON.parse(body);
  } catch {
    throw new BodyError('request body is not valid JSON');
  }

  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) {
    throw new BodyError('JSON request body must be an object');
  }

  for (const [name, value] of Object.entries(parsed)) {
    const param = jsonValueToParam(value);
    if (param !== null) {
      into.set(name, param);
    }
  }
}

export async function readParams(req: IncomingMessage, url: URL): Promise<Params> {
  const params: Params = new Map(url.searchParams);
  const body = await readBody(req);
  if (body.trim() === '') {
    return params;
  }

  const contentType = (req.headers['content-type'] ?? '').toLowerCase();
  if (contentType.includes('json')) {
    parseJsonBody(body, params);
    return params;
  }

  for (const [name, value] of new URLSearchParams(body)) {
    params.set(name, value);
  }

  return params;
}
