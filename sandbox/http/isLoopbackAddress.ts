/**
 * Returns true when `address` (a socket's `remoteAddress`) is 127.0.0.0/8 or `::1`, also in the
 * IPv4-mapped IPv6 form. The sandbox's controls hand out tokens, so only this machine may use them.
 */
export function isLoopbackAddress(address: string | undefined): boolean {
  if (!address) {
    return false;
  }

  const unmapped = address.toLowerCase().replace(/^::ffff:/, '');
  return unmapped === '::1' || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(unmapped);
}
