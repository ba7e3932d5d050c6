/**
 * Loopback hosts: allowed for redirect URIs only where an environment asks
 * for one (the smoke test's login, a developer's laptop), and for plain http
 * only towards a local stand-in.
 */
export const LOOPBACK_HOSTS: readonly string[] = ["127.0.0.1", "localhost", "[::1]", "::1"];

/**
 * True for `localhost`, `::1` (with or without brackets, as `URL.hostname`
 * gives it) and any address of 127.0.0.0/8, the IPv4 loopback block
 * (RFC 6890), not only `127.0.0.1`.
 */
export function isLoopbackHost(hostname: string): boolean {
  const h = hostname.toLowerCase();
  return LOOPBACK_HOSTS.includes(h) || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(h);
}

/** True when `url` (a URL or its text) points at a loopback host; false for text that is not a URL. */
export function isLoopbackUrl(url: string | URL): boolean {
  try {
    return isLoopbackHost((typeof url === "string" ? new URL(url) : url).hostname);
  } catch {
    return false;
  }
}
