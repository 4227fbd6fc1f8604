import type { ApiClient } from '../api/client';
import { AbortedError, isSessionOver } from '../api/errors';
import { destroyToken, isTokenActive } from '../api/members';
import { createLogger } from '../logger';
import type { KnownMember, SessionState } from './sessionState';
import type { TokenStorage } from './tokenStorage';

const log = createLogger('session');

/**
 * The signed-in member's session, without React: where the token lives, whether it still works,
 * and how it ends. The React provider only subscribes to it.
 */
export interface SessionController {
  getState(): SessionState;
  subscribe(listener: () => void): () => void;
  /** Reads the stored token and checks it. Without one, the state becomes `signedOut`. */
  start(): Promise<void>;
  /** Runs the start-up check again after it failed on the network (the offline notice's Retry). */
  retryValidation(): Promise<void>;
  /** Keeps the token a finished pairing produced. */
  signIn(token: string): void;
  /** Stores who the member is, so queries can be keyed by member id. */
  rememberMember(member: KnownMember): void;
  /** The API rejected the token (on any call): forget it and send the member back to pairing. */
  endSession(): void;
  /** Revokes the token with `members/destroy`, then removes it from storage even when that call failed. */
  signOut(): Promise<void>;
  /** Aborts the request in flight; nothing is sent afterwards. */
  dispose(): void;
}

export interface SessionControllerOptions {
  client: ApiClient;
  storage: TokenStorage;
}

function errorKind(error: unknown): string {
  return error instanceof Error ? error.name : typeof error;
}

export function createSessionController({ client, storage }: SessionControllerOptions): SessionController {
  let state: SessionState = { status: 'checking' };
  const listeners = new Set<() => void>();

  // One operation at a time (a check or a sign-out); starting another aborts the previous one.
  let operation: AbortController | null = null;

  function setState(next: SessionState): void {
    state = next;

    for (const listener of listeners) {
      listener();
    }
  }

  function beginOperation(): AbortSignal {
    operation?.abort();
    operation = new AbortController();
    return operation.signal;
  }

  function forgetToken(): void {
    operation?.abort();
    operation = null;
    storage.clear();
  }

  /** Checks `token` with `members/is_active` and moves to the outcome; a newer operation makes it a no-op. */
  async function validate(token: string, member: KnownMember | null): Promise<void> {
    const signal = beginOperation();

    let active: boolean;
    try {
      active = await isTokenActive(client, token, signal);
    } catch (error) {
      if (signal.aborted || error instanceof AbortedError) {
        return;
      }

      if (isSessionOver(error)) {
        active = false;
      } else {
        // A TV often starts before its Wi-Fi is up: keep the token and let the member in.
        log.warn('the session could not be checked; continuing offline', { error: errorKind(error), memberId: member?.id });
        setState({ status: 'signedIn', token, member, unverified: { error, retrying: false } });
        return;
      }
    }

    if (signal.aborted) {
      return;
    }

    if (!active) {
      log.info('the stored token was rejected; back to pairing', { memberId: member?.id });
      forgetToken();
      setState({ status: 'signedOut', notice: 'sessionEnded' });
      return;
    }

    log.info('the stored token is valid', { memberId: member?.id });
    setState({ status: 'signedIn', token, member, unverified: null });
  }

  return {
    getState: () => state,

    subscribe(listener) {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },

    async start() {
      const stored = storage.read();

      if (!stored) {
        setState({ status: 'signedOut', notice: null });
        return;
      }

      const member = stored.memberId !== null ? { id: stored.memberId, login: stored.login ?? '' } : null;
      setState({ status: 'checking' });
      await validate(stored.token, member);
    },

    async retryValidation() {
      if (state.status !== 'signedIn' || !state.unverified || state.unverified.retrying) {
        return;
      }

      setState({ ...state, unverified: { ...state.unverified, retrying: true } });
      await validate(state.token, state.member);
    },

    signIn(token) {
      operation?.abort();
      operation = null;

      storage.write({ token, memberId: null, login: null });
      log.info('signed in');
      setState({ status: 'signedIn', token, member: null, unverified: null });
    },

    rememberMember(member) {
      if (state.status !== 'signedIn') {
        return;
      }

      if (state.member && state.member.id === member.id && state.member.login === member.login) {
        return;
      }

      storage.write({ token: state.token, memberId: member.id, login: member.login });
      setState({ ...state, member });
    },

    endSession() {
      if (state.status !== 'signedIn' && state.status !== 'checking') {
        return;
      }

      log.warn('the API rejected the token; back to pairing', { memberId: state.status === 'signedIn' ? state.member?.id : undefined });
      forgetToken();
      setState({ status: 'signedOut', notice: 'sessionEnded' });
    },

    async signOut() {
      if (state.status !== 'signedIn') {
        return;
      }

      const { token, member } = state;
      const signal = beginOperation();
      setState({ status: 'signingOut', token, member });

      try {
        await destroyToken(client, token, signal);
        log.info('signed out', { memberId: member?.id });
      } catch (error) {
        // The member asked to leave, so the token is removed here even if the server still accepts it.
        log.warn('revoking the token failed; it is forgotten anyway', { error: errorKind(error), memberId: member?.id });
      }

      if (signal.aborted) {
        return;
      }

      forgetToken();
      setState({ status: 'signedOut', notice: null });
    },

    dispose() {
      operation?.abort();
      operation = null;
      listeners.clear();
    },
  };
}
