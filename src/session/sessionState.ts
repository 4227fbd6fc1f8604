/** Identity of the member, once `members/infos` has replied (or `members/auth` returned it). */
export interface KnownMember {
  id: number;
  login: string;
}

/** A member paired on this TV, as the "Who's watching?" screen shows it. It carries no token. */
export interface PairedMember {
  /** The pairing's local key, stable while the member stays paired. */
  key: string;
  /** Null until `members/infos` has replied once. */
  id: number | null;
  login: string | null;
  avatar: string | null;
}

/**
 * Reason the sign-in or "Who's watching?" screen shows a notice, when the member did not choose
 * to be there. `sessionEnded`: their token was rejected. The others come from a redirect sign-in
 * that the member refused (`signInRefused`), that the app rejected as forged, replayed or too
 * late (`signInRejected`), or that failed (`signInFailed`).
 */
export type SignedOutNotice = 'sessionEnded' | 'signInRefused' | 'signInRejected' | 'signInFailed';

/** The stored token could not be checked at start; the member is let in anyway. */
export interface UnverifiedSession {
  error: unknown;
  /** True while Retry runs the check again. */
  retrying: boolean;
}

export type SessionState =
  /** A stored token is being checked with `members/is_active`. */
  | { status: 'checking' }
  /** The app came back from BetaSeries with an authorization code and exchanges it. */
  | { status: 'completingSignIn' }
  /** No member is paired: the sign-in screens. */
  | { status: 'signedOut'; notice: SignedOutNotice | null }
  /**
   * Several members are paired (or one, after a failed sign-in): "Who's watching?". `returnKey`
   * is the member whom Back reopens, after Profile's "Switch or add a member"; absent otherwise.
   */
  | { status: 'choosing'; members: PairedMember[]; notice: SignedOutNotice | null; returnKey?: string }
  /** The sign-in screens for one more member; Back returns to "Who's watching?". */
  | { status: 'adding'; members: PairedMember[] }
  | {
      status: 'signedIn';
      token: string;
      member: KnownMember | null;
      /** Non-null when the start-up check failed on the network (the "offline" notice with Retry). */
      unverified: UnverifiedSession | null;
    }
  /** `members/destroy` is running; the token is forgotten when it ends, whatever its outcome. */
  | { status: 'signingOut'; token: string; member: KnownMember | null };
