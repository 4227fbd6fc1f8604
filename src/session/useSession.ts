import { useContext } from 'react';
import type { ApiClient } from '../api/client';
import { SessionContext, type SessionContextValue } from './SessionProvider';
import type { KnownMember, UnverifiedSession } from './sessionState';

export function useSession(): SessionContextValue {
  const session = useContext(SessionContext);

  if (!session) {
    throw new Error('useSession() was called outside <SessionProvider>: wrap the app (or the test render) in it.');
  }

  return session;
}

export interface SignedInSession {
  token: string;
  member: KnownMember | null;
  unverified: UnverifiedSession | null;
  client: ApiClient;
  /** True while `members/destroy` runs after the member chose Sign out. */
  signingOut: boolean;
}

/** Returns the session of a screen that only exists for a signed-in member (signing out included). */
export function useSignedInSession(): SignedInSession {
  const { state, client } = useSession();

  if (state.status === 'signedIn') {
    return { token: state.token, member: state.member, unverified: state.unverified, client, signingOut: false };
  }

  if (state.status === 'signingOut') {
    return { token: state.token, member: state.member, unverified: null, client, signingOut: true };
  }

  throw new Error(`useSignedInSession() needs a signed-in member, but the session is "${state.status}": render this screen only when signed in.`);
}
