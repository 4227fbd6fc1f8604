import type { SeededRandom } from './seededRandom';

/** One HTTP reply the fuzz server sends. */
export interface FuzzReply {
  status: number;
  contentType: string;
  body: string;
  headers: Record<string, string>;
}

/** A mutated reply and the list of mutations that made it, to replay a failure by hand. */
export interface MutatedReply {
  reply: FuzzReply;
  mutations: string[];
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** Placeholder of a deeply nested value. It is replaced in the serialized body, where no recursion can overflow. */
const DEEP_MARKER = '\u0000deep-nesting\u0000';
const DEEP_LEVELS = 5_000;

const HUGE_LENGTH = 200_000;

const HOSTILE_STRINGS: readonly string[] = [
  '<script>alert(1)</script>',
  '<img src=x onerror="alert(document.cookie)">',
  '"><iframe src="javascript:alert(1)"></iframe>',
  'javascript:alert(1)',
  'data:text/html,<b>hi</b>',
  '//evil.invalid/poster.jpg',
  '',
  '   ',
  'NaN',
  'Infinity',
  '-1',
  '1e400',
  '0x1F',
  '0000-00-00',
  '2024-02-30',
  '9999-99-99 99:99:99',
  'S00E00',
  '\u202Eevil\u202C',
  '🙂'.repeat(50),
  '\uD800',
  'true',
  'null',
  '__proto__',
];

/** Values of a wrong or awkward type, put where a field was. */
function wrongValue(random: SeededRandom): Json {
  switch (random.int(14)) {
    case 0:
      return null;
    case 1:
      return random.chance(0.5);
    case 2:
      return random.pick([0, -1, -2_147_483_649, 1.5, 1e308, -0, Number.MAX_SAFE_INTEGER + 2]);
    case 3:
      return random.pick(HOSTILE_STRINGS);
    case 4:
      return 'x'.repeat(HUGE_LENGTH);
    case 5:
      return `<div>${'<b>'.repeat(500)}${'long text '.repeat(2_000)}</div>`;
    case 6:
      return [];
    case 7:
      return {};
    case 8:
      return [null, 1, 'a', {}, []];
    case 9:
      return { id: '12', title: 42, '0': null };
    case 10:
      return DEEP_MARKER;
    case 11:
      return String(random.int(100_000));
    case 12:
      return random.pick(['http://', 'https://', 'ftp://x', 'https://pictures.invalid/p.jpg?<x>']);
    default:
      return [[[[['nested']]]]];
  }
}

/** Collects every location in the tree as the path of keys from the root. The root itself is `[]`. */
function collectPaths(value: Json, path: Array<string | number> = [], out: Array<Array<string | number>> = []): Array<Array<string | number>> {
  out.push(path);

  if (Array.isArray(value)) {
    value.forEach((item, index) => collectPaths(item, [...path, index], out));
  } else if (value !== null && typeof value === 'object') {
    Object.keys(value).forEach((key) => collectPaths(value[key] as Json, [...path, key], out));
  }

  return out;
}

function getAt(root: Json, path: ReadonlyArray<string | number>): Json {
  let current: Json = root;
  for (const key of path) {
    current = (current as Record<string | number, Json>)[key] as Json;
  }
  return current;
}

/** Sets an own property, so a key such as `__proto__` becomes data instead of changing the prototype. */
function defineOwn(target: Record<string, Json> | Json[], key: string | number, value: Json): void {
  Object.defineProperty(target, key, { value, enumerable: true, configurable: true, writable: true });
}

/** Applies one mutation at a random location and returns the new root with a description of the change. */
function mutateOnce(root: Json, random: SeededRandom): { root: Json; description: string } {
  const paths = collectPaths(root);
  const path = random.pick(paths);
  const where = path.length === 0 ? '(root)' : path.join('.');
  const current = getAt(root, path);

  let replacement: Json | undefined;
  let description: string;

  const operation = random.int(7);
  if (operation === 0 && path.length > 0) {
    replacement = undefined;
    description = `delete ${where}`;
  } else if (operation === 1 && Array.isArray(current)) {
    // An array where an object was expected, as some BetaSeries endpoints do for genres.
    const asObject: Record<string, Json> = {};
    current.forEach((item, index) => defineOwn(asObject, String(index), item));
    replacement = asObject;
    description = `array to object at ${where}`;
  } else if (operation === 2 && current !== null && typeof current === 'object' && !Array.isArray(current)) {
    replacement = random.chance(0.5) ? [current] : Object.values(current);
    description = `object to array at ${where}`;
  } else if (operation === 3 && current !== null && typeof current === 'object' && !Array.isArray(current)) {
    const copy: Record<string, Json> = { ...current };
    const key = random.pick(['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'length']);
    defineOwn(copy, key, wrongValue(random));
    replacement = copy;
    description = `add key ${key} at ${where}`;
  } else {
    replacement = wrongValue(random);
    const shown = typeof replacement === 'string' && replacement.length > 40 ? `string of ${replacement.length}` : JSON.stringify(replacement);
    description = `set ${where} = ${shown === `"${DEEP_MARKER}"` ? `${DEEP_LEVELS} levels deep` : shown}`;
  }

  if (path.length === 0) {
    return { root: replacement === undefined ? null : replacement, description };
  }

  const parent = getAt(root, path.slice(0, -1)) as Record<string | number, Json>;
  const key = path[path.length - 1] as string | number;
  if (replacement === undefined) {
    if (Array.isArray(parent)) {
      parent.splice(Number(key), 1);
    } else {
      delete parent[key];
    }
  } else {
    defineOwn(parent as Record<string, Json>, key, replacement);
  }

  return { root, description };
}

function serialize(root: Json, random: SeededRandom): string {
  const text = JSON.stringify(root);
  const deep = random.chance(0.5) ? `${'['.repeat(DEEP_LEVELS)}${']'.repeat(DEEP_LEVELS)}` : `${'{"a":'.repeat(DEEP_LEVELS)}1${'}'.repeat(DEEP_LEVELS)}`;

  return text.split(JSON.stringify(DEEP_MARKER)).join(deep);
}

/** Changes to the HTTP envelope: status, content type, truncation, byte order mark, `errors`. */
function mutateEnvelope(reply: FuzzReply, root: Json, random: SeededRandom): string {
  switch (random.int(9)) {
    case 0:
      reply.status = random.pick([400, 404, 429, 500, 502, 503, 504]);
      if (random.chance(0.5)) {
        reply.headers['Retry-After'] = random.pick(['5', 'soon', '-1', '99999999999', 'Wed, 21 Oct 2015 07:28:00 GMT']);
      }
      return `status ${reply.status}`;
    case 1:
      reply.contentType = random.pick(['text/html; charset=utf-8', 'text/plain', '', 'application/x-www-form-urlencoded']);
      return `content type "${reply.contentType}"`;
    case 2: {
      const cut = random.int(Math.max(1, reply.body.length));
      reply.body = reply.body.slice(0, cut);
      return `body cut at ${cut}`;
    }
    case 3:
      reply.body = `\uFEFF${reply.body}`;
      return 'byte order mark';
    case 4:
      reply.body = random.pick(['', ' ', 'null', '[]', '"text"', '42', 'true', '<html><body>502 Bad Gateway</body></html>', 'access_token=&token_type=bearer']);
      return `body ${JSON.stringify(reply.body)}`;
    case 5: {
      const errors = random.pick<Json>(['oops', [null], [{ code: 'abc' }], [{ code: 2001 }], [{ code: null, text: { a: 1 } }], [[]], {}, [2005]]);
      if (root !== null && typeof root === 'object' && !Array.isArray(root)) {
        defineOwn(root, 'errors', errors);
      }
      reply.body = JSON.stringify(root);
      return `errors = ${JSON.stringify(errors)}`;
    }
    case 6:
      reply.status = 200;
      reply.body = JSON.stringify({ error: random.pick(['slow_down', 'authorization_pending', '', 'x'.repeat(1_000)]), error_description: null });
      return `OAuth error body ${reply.body.slice(0, 40)}`;
    case 7:
      reply.body = `${reply.body}${reply.body}`;
      return 'body twice';
    default:
      reply.body = reply.body.replace(/[0-9]/g, () => String(random.int(10)));
      return 'digits shuffled';
  }
}

/**
 * Mutates a realistic reply: one to four changes in the JSON tree (wrong types, missing
 * fields, nulls, huge strings, HTML, deep nesting, arrays for objects and the reverse), and
 * sometimes a change to the HTTP envelope.
 */
export function mutateReply(sample: Json, random: SeededRandom): MutatedReply {
  let root = JSON.parse(JSON.stringify(sample)) as Json;
  const mutations: string[] = [];

  const count = 1 + random.int(4);
  for (let index = 0; index < count; index += 1) {
    const mutated = mutateOnce(root, random);
    root = mutated.root;
    mutations.push(mutated.description);
  }

  const reply: FuzzReply = { status: 200, contentType: 'application/json; charset=utf-8', body: serialize(root, random), headers: {} };

  if (random.chance(0.25)) {
    mutations.push(mutateEnvelope(reply, root, random));
  }

  return { reply, mutations };
}

export type { Json };
