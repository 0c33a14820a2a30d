import { loopbackHostnames, nationalGraphHosts } from './graphHosts.js';

/**
 * Where a request carrying `Authorization` may go. graph-vpp-auth's provider exposes one as
 * `hostPolicy` (its allowedHosts / cloud / allowLocalhost rules); any object with `isAllowed`
 * will do.
 */
export interface TokenEgressPolicy {
  /** True when a request carrying the access token may be sent to `url` (parsed as fetch will). */
  isAllowed(url: string): boolean;
  /** Hostnames the policy allows, named in refusals when present. */
  readonly allowedHosts?: ReadonlySet<string> | undefined;
}

/**
 * The policy for providers that bring none (a hand-written AuthenticationProvider): Graph's host
 * in any national cloud over https, and loopback (http or https) for local fakes.
 */
export const graphHostsPolicy: TokenEgressPolicy = Object.freeze({
  allowedHosts: new Set([...nationalGraphHosts, ...loopbackHostnames]),
  isAllowed(url: string): boolean {
    const parsed = parseAbsolute(url);
    if (!parsed || parsed.username || parsed.password) return false;
    if (loopbackHostnames.includes(parsed.hostname)) {
      return parsed.protocol === 'http:' || parsed.protocol === 'https:';
    }
    return parsed.protocol === 'https:' && nationalGraphHosts.includes(parsed.hostname);
  },
});

/** The auth provider's own `hostPolicy` when it has a usable one. */
export function policyOfAuthProvider(authProvider: object): TokenEgressPolicy | undefined {
  const candidate = (authProvider as { hostPolicy?: unknown }).hostPolicy;
  if (!candidate || typeof candidate !== 'object') return undefined;
  const isAllowed = (candidate as { isAllowed?: unknown }).isAllowed;
  if (typeof isAllowed !== 'function') return undefined;
  const allowedHosts = (candidate as { allowedHosts?: unknown }).allowedHosts;
  return {
    isAllowed: (url) => (isAllowed as (url: string) => unknown).call(candidate, url) === true,
    allowedHosts: allowedHosts instanceof Set ? (allowedHosts as ReadonlySet<string>) : undefined,
  };
}

/** `new URL(url)` exactly as fetch parses a string input, or undefined when it would not parse. */
export function parseAbsolute(url: string): URL | undefined {
  try {
    return new URL(url);
  } catch {
    return undefined;
  }
}
