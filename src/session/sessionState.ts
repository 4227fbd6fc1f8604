/** Identity of the member, once `members/infos` has replied. */
export interface KnownMember {
  id: number;
  login: string;
}

/** Reason the member is back on the pairing screen, when it was not their choice. */
export type SignedOutNotice = 'sessionEnded';

/** The stored token could not be checked at start; the member is let in anyway. */
export interface UnverifiedSession {
  error: unknown;
  /** True while Retry runs the check again. */
  retrying: boolean;
}

export type SessionState =
  /** A stored token is being checked with `members/is_active`. */
  | { status: 'checking' }
  | { status: 'signedOut'; notice: SignedOutNotice | null }
  | {
      status: 'signedIn';
      token: string;
      member: KnownMember | null;
      /** Non-null when the start-up check failed on the network (the "offline" notice with Retry). */
      unverified: UnverifiedSession | null;
    }
  /** `members/destroy` is running; the token is forgotten when it ends, whatever its outcome. */
  | { status: 'signingOut'; token: string; member: KnownMember | null };
