import { describe, expect, it } from 'vitest';
import { isLoopbackAddress } from '../../../sandbox/http/isLoopbackAddress';

describe('isLoopbackAddress', () => {
  it.each(['127.0.0.1', '127.12.0.9', '::1', '::ffff:127.0.0.1', '::FFFF:127.0.0.1'])('lets %s use the controls', (address) => {
    expect(isLoopbackAddress(address)).toBe(true);
  });

  it.each(['192.0.2.2', '10.0.0.5', '::ffff:192.0.2.2', 'fe80::1', '::', '0.0.0.0', '127.0.0.1.example', ''])(
    'refuses %s',
    (address) => {
      expect(isLoopbackAddress(address)).toBe(false);
    },
  );

  it('refuses a socket with no address, as after it closed', () => {
    expect(isLoopbackAddress(undefined)).toBe(false);
  });
});
