import { AuthorizationCodeStore } from './auth/authorizationCodes';
import { DeviceCodeStore } from './auth/deviceCodes';
import { MemberKeyStore } from './auth/memberKeys';
import { TokenStore } from './auth/tokens';
import { dayNumber } from './core/dates';
import { Catalog } from './data/catalog';
import { GENERATED_COUNT } from './data/generatedShows';
import { createMemberState, type MemberState } from './data/memberState';
import { DEMO_MEMBERS, findDemoMember } from './demoData';

/**
 * All data one sandbox holds: the catalog, members' accounts, device codes, authorization
 * codes, key-flow keys and tokens.
 * `reset()` on the sandbox replaces the whole object.
 */
export class SandboxState {
  readonly catalog: Catalog;
  readonly deviceCodes: DeviceCodeStore;
  readonly authorizationCodes: AuthorizationCodeStore;
  readonly memberKeys: MemberKeyStore;
  readonly tokens = new TokenStore();

  private readonly members = new Map<number, MemberState>();
  private readonly now: () => number;
  private readonly marathonShowCount: number;

  /** `marathonShowCount`: how many generated shows `marathon` follows (all 2,000 by default). */
  constructor(now: () => number, marathonShowCount = GENERATED_COUNT) {
    this.now = now;
    this.marathonShowCount = marathonShowCount;
    this.catalog = new Catalog(dayNumber(now()));
    this.deviceCodes = new DeviceCodeStore(now);
    this.authorizationCodes = new AuthorizationCodeStore(now);
    this.memberKeys = new MemberKeyStore(now);
  }

  /** Returns the member's account, built on first use (about 200 ms for the 2,000-show member). */
  member(id: number): MemberState | undefined {
    const existing = this.members.get(id);
    if (existing) {
      return existing;
    }

    const profile = DEMO_MEMBERS.find((member) => member.id === id);
    if (!profile) {
      return undefined;
    }

    const created = createMemberState(profile, this.catalog, this.now(), this.marathonShowCount);
    this.members.set(id, created);
    return created;
  }

  memberByLogin(login: string): MemberState | undefined {
    const profile = findDemoMember(login);
    return profile ? this.member(profile.id) : undefined;
  }
}
