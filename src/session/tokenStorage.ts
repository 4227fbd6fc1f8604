import { createLogger } from '../logger';

const log = createLogger('session');

/** The one `localStorage` key holding the members paired on this TV: their tokens and, once known, who they are. */
export const MEMBERS_STORAGE_KEY = 'betaseries-tv.members';

/**
 * The key of the single-member format `{ token, memberId, login }`, written before several members
 * could share a TV. When `MEMBERS_STORAGE_KEY` is absent it is read as a list of one, then
 * replaced, so older installs (and tests that store a session this way) keep their member.
 */
export const SESSION_STORAGE_KEY = 'betaseries-tv.session';

export interface StoredMember {
  /** A local id for this pairing: random hex, never sent anywhere. */
  key: string;
  token: string;
  /** Null until `members/infos` has replied once. */
  memberId: number | null;
  login: string | null;
  /** The avatar's http(s) URL, or null. */
  avatar: string | null;
}

export interface StoredMembers {
  members: StoredMember[];
  /** The member in use when the app last changed it, or null. */
  activeKey: string | null;
}

/** The store of the paired members between runs of the app. */
export interface TokenStorage {
  read(): StoredMembers | null;
  write(members: StoredMembers): void;
  clear(): void;
}

function textOrNull(value: unknown): string | null {
  return typeof value === 'string' && value !== '' ? value : null;
}

function positiveIdOrNull(value: unknown): number | null {
  return typeof value === 'number' && Number.isInteger(value) && value > 0 ? value : null;
}

/** Reads one member, or returns null when it has no usable token or key. */
function parseMember(value: unknown): StoredMember | null {
  if (!value || typeof value !== 'object') {
    return null;
  }

  const record = value as Record<string, unknown>;
  const token = textOrNull(record.token);
  const key = textOrNull(record.key);
  if (!token || !key) {
    return null;
  }

  return { key, token, memberId: positiveIdOrNull(record.memberId), login: textOrNull(record.login), avatar: textOrNull(record.avatar) };
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

function parseStoredMembers(text: string): StoredMembers | null {
  const value = parseJson(text);
  if (!value || typeof value !== 'object' || !Array.isArray((value as Record<string, unknown>).members)) {
    return null;
  }

  const record = value as { members: unknown[]; activeKey?: unknown };
  const members: StoredMember[] = [];
  for (const entry of record.members) {
    const member = parseMember(entry);
    if (member && !members.some((kept) => kept.key === member.key)) {
      members.push(member);
    }
  }

  const activeKey = textOrNull(record.activeKey);
  return { members, activeKey: members.some((member) => member.key === activeKey) ? activeKey : null };
}

/** Reads the single-member format `{ token, memberId, login }` as a list of one. */
function parseLegacySession(text: string, newKey: () => string): StoredMembers | null {
  const value = parseJson(text);
  if (!value || typeof value !== 'object') {
    return null;
  }

  const member = parseMember({ ...(value as Record<string, unknown>), key: newKey() });
  return member ? { members: [member], activeKey: member.key } : null;
}

/** Returns 16 random hex digits for a member's local key. */
export function createMemberKey(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(8));
  let hex = '';
  for (let index = 0; index < bytes.length; index += 1) {
    hex += (bytes[index] as number).toString(16).padStart(2, '0');
  }

  return hex;
}

/**
 * Creates the store of the paired members in Web Storage. A packaged TV app gets no cookies, and
 * `localStorage` survives restarts on webOS and Tizen. A session stored in the older single-member
 * format is read as a list of one and rewritten in the new format. Storage failures (a full or
 * disabled storage) are logged and the app carries on with the members in memory.
 */
export function createTokenStorage(storage: Storage | null): TokenStorage {
  function write(members: StoredMembers): void {
    if (!storage) {
      return;
    }

    try {
      storage.setItem(MEMBERS_STORAGE_KEY, JSON.stringify(members));
      storage.removeItem(SESSION_STORAGE_KEY);
    } catch (error) {
      log.warn('storing the members failed; they last until the app closes', { error: String(error) });
    }
  }

  function readLegacy(): StoredMembers | null {
    const text = storage?.getItem(SESSION_STORAGE_KEY) ?? null;
    if (text === null) {
      return null;
    }

    const migrated = parseLegacySession(text, createMemberKey);
    if (!migrated) {
      log.warn('the stored session is unreadable; it is ignored and removed');
      storage?.removeItem(SESSION_STORAGE_KEY);
      return null;
    }

    log.info('the stored session moved to the list of members');
    write(migrated);
    return migrated;
  }

  return {
    read() {
      if (!storage) {
        return null;
      }

      try {
        const text = storage.getItem(MEMBERS_STORAGE_KEY);
        if (text === null) {
          return readLegacy();
        }

        const stored = parseStoredMembers(text);
        if (!stored) {
          log.warn('the stored members are unreadable; they are ignored and removed');
          storage.removeItem(MEMBERS_STORAGE_KEY);
        }

        return stored;
      } catch (error) {
        log.warn('reading the stored members failed', { error: String(error) });
        return null;
      }
    },

    write,

    clear() {
      if (!storage) {
        return;
      }

      try {
        storage.removeItem(MEMBERS_STORAGE_KEY);
        storage.removeItem(SESSION_STORAGE_KEY);
      } catch (error) {
        log.warn('removing the stored members failed', { error: String(error) });
      }
    },
  };
}
