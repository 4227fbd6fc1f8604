import type { ApiClient } from '../api/client';
import { AbortedError, isSessionOver } from '../api/errors';
import { destroyToken, isTokenActive } from '../api/members';
import { createLogger } from '../logger';
import type { RedirectOutcome } from './finishRedirectSignIn';
import { readRedirectOutcome } from './readRedirectOutcome';
import { browserRedirectReturn, type RedirectReturn } from './redirectReturn';
import type { KnownMember, PairedMember, SessionState, SignedOutNotice } from './sessionState';
import { createMemberKey, type StoredMember, type TokenStorage } from './tokenStorage';

const log = createLogger('session');

/** The identity `rememberMember` stores, with the avatar when it is known. */
export interface MemberDetails extends KnownMember {
  /** An http(s) URL or null; undefined leaves the stored avatar unchanged. */
  avatar?: string | null;
}

/**
 * The members paired on this TV and the session of the one watching, without React: where the
 * tokens live, whether the active one still works, how a member is chosen, added, switched and
 * removed. The React provider only subscribes to it.
 */
export interface SessionController {
  getState(): SessionState;
  subscribe(listener: () => void): () => void;
  /** The paired members, without their tokens, in pairing order. */
  getMembers(): PairedMember[];
  /** The local key of the member whose session is shown, or null. */
  getActiveMemberKey(): string | null;
  /**
   * Registers `listener`, called synchronously just before the app stops showing the active
   * member's screens (a switch, a sign-in, a sign-out, a rejected token), so their cached data can
   * be dropped before anything else renders. Returns its removal.
   */
  onMemberChange(listener: () => void): () => void;
  /**
   * Reads the stored members, finishes a redirect sign-in the page came back from, then opens
   * the one member's session, "Who's watching?" for several, or the sign-in screens for none.
   */
  start(): Promise<void>;
  /** Runs the start-up check again after it failed on the network (the offline notice's Retry). */
  retryValidation(): Promise<void>;
  /**
   * Keeps the token a sign-in produced and opens that member's session. A token for a member
   * already paired (same `member.id`) replaces theirs instead of adding a second entry.
   */
  signIn(token: string, member?: KnownMember | null): void;
  /** Stores who the active member is, so queries can be keyed by member id. */
  rememberMember(member: MemberDetails): void;
  /** Removes the active member after the API rejected their token (on any call), then shows "Who's watching?" or sign-in. */
  endSession(): void;
  /** Revokes the active token with `members/destroy`, then removes that member from this TV even when that call failed. */
  signOut(): Promise<void>;
  /**
   * Leaves the active member's session for "Who's watching?". With `returnOnBack` (from Profile),
   * Back there reopens this member; without it (Back on Home), Back there leaves the app.
   */
  switchMember(returnOnBack?: boolean): void;
  /** Opens the session of a paired member from "Who's watching?", after checking their token. */
  chooseMember(key: string): Promise<void>;
  /** Opens the sign-in screens for one more member. */
  addMember(): void;
  /** Leaves the sign-in screens of `addMember` for "Who's watching?". */
  cancelAdding(): void;
  /** Revokes a paired member's token with `members/destroy`, then removes them from this TV even when that call failed. */
  removeMember(key: string): Promise<void>;
  /** Aborts the request in flight; nothing is sent afterwards. */
  dispose(): void;
}

export interface SessionControllerOptions {
  client: ApiClient;
  storage: TokenStorage;
  /** The page a redirect sign-in came back to; by default the browser's, and none outside a browser. */
  redirectReturn?: RedirectReturn | null;
  /** Wall clock for the pending redirect attempt. Default `Date.now`. */
  now?: () => number;
}

function errorKind(error: unknown): string {
  return error instanceof Error ? error.name : typeof error;
}

function knownMemberOf(entry: StoredMember): KnownMember | null {
  return entry.memberId !== null ? { id: entry.memberId, login: entry.login ?? '' } : null;
}

function toPairedMember(entry: StoredMember): PairedMember {
  return { key: entry.key, id: entry.memberId, login: entry.login, avatar: entry.avatar };
}

export function createSessionController({ client, storage, redirectReturn, now = Date.now }: SessionControllerOptions): SessionController {
  let state: SessionState = { status: 'checking' };
  let members: StoredMember[] = [];
  let activeKey: string | null = null;
  const listeners = new Set<() => void>();
  const memberChangeListeners = new Set<() => void>();

  // One operation at a time (a check, an exchange, a revocation); starting another aborts the previous one.
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

  function cancelOperation(): void {
    operation?.abort();
    operation = null;
  }

  function announceMemberChange(): void {
    for (const listener of memberChangeListeners) {
      listener();
    }
  }

  function persist(): void {
    if (members.length === 0) {
      storage.clear();
      return;
    }

    storage.write({ members, activeKey });
  }

  function activeEntry(): StoredMember | undefined {
    return members.find((entry) => entry.key === activeKey);
  }

  function forget(key: string): void {
    members = members.filter((entry) => entry.key !== key);
    if (activeKey === key) {
      activeKey = null;
    }

    persist();
  }

  /** Shows "Who's watching?" when members remain, else the sign-in screens. */
  function showRemaining(notice: SignedOutNotice | null, returnKey: string | null = null): void {
    if (members.length === 0) {
      setState({ status: 'signedOut', notice });
      return;
    }

    const paired = members.map(toPairedMember);
    setState(returnKey ? { status: 'choosing', members: paired, notice, returnKey } : { status: 'choosing', members: paired, notice });
  }

  /** Checks the member's token with `members/is_active` and moves to the outcome; a newer operation makes it a no-op. */
  async function validate(entry: StoredMember): Promise<void> {
    const signal = beginOperation();
    const member = knownMemberOf(entry);

    let active: boolean;
    try {
      active = await isTokenActive(client, entry.token, signal);
    } catch (error) {
      if (signal.aborted || error instanceof AbortedError) {
        return;
      }

      if (isSessionOver(error)) {
        active = false;
      } else {
        // A TV often starts before its Wi-Fi is up: keep the token and let the member in.
        log.warn('the session could not be checked; continuing offline', { error: errorKind(error), memberId: member?.id });
        setState({ status: 'signedIn', token: entry.token, member, unverified: { error, retrying: false } });
        return;
      }
    }

    if (signal.aborted) {
      return;
    }

    if (!active) {
      log.info('the stored token was rejected; the member is forgotten', { memberId: member?.id });
      operation = null;
      forget(entry.key);
      showRemaining('sessionEnded');
      return;
    }

    log.info('the stored token is valid', { memberId: member?.id });
    setState({ status: 'signedIn', token: entry.token, member, unverified: null });
  }

  async function open(entry: StoredMember): Promise<void> {
    announceMemberChange();
    activeKey = entry.key;
    persist();
    setState({ status: 'checking' });
    await validate(entry);
  }

  function signIn(token: string, member: KnownMember | null = null): void {
    cancelOperation();
    announceMemberChange();

    const existing = member ? members.find((entry) => entry.memberId === member.id) : undefined;
    const entry: StoredMember = existing
      ? { ...existing, token, login: member?.login ?? existing.login }
      : { key: createMemberKey(), token, memberId: member?.id ?? null, login: member?.login ?? null, avatar: null };

    if (existing) {
      members = members.map((kept) => (kept.key === existing.key ? entry : kept));
    } else {
      members = [...members, entry];
    }
    activeKey = entry.key;
    persist();

    log.info('signed in', { memberId: member?.id, pairedMembers: members.length });
    setState({ status: 'signedIn', token, member: knownMemberOf(entry), unverified: null });
  }

  /**
   * Acts on what a redirect sign-in came back with. Returns `signedIn` once a session is open (or
   * a newer operation took over), else the notice to show, or null after an ordinary start.
   */
  async function applyRedirectOutcome(outcome: RedirectOutcome): Promise<SignedOutNotice | null | 'signedIn'> {
    if (outcome.kind === 'token') {
      signIn(outcome.token);
      return 'signedIn';
    }

    if (outcome.kind === 'none') {
      return null;
    }

    if (outcome.kind === 'notice') {
      return outcome.notice;
    }

    const signal = beginOperation();
    setState({ status: 'completingSignIn' });

    try {
      const token = await outcome.exchange(signal);
      if (signal.aborted) {
        return 'signedIn';
      }

      signIn(token);
      return 'signedIn';
    } catch (error) {
      if (signal.aborted || error instanceof AbortedError) {
        return 'signedIn';
      }

      log.warn('the authorization code exchange failed', { error: errorKind(error) });
      operation = null;
      return 'signInFailed';
    }
  }

  return {
    getState: () => state,

    subscribe(listener) {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },

    getMembers: () => members.map(toPairedMember),

    getActiveMemberKey: () => activeKey,

    onMemberChange(listener) {
      memberChangeListeners.add(listener);
      return () => {
        memberChangeListeners.delete(listener);
      };
    },

    async start() {
      const stored = storage.read();
      members = stored ? stored.members : [];
      activeKey = stored ? stored.activeKey : null;

      const returned = redirectReturn === undefined ? browserRedirectReturn() : redirectReturn;
      const outcome = await applyRedirectOutcome(await readRedirectOutcome(returned, client, now));
      if (outcome === 'signedIn') {
        return;
      }

      const [only] = members;
      if (only && members.length === 1 && outcome === null) {
        await open(only);
        return;
      }

      // After a failed redirect with members paired, "Who's watching?" shows the notice and "Add a member".
      showRemaining(outcome);
    },

    async retryValidation() {
      const entry = activeEntry();
      if (state.status !== 'signedIn' || !state.unverified || state.unverified.retrying || !entry) {
        return;
      }

      setState({ ...state, unverified: { ...state.unverified, retrying: true } });
      await validate(entry);
    },

    signIn,

    rememberMember(details) {
      const entry = activeEntry();
      if (state.status !== 'signedIn' || !entry) {
        return;
      }

      // The same account paired twice (signed in again by another method): the newer token wins.
      const duplicates = members.filter((other) => other.key !== entry.key && other.memberId === details.id);
      const avatar = details.avatar === undefined ? entry.avatar : details.avatar;
      const unchanged = entry.memberId === details.id && entry.login === details.login && entry.avatar === avatar;
      if (unchanged && duplicates.length === 0) {
        return;
      }

      const updated: StoredMember = { ...entry, memberId: details.id, login: details.login, avatar };
      members = members.filter((other) => duplicates.indexOf(other) === -1).map((other) => (other.key === entry.key ? updated : other));
      persist();

      const member = { id: details.id, login: details.login };
      if (!state.member || state.member.id !== member.id || state.member.login !== member.login) {
        setState({ ...state, member });
      }
    },

    endSession() {
      if (state.status !== 'signedIn' && state.status !== 'checking') {
        return;
      }

      const entry = activeEntry();
      log.warn('the API rejected the token; the member is forgotten', { memberId: entry?.memberId ?? undefined });
      cancelOperation();
      announceMemberChange();
      if (entry) {
        forget(entry.key);
      }

      showRemaining('sessionEnded');
    },

    async signOut() {
      const entry = activeEntry();
      if (state.status !== 'signedIn' || !entry) {
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

      operation = null;
      announceMemberChange();
      forget(entry.key);
      showRemaining(null);
    },

    switchMember(returnOnBack = false) {
      if (state.status !== 'signedIn') {
        return;
      }

      cancelOperation();
      announceMemberChange();
      log.info('switching member', { memberId: state.member?.id });
      showRemaining(null, returnOnBack ? activeKey : null);
    },

    async chooseMember(key) {
      const entry = members.find((candidate) => candidate.key === key);
      if (state.status !== 'choosing' || !entry) {
        return;
      }

      await open(entry);
    },

    addMember() {
      if (state.status !== 'choosing' && state.status !== 'signedIn') {
        return;
      }

      cancelOperation();
      announceMemberChange();
      setState({ status: 'adding', members: members.map(toPairedMember) });
    },

    cancelAdding() {
      if (state.status !== 'adding') {
        return;
      }

      showRemaining(null);
    },

    async removeMember(key) {
      const entry = members.find((candidate) => candidate.key === key);
      if (state.status !== 'choosing' || !entry) {
        return;
      }

      const signal = beginOperation();
      try {
        await destroyToken(client, entry.token, signal);
        log.info('member removed from this TV', { memberId: entry.memberId ?? undefined });
      } catch (error) {
        if (signal.aborted) {
          return;
        }

        log.warn('revoking the token of the removed member failed; they are forgotten anyway', { error: errorKind(error), memberId: entry.memberId ?? undefined });
      }

      if (signal.aborted) {
        return;
      }

      operation = null;
      forget(entry.key);
      showRemaining(null);
    },

    dispose() {
      cancelOperation();
      listeners.clear();
      memberChangeListeners.clear();
    },
  };
}
