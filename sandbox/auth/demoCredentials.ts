import { createHash, timingSafeEqual } from 'node:crypto';

/**
 * Logins, e-mail addresses and passwords of the demo members, for `members/auth`. They open
 * nothing but the sandbox. The marathon password has an accent, so every run of the sign-in
 * tests checks that client and sandbox hash the UTF-8 bytes of the password the same way.
 */

export interface DemoCredentials {
  login: string;
  email: string;
  password: string;
}

export const DEMO_CREDENTIALS: readonly DemoCredentials[] = [
  { login: 'demo', email: 'demo@sandbox.test', password: 'popcorn' },
  { login: 'marathon', email: 'marathon@sandbox.test', password: 'épisode2000' },
];

/** Finds the demo member whose login or e-mail address is `text`, ignoring case and surrounding spaces. */
export function findDemoCredentials(text: string): DemoCredentials | undefined {
  const normalized = text.trim().toLowerCase();

  return DEMO_CREDENTIALS.find((entry) => entry.login === normalized || entry.email === normalized);
}

/** True when `passwordMd5` is the lowercase hex MD5 of the UTF-8 bytes of the member's password. */
export function passwordMatches(credentials: DemoCredentials, passwordMd5: string): boolean {
  const expected = Buffer.from(createHash('md5').update(credentials.password, 'utf8').digest('hex'));
  const received = Buffer.from(passwordMd5);

  return expected.length === received.length && timingSafeEqual(expected, received);
}
