import { GraphAuthError } from '../errors/graphAuthError.js';

/** Hostnames (as `URL.hostname` spells them) that count as this machine. */
export const loopbackHosts: readonly string[] = ['localhost', '127.0.0.1', '[::1]'];

/**
 * Where an access token may be sent. `graph-vpp-client` reads it from the auth provider's
 * `hostPolicy` so its last hop before `fetch` applies the very same rule to every request,
 * redirects and retries included.
 */
export interface TokenHostPolicy {
  /** Hostnames (as `URL.hostname` spells them) a token may be sent to. */
  readonly allowedHosts: ReadonlySet<string>;
  /** Whether `http:` is accepted for the loopback hosts. */
  readonly allowLocalhost: boolean;
  /** True when a request carrying the token may go to `url` (parsed with `new URL(url)`, as fetch does). */
  isAllowed(url: string): boolean;
}

export interface HostPolicy extends TokenHostPolicy {
  /** Throws a GraphAuthError unless a token may be sent to `url`. */
  assertAllowed(url: string): void;
}

/**
 * Exact hostname matches on the parsed URL: no prefixes or suffixes, no userinfo, `https:` only
 * (loopback hosts may use `http:` when `allowLocalhost` is on). Deliberately ignores the page's
 * own protocol, unlike Kiota's `validateProtocol` in browsers.
 */
export function createHostPolicy(hosts: readonly string[], allowLocalhost: boolean): HostPolicy {
  const allowed = new Set(hosts.map(normaliseHostEntry));
  if (allowLocalhost) loopbackHosts.forEach((h) => allowed.add(h));
  const policy: HostPolicy = {
    allowedHosts: allowed,
    allowLocalhost,
    isAllowed(url) {
      try {
        policy.assertAllowed(url);
        return true;
      } catch {
        return false;
      }
    },
    assertAllowed(url) {
      let parsed: URL;
      try {
        parsed = new URL(url);
      } catch {
        throw new GraphAuthError(
          'invalid-url',
          `Refusing to attach a token to "${url}": it is not an absolute URL.`,
        );
      }
      const host = parsed.hostname.toLowerCase();
      if (parsed.username || parsed.password) {
        throw new GraphAuthError(
          'host-not-allowed',
          `Refusing to attach a token to a URL with user info (host ${host}): such URLs are a known way to disguise the real host.`,
        );
      }
      if (!allowed.has(host)) {
        throw new GraphAuthError(
          'host-not-allowed',
          `Refusing to attach a token to host ${host}: it is not one of the allowed hosts (${[...allowed].join(', ')}). ` +
            'Add it with the allowedHosts option only if you trust it with your Graph token.',
        );
      }
      const loopback = allowLocalhost && loopbackHosts.includes(host);
      if (parsed.protocol !== 'https:' && !(loopback && parsed.protocol === 'http:')) {
        throw new GraphAuthError(
          'insecure-protocol',
          `Refusing to attach a token to ${parsed.protocol}//${host}: tokens are only sent over https:` +
            (loopbackHosts.includes(host) ? ' (set allowLocalhost: true for a local fake).' : '.'),
        );
      }
    },
  };
  return policy;
}

/** Accepts `graph.example.com`; refuses entries with a scheme, port, path or user info. */
// `unknown`: the entries come from options a plain-JavaScript caller may get wrong.
function normaliseHostEntry(entry: unknown): string {
  const host = typeof entry === 'string' ? entry.trim().toLowerCase() : '';
  if (!host || /[/:@?#\s]/.test(host.replace(/^\[[0-9a-f:.]+\]$/, 'ipv6'))) {
    throw new GraphAuthError(
      'invalid-options',
      `allowedHosts entry "${String(entry)}" must be a bare hostname such as graph.microsoft.com (no scheme, port or path).`,
    );
  }
  return host;
}
