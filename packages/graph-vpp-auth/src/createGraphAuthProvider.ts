import type { AuthenticationProvider, RequestInformation } from '@microsoft/kiota-abstractions';
import { graphClouds, isGraphCloud, type GraphCloud } from './clouds/graphClouds.js';
import { decodeBase64Url } from './describe/jwt.js';
import { GraphAuthError } from './errors/graphAuthError.js';
import { createHostPolicy, type TokenHostPolicy } from './hosts/hostPolicy.js';
import { TokenCache } from './tokens/tokenCache.js';
import { toAcquireToken, type GraphTokenSource } from './tokens/tokenSource.js';

/** Options for {@link createGraphAuthProvider}: where the token may go and what it is for. */
export interface GraphAuthOptions {
  /** Which Graph deployment; sets the one allowed host and the default scope. Default `global`. */
  cloud?: GraphCloud;
  /** Scopes to request. Default `[https://<cloud host>/.default]`. Never modified. */
  scopes?: readonly string[];
  /** More hostnames (bare, e.g. `graph.contoso-proxy.example`) that may receive the token. */
  allowedHosts?: readonly string[];
  /** Also allow `http://localhost`, `127.0.0.1` and `[::1]` (any port), for local fakes. Default off. */
  allowLocalhost?: boolean;
  /** Diagnostic lines (token requests, expiries). They never contain a token. */
  log?: (line: string) => void;
  /** Time source for token expiry; tests pass a fake. */
  now?: () => number;
}

/** A Kiota AuthenticationProvider with what the rest of the package adds: see the README. */
export interface GraphAuthProvider extends AuthenticationProvider {
  /** Hostnames a token may be sent to. */
  readonly allowedHosts: ReadonlySet<string>;
  /** The scopes tokens are requested for. */
  readonly scopes: readonly string[];
  /**
   * The host rule itself; `createVppTokensClient` reads it so its last hop before `fetch`
   * refuses any request carrying `Authorization` to a host outside it (redirects included).
   */
  readonly hostPolicy: TokenHostPolicy;
}

/**
 * Attaches `Authorization: Bearer …` for Microsoft Graph, safely:
 * only to allowed hosts over https (a request anywhere else is refused with a GraphAuthError
 * naming the host), with tokens cached per scope set and refreshed before expiry, one refresh
 * shared by concurrent requests, and claims challenges (CAE) answered with a fresh token.
 *
 * ```ts
 * const authProvider = createGraphAuthProvider({ credential: new DeviceCodeCredential({ tenantId, clientId }) });
 * const client = createVppTokensClient({ authProvider });
 * ```
 */
export function createGraphAuthProvider(
  source: GraphTokenSource,
  options: GraphAuthOptions = {},
): GraphAuthProvider {
  const cloudName = options.cloud ?? 'global';
  if (!isGraphCloud(cloudName)) {
    throw new GraphAuthError(
      'invalid-options',
      `Unknown cloud "${String(cloudName)}". Use one of: ${Object.keys(graphClouds).join(', ')}.`,
    );
  }
  const cloud = graphClouds[cloudName];
  const scopes = Object.freeze([...(options.scopes ?? [cloud.defaultScope])]);
  if (scopes.length === 0 || scopes.some((s) => typeof s !== 'string' || s.trim() === '')) {
    throw new GraphAuthError(
      'invalid-options',
      'scopes must be a non-empty list of scope strings, e.g. ["https://graph.microsoft.com/.default"].',
    );
  }
  const hostPolicy = createHostPolicy(
    [cloud.host, ...(options.allowedHosts ?? [])],
    options.allowLocalhost ?? false,
  );
  const cache = new TokenCache(toAcquireToken(source), {
    ...(options.now ? { now: options.now } : {}),
    ...(options.log ? { log: options.log } : {}),
  });

  return {
    allowedHosts: hostPolicy.allowedHosts,
    scopes,
    hostPolicy: Object.freeze({
      allowedHosts: hostPolicy.allowedHosts,
      allowLocalhost: hostPolicy.allowLocalhost,
      isAllowed: (url: string) => hostPolicy.isAllowed(url),
    }),
    async authenticateRequest(
      request: RequestInformation,
      context?: Record<string, unknown>,
    ): Promise<void> {
      // Checked even when the caller set Authorization by hand: no token leaves for another host.
      hostPolicy.assertAllowed(request.URL);
      const rawClaims = typeof context?.claims === 'string' ? context.claims : undefined;
      const claims = rawClaims ? decodeClaims(rawClaims) : undefined;
      if (!claims && request.headers.has('Authorization')) return;
      const token = await cache.get(scopes, {
        ...(claims ? { claims } : {}),
        ...signalOf(request),
      });
      request.headers.delete('Authorization');
      request.headers.add('Authorization', `Bearer ${token}`);
    },
  };
}

/** The `claims` of a `WWW-Authenticate` challenge are base64-encoded JSON. */
function decodeClaims(raw: string): string {
  try {
    const json = decodeBase64Url(raw);
    JSON.parse(json);
    return json;
  } catch {
    throw new GraphAuthError(
      'token-unavailable',
      'Graph sent a claims challenge that is not base64-encoded JSON; cannot renew the token.',
    );
  }
}

/** An AbortSignal any request option carries (graph-vpp-client's `withSignal` puts one there). */
function signalOf(request: RequestInformation): { signal?: AbortSignal } {
  const options = request.getRequestOptions();
  for (const key in options) {
    const signal = (options[key] as { signal?: unknown } | undefined)?.signal;
    if (signal instanceof AbortSignal) return { signal };
  }
  return {};
}
