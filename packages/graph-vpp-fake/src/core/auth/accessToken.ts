import { graphCloudHosts } from '../../spec/graphClouds.js';

/** The tenant id Microsoft uses for personal (consumer) accounts. */
export const personalAccountTenantId = '9188040d-6c67-4c5b-b112-36a304b66dad';
/** Microsoft Graph's application id, one of the audiences Graph accepts. */
export const graphAppId = '00000003-0000-0000-c000-000000000000';
/** The `tid` of minted tokens unless `tenantId` or `personal` is given (a made-up work tenant). */
export const defaultTenantId = '72f988bf-0000-4000-8000-00000000f4e1';
/** The `appid`/`azp` of minted tokens unless `appId` is given. */
export const defaultAppId = '1950a258-227b-4e31-a9cf-717495945fc2';
export const defaultScopes = ['DeviceManagementServiceConfig.ReadWrite.All'] as const;

/** Audiences a Graph token may carry: Graph's app id or the root of a cloud in the spec's `servers`. */
export const graphAudiences: ReadonlySet<string> = new Set([
  graphAppId,
  ...graphCloudHosts.map((host) => `https://${host}`),
]);

/** Options for `fake.mintAccessToken()`: who the access token is for and what it may do. */
export interface MintAccessTokenOptions {
  /** Delegated scopes (`scp`), or application roles when `appOnly`. Default: `DeviceManagementServiceConfig.ReadWrite.All`. */
  scopes?: readonly string[];
  /** An application (client credentials) token: `idtyp: "app"`, `roles` instead of `scp`. */
  appOnly?: boolean;
  /** A personal Microsoft account token (`tid` = the consumer tenant). */
  personal?: boolean;
  /** Lifetime from the fake clock's now; negative makes an already expired token. Default 3600. */
  expiresInSeconds?: number;
  /** `tid`: the tenant. Default {@link defaultTenantId}. */
  tenantId?: string;
  /** `appid`/`azp`: the calling application (throttling budgets are per app per tenant). */
  appId?: string;
  /** Default `https://graph.microsoft.com`. */
  audience?: string;
}

/** The claims of a token the fake reads. */
export interface AccessTokenClaims {
  aud?: unknown;
  exp?: unknown;
  nbf?: unknown;
  iat?: unknown;
  tid?: unknown;
  appid?: unknown;
  azp?: unknown;
  idtyp?: unknown;
  scp?: unknown;
  roles?: unknown;
  [claim: string]: unknown;
}

/**
 * An unsigned JWT (`alg: none`, empty signature) with the claims Graph reads. The fake never checks
 * signatures, so these work against it and nowhere else.
 */
export function mintAccessTokenAt(nowMs: number, options: MintAccessTokenOptions = {}): string {
  const now = Math.floor(nowMs / 1000);
  const tenantId = options.personal
    ? personalAccountTenantId
    : (options.tenantId ?? defaultTenantId);
  const appId = options.appId ?? defaultAppId;
  const scopes = [...(options.scopes ?? defaultScopes)];
  const claims: AccessTokenClaims = {
    aud: options.audience ?? 'https://graph.microsoft.com',
    iss: `https://sts.windows.net/${tenantId}/`,
    iat: now,
    nbf: now,
    exp: now + (options.expiresInSeconds ?? 3600),
    tid: tenantId,
    appid: appId,
    azp: appId,
    idtyp: options.appOnly ? 'app' : 'user',
    oid: '00000000-0000-4000-8000-00000000a11c',
    ver: '1.0',
    ...(options.appOnly ? { roles: scopes } : { scp: scopes.join(' ') }),
  };
  return `${base64UrlEncode(JSON.stringify({ alg: 'none', typ: 'JWT' }))}.${base64UrlEncode(JSON.stringify(claims))}.`;
}

/** The claims of a compact JWT, or undefined when it is not one. */
export function readClaims(accessToken: string): AccessTokenClaims | undefined {
  const [headerPart, claimsPart, ...rest] = accessToken.split('.');
  if (headerPart === undefined || claimsPart === undefined || rest.length !== 1) return undefined;
  try {
    const header: unknown = JSON.parse(base64UrlDecode(headerPart));
    const claims: unknown = JSON.parse(base64UrlDecode(claimsPart));
    if (!isObject(header) || !isObject(claims)) return undefined;
    return claims;
  } catch {
    return undefined;
  }
}

function isObject(value: unknown): value is Record<string, unknown> {
  return !!value && typeof value === 'object' && !Array.isArray(value);
}

function base64UrlEncode(text: string): string {
  let binary = '';
  for (const byte of new TextEncoder().encode(text)) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function base64UrlDecode(part: string): string {
  if (!/^[A-Za-z0-9_-]*$/.test(part)) throw new Error('not base64url');
  const base64 = part.replace(/-/g, '+').replace(/_/g, '/');
  const binary = atob(base64 + '='.repeat((4 - (base64.length % 4)) % 4));
  return new TextDecoder().decode(Uint8Array.from(binary, (c) => c.charCodeAt(0)));
}
