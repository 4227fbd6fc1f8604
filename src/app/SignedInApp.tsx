import { QueryClientProvider } from '@tanstack/react-query';
import { useEffect, useMemo } from 'react';
import { actionQueueFor } from '../actions/actionQueueRegistry';
import { useQueueForSession } from '../actions/useQueueForSession';
import { useRecheckSessionOnRecovery } from '../session/useRecheckSessionOnRecovery';
import { useSession } from '../session/useSession';
import type { AppServices, StartServices } from './appServices';
import { AppErrorBoundary } from './AppErrorBoundary';
import { refreshOnResume } from './refreshOnResume';
import { ScreenStack } from './ScreenStack';
import { screenForRoute } from './screenForRoute';
import type { ScreenDescriptor } from './screenStackContext';
import { sessionQueryClient } from './sessionQueryClient';

export interface SignedInAppProps {
  services: StartServices | AppServices;
  /** Handler of Back on the member's first screen when one member is paired. */
  leaveApp?: () => void;
}

/**
 * Renders the part of the app that only a signed-in member needs: the query cache, the action
 * queue and the member screens. `App` loads this module with `lazy(() => import())`, so the pairing
 * screen's first load carries none of it. It stays mounted while a member is signed in or signing
 * out.
 */
export function SignedInApp({ services, leaveApp }: SignedInAppProps) {
  const queryClient = sessionQueryClient(services);

  useEffect(() => refreshOnResume(queryClient), [queryClient]);

  return (
    <QueryClientProvider client={queryClient}>
      <AppErrorBoundary onRetry={() => void queryClient.resetQueries()}>
        <MemberScreens leaveApp={leaveApp} />
      </AppErrorBoundary>
    </QueryClientProvider>
  );
}

/**
 * Renders the member's screens, starting with Home, as a new stack per member (its `key`), so
 * nothing of the previous member remains on screen. With several members paired, Back on Home
 * returns to "Who's watching?".
 */
function MemberScreens({ leaveApp }: { leaveApp?: () => void }) {
  const { controller, client, members, activeMemberKey } = useSession();

  // Queued actions replay as soon as their member is signed in, whatever screen is open.
  useQueueForSession();
  useRecheckSessionOnRecovery();

  // `useQueueForSession` stops the queue when the session ends, but this component unmounts in the
  // render that shows the end, so the queue is stopped here. The member's changes stay stored.
  useEffect(() => () => actionQueueFor(client).setSession(null), [client]);

  const memberRoot = useMemo<ScreenDescriptor>(() => screenForRoute({ name: 'home' }), []);

  // With one member paired, Back on Home leaves the app; Profile's "Switch or add a member" opens
  // "Who's watching?".
  const leaveMemberScreens = members.length > 1 ? () => controller.switchMember() : leaveApp;
  return <ScreenStack key={`signed-in-${activeMemberKey ?? 'new'}`} root={memberRoot} leaveApp={leaveMemberScreens} />;
}
