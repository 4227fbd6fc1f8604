import { useCallback } from 'react';
import { useSession, useSignedInSession } from './useSession';

/**
 * Returns a function that reads the member's API id when it is called, for changes that outlive
 * the render that started them. After a pairing the session learns the id only once Home's first
 * lists have replied (`useMemberInfos`), and the screens then move to the id's query keys. A mark
 * pressed before that, whose reply comes after, must update those keys, not the placeholder ones.
 * While another session is open (another token), the function returns the id known at render time.
 */
export function useMemberIdNow(): () => number | null {
  const { controller } = useSession();
  const { token, member } = useSignedInSession();
  const renderedId = member?.id ?? null;

  return useCallback(() => {
    const state = controller.getState();
    if (state.status !== 'signedIn' || state.token !== token) {
      return renderedId;
    }

    return state.member?.id ?? null;
  }, [controller, token, renderedId]);
}
