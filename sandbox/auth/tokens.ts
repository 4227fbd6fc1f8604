import { randomBytes } from 'node:crypto';

/** Member tokens: random, never expiring, revoked by `members/destroy`. */
export class TokenStore {
  private readonly members = new Map<string, number>();

  issue(memberId: number): string {
    const token = randomBytes(16).toString('hex');
    this.members.set(token, memberId);
    return token;
  }

  /** Returns the member a token belongs to, or undefined when it is unknown or revoked. */
  memberIdOf(token: string): number | undefined {
    return this.members.get(token);
  }

  revoke(token: string): boolean {
    return this.members.delete(token);
  }
}
