/** IPv4 loopback is the whole 127.0.0.0/8 block. The URL parser has already turned `0x7f.1` and the like into dotted form. */
const IPV4_LOOPBACK = /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/;

/** `[::1]`, and the IPv4-mapped form of a 127.x.x.x address (`[::ffff:7f00:1]` once parsed). */
const IPV6_LOOPBACK = /^\[(?:::1|::ffff:7f[0-9a-f]{2}:[0-9a-f]{1,4})\]$/;

/**
 * True when `hostname` (as `URL.hostname` gives it) names this machine. Subdomains of
 * `localhost` are left out because older engines may send them to DNS.
 */
export function isLoopbackHost(hostname: string): boolean {
  const host = hostname.toLowerCase().replace(/\.$/, '');

  if (host === 'localhost') {
    return true;
  }

  return IPV4_LOOPBACK.test(host) || IPV6_LOOPBACK.test(host);
}

/**
 * True when a password hash sent to `apiUrl` cannot be read on the network: the address is
 * `https:`, or `http:` to this machine's loopback interface. Any other address, a relative one
 * or one that does not parse is false. The MD5 of a password works as the password on
 * `members/auth`, so the sign-in screen must warn and refuse when this is false.
 */
export function isSecureApiUrl(apiUrl: string): boolean {
  let url: URL;
  try {
    url = new URL(apiUrl);
  } catch {
    return false;
  }

  if (url.protocol === 'https:') {
    return true;
  }

  return url.protocol === 'http:' && isLoopbackHost(url.hostname);
}
