/**
 * The sandbox's public constants. The key and secret must stay equal to `SANDBOX_API_KEY` and
 * `SANDBOX_CLIENT_SECRET` in `src/app/config.ts`: the app uses them when no real key is set.
 */

export const DEMO_API_KEY = 'sandbox-demo-key';
export const DEMO_CLIENT_SECRET = 'sandbox-demo-secret';

/** The name the phone page shows for the application that asks for access. */
export const DEMO_APP_NAME = 'BetaSeries TV (sandbox)';

export interface DemoMemberProfile {
  id: number;
  login: string;
  xp: number;
  locale: 'fr' | 'en';
  hasAvatar: boolean;
  /** Days since the account was created, for `stats.member_since_days`. */
  memberSinceDays: number;
}

/** A few dozen shows, hand-written, with every progress state the screens must show. */
export const DEMO_MEMBER: DemoMemberProfile = {
  id: 1,
  login: 'demo',
  xp: 12_480,
  locale: 'fr',
  hasAvatar: true,
  memberSinceDays: 2_315,
};

/** 2,000 generated shows, for paging and virtualized lists. */
export const MARATHON_MEMBER: DemoMemberProfile = {
  id: 2,
  login: 'marathon',
  xp: 389_120,
  locale: 'en',
  hasAvatar: false,
  memberSinceDays: 4_870,
};

export const DEMO_MEMBERS: readonly DemoMemberProfile[] = [DEMO_MEMBER, MARATHON_MEMBER];

export function findDemoMember(login: string): DemoMemberProfile | undefined {
  return DEMO_MEMBERS.find((member) => member.login === login.trim().toLowerCase());
}
