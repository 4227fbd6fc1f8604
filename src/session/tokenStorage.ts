import { createLogger } from '../logger';

const log = createLogger('session');

/** The one `localStorage` key holding the signed-in member's token and, once known, who they are. */
export const SESSION_STORAGE_KEY = 'betaseries-tv.session';

export interface StoredSession {
  token: string;
  /** Null until `members/infos` has replied once. */
  memberId: number | null;
  login: string | null;
}

export interface TokenStorage {
  read(): StoredSession | null;
  write(session: StoredSession): void;
  clear(): void;
}

function parseStoredSession(text: string): StoredSession | null {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return null;
  }

  if (!value || typeof value !== 'object') {
    return null;
  }

  const record = value as Record<string, unknown>;
  if (typeof record.token !== 'string' || record.token === '') {
    return null;
  }

  return {
    token: record.token,
    memberId: typeof record.memberId === 'number' && record.memberId > 0 ? record.memberId : null,
    login: typeof record.login === 'string' ? record.login : null,
  };
}

/**
 * Creates the store of the member's token in Web Storage. A packaged TV app gets no cookies, and `localStorage`
 * survives restarts on webOS and Tizen. Storage failures (a full or disabled storage) are logged
 * and the app carries on with the session in memory.
 */
export function createTokenStorage(storage: Storage | null): TokenStorage {
  return {
    read() {
      if (!storage) {
        return null;
      }

      try {
        const text = storage.getItem(SESSION_STORAGE_KEY);
        if (text === null) {
          return null;
        }

        const session = parseStoredSession(text);
        if (!session) {
          log.warn('the stored session is unreadable; it is ignored and removed');
          storage.removeItem(SESSION_STORAGE_KEY);
        }

        return session;
      } catch (error) {
        log.warn('reading the stored session failed', { error: String(error) });
        return null;
      }
    },

    write(session) {
      if (!storage) {
        return;
      }

      try {
        storage.setItem(SESSION_STORAGE_KEY, JSON.stringify(session));
      } catch (error) {
        log.warn('storing the session failed; it lasts until the app closes', { error: String(error) });
      }
    },

    clear() {
      if (!storage) {
        return;
      }

      try {
        storage.removeItem(SESSION_STORAGE_KEY);
      } catch (error) {
        log.warn('removing the stored session failed', { error: String(error) });
      }
    },
  };
}
